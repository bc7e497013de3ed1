import type { SessionEntity } from '@passerelle/scheduling/data-access';
import type { CoachingSession, OpenWorkshop } from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';
import { workshopPlace } from '@passerelle/scheduling/domain';

/**
 * A session as GraphQL shows it (the generated `CoachingSession`), less what field resolvers add:
 * the directory resolves `coach`, `room` and `coachChangeProposal` from their ids, the session resolver
 * its seats and people, the notes resolver its confidential notes and summaries.
 */
export type SessionObject = Omit<
  CoachingSession,
  'coach' | 'room' | 'seatsTaken' | 'candidateIds' | 'coachChangeProposal' | 'confidentialNotes' | 'summaries'
> & {
  coachId: string;
  roomId: string | null;
};

export const toSessionObject = (row: SessionEntity): SessionObject => ({
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

/** A workshop open to a person as GraphQL shows it: the session (fields resolved as above) and its seats. */
export type OpenWorkshopObject = Omit<OpenWorkshop, 'session'> & { session: SessionObject };

export const toOpenWorkshopObject = (workshop: {
  session: SessionEntity;
  seatsLeft: number;
  joined: boolean;
  waitingPosition: number | null;
}): OpenWorkshopObject => ({
  // The video link is the seat's: a workshop's list does not hand it to someone who has not joined.
  session: {
    ...toSessionObject(workshop.session),
    videoLink: workshop.joined ? workshop.session.videoLink : null,
  },
  seatsLeft: workshop.seatsLeft,
  joined: workshop.joined,
  waitingPosition: workshop.waitingPosition,
});
