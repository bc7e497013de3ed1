/** A programme's employer NAF code as an amendment gives it (ProgrammeAmended, decision 0039). */
export interface ReResolveFormerOccupationsCommand {
  programmeId: string;
  /** The new code; null when ops cleared it. */
  employerNafCode: string | null;
  amendedAt: Date;
  now: Date;
}
