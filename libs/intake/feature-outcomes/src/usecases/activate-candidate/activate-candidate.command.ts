/** What shows a person has started: their first sign-in (identity) or first session (scheduling). */
export interface ActivateCandidateCommand {
  candidateId: string;
  reason: 'first_sign_in' | 'first_session';
  /** When it happened; the change is recorded at that time. */
  at: Date;
}
