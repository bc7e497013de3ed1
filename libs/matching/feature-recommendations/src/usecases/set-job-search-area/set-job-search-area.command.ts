export interface SetJobSearchAreaCommand {
  candidateId: string;
  /** Departments the person will work in; empty = anywhere in France. */
  departmentCodes: string[];
}
