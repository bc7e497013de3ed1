import type { SessionEntity, SessionReminderEntity } from '@passerelle/scheduling/data-access';
import { randomUUID } from 'node:crypto';
import { remindersDue } from '@passerelle/scheduling/domain';

/** The slot part shared by every session event, for one participant (events are keyed by person). */
export function slotPayload(session: SessionEntity, candidateId: string) {
  return {
    sessionId: session.id,
    candidateId,
    coachId: session.coachId,
    officeId: session.officeId,
    kind: session.kind,
    mode: session.mode,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
  };
}

/** Why a seat was given without being asked for then: a seat freed, the first waiting took it. */
export const FROM_WAITING_LIST = 'waiting_list';

/** SessionBooked's payload for one seat (with the workshop's topic, a code, when it has one). */
export function bookedPayload(session: SessionEntity, candidateId: string, now: Date, reasonCode?: string) {
  return {
    ...slotPayload(session, candidateId),
    bookedAt: now.toISOString(),
    ...(reasonCode ? { reasonCode } : {}),
    ...(session.topic ? { workshopTopic: session.topic } : {}),
  };
}

/** Reminders still ahead of `now` for each person of a session (24 h and 1 h before). */
export function remindersFor(
  session: SessionEntity,
  candidateIds: readonly string[],
  now: Date,
): SessionReminderEntity[] {
  const due = remindersDue(session.startsAt, now);
  return candidateIds.flatMap((candidateId) =>
    due.map(({ leadMinutes, dueAt }) => ({
      id: randomUUID(),
      sessionId: session.id,
      candidateId,
      coachId: session.coachId,
      leadMinutes,
      startsAt: session.startsAt,
      dueAt,
      status: 'pending' as const,
      sentAt: null,
    })),
  );
}
