import type { SessionEntity } from '@passerelle/scheduling/data-access';
import type { CoachingSession } from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';
import { workshopPlace } from '@passerelle/scheduling/domain';

/** The slot part of a session event for one person (as the sessions area writes it). */
export const slotPayload = (session: SessionEntity, candidateId: string) => ({
  sessionId: session.id,
  candidateId,
  coachId: session.coachId,
  officeId: session.officeId,
  kind: session.kind,
  mode: session.mode,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
});

/** A session as the sessions area's CoachingSession resolvers expect their parent. */
export type SessionParent = Omit<
  CoachingSession,
  'coach' | 'room' | 'seatsTaken' | 'candidateIds' | 'coachChangeProposal' | 'confidentialNotes' | 'summaries'
> & {
  coachId: string;
  roomId: string | null;
};

export const toSessionParent = (row: SessionEntity): SessionParent => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  mode: toGraphQLEnum(row.mode),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  status: toGraphQLEnum(row.status),
  coachId: row.coachId,
  officeId: row.officeId,
  roomId: row.roomId,
  videoLink: row.videoLink,
  seatLimit: row.seatLimit,
  cancelReason: toGraphQLEnumOrNull(row.cancelReason),
  workshop:
    row.kind === 'group_workshop'
      ? {
          title: row.title,
          topic: toGraphQLEnumOrNull(row.topic),
          description: row.description,
          language: row.language,
          place: toGraphQLEnum(workshopPlace(row.mode)),
        }
      : null,
});
