export interface ResolveFormerOccupationCommand {
  candidateId: string;
  programmeId: string;
  /** A ROME code the HR file gave itself: it wins, no title is resolved. */
  givenCode: string | null;
  /** The former job title as HR wrote it. */
  formerJobTitle: string | null;
  now: Date;
}
