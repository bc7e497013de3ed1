import type { SessionFacts } from '@passerelle/notifier/domain';

/** CoachChangeProposed: the person of one session is asked to accept another coach. */
export interface AskCoachChangeCommand {
  eventId: string;
  candidateId: string;
  session: SessionFacts;
}
