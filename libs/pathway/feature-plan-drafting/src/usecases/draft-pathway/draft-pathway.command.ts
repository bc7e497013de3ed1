/** Start a person's pathway as a draft (from their enrolment, or their diagnostic if it came first). */
export interface DraftPathwayCommand {
  candidateId: string;
  programmeId: string;
  now: Date;
}
