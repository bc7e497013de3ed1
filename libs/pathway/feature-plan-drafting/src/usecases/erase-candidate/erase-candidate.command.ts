/** The person asked to be forgotten: their pathway, facts and history go, and nothing brings them back. */
export interface EraseCandidateCommand {
  candidateId: string;
  erasedAt: Date;
}
