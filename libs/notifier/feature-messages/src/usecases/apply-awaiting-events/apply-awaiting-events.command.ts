/** A person's kept events to apply: all of them (their account exists), or those kept before `before`. */
export interface ApplyAwaitingEventsCommand {
  candidateId: string;
  /** Set when the wait is over (NOTIFIER_AWAIT_ACCOUNT_DAYS): applies only events kept before it. */
  before?: Date;
}
