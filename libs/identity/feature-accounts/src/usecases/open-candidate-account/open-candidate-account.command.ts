/** A person was enrolled: open their account and invite them, unless they have one. */
export interface OpenCandidateAccountCommand {
  candidateId: string;
  /** The offices serving their programme: ops there may re-send the invitation. */
  officeIds: string[];
  now: Date;
}
