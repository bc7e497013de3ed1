/** One enrolment of a Kafka batch: the person, their programme's offices, and the event (its cause). */
export interface Enrolment {
  eventId: string;
  correlationId: string;
  candidateId: string;
  officeIds: string[];
}

/**
 * Open the accounts of a Kafka batch's enrolments together (an HR file's people arrive by the
 * thousand), with the result of `OpenCandidateAccountCommand` for each in turn.
 */
export interface OpenCandidateAccountsCommand {
  /** In their partition's order, so each person's in theirs. */
  enrolments: readonly Enrolment[];
  now: Date;
}
