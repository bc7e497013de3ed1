/** Draft a pathway for a newly enrolled person, once. */
export interface DraftPathwayCommand {
  candidateId: string;
  programmeId: string;
}
