/** Forget the account of a person who asked to be forgotten (CandidateErased). */
export interface EraseAccountCommand {
  candidateId: string;
}
