import type { SessionChange, SessionFacts } from '@passerelle/notifier/domain';

/** SessionBooked, SessionRescheduled or SessionCancelled, for the person of one seat. */
export interface NotifySessionChangeCommand {
  eventId: string;
  candidateId: string;
  session: SessionFacts;
  change: SessionChange;
}
