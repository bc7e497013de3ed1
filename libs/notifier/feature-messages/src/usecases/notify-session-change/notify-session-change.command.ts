import type { EventOf } from '@passerelle/shared/contracts';
import type { SessionChange, SessionFacts } from '@passerelle/notifier/domain';

/** The scheduling events that tell a person of their seat. */
export type SessionChangeEvent = EventOf<
  'SessionBooked.v1' | 'SessionRescheduled.v1' | 'SessionCancelled.v1'
>;

/** SessionBooked, SessionRescheduled or SessionCancelled, for the person of one seat. */
export interface NotifySessionChangeCommand {
  eventId: string;
  candidateId: string;
  session: SessionFacts;
  change: SessionChange;
  /**
   * The event as received, to keep while identity has no account for the person (decision 0052);
   * absent when a kept event is applied, so a miss then is recorded as skipped.
   */
  keepUntilAccount?: SessionChangeEvent;
}

/** The command an event (as received, or as kept) asks for. */
export function notifySessionChangeOf(event: SessionChangeEvent): NotifySessionChangeCommand {
  const slot = event.payload;
  const session: SessionFacts = {
    sessionId: slot.sessionId,
    kind: slot.kind,
    mode: slot.mode,
    startsAt: new Date(slot.startsAt),
    endsAt: new Date(slot.endsAt),
  };
  const base = { eventId: event.eventId, candidateId: slot.candidateId, session };
  switch (event.type) {
    case 'SessionBooked': {
      const booked = event.payload as EventOf<'SessionBooked.v1'>['payload'];
      return {
        ...base,
        change:
          booked.reasonCode === 'waiting_list'
            ? { change: 'booked', fromWaitingList: true, topic: booked.workshopTopic ?? null }
            : { change: 'booked' },
      };
    }
    case 'SessionRescheduled': {
      const moved = event.payload as EventOf<'SessionRescheduled.v1'>['payload'];
      return {
        ...base,
        change: { change: 'rescheduled', previousStartsAt: new Date(moved.previousStartsAt) },
      };
    }
    case 'SessionCancelled':
      return { ...base, change: { change: 'cancelled' } };
  }
}
