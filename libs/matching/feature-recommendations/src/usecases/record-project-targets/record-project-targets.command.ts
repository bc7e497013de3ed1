/** Career validated a version of the person's professional project (ProjectValidated, ProjectChanged). */
export interface RecordProjectTargetsCommand {
  candidateId: string;
  version: number;
  /** The project's target occupations (ROME codes). */
  targetOccupationCodes: string[];
  now: Date;
}
