import type { SessionEntity } from '@passerelle/scheduling/data-access';
import { toGraphQLEnum } from '@passerelle/scheduling/domain';

/** A session as GraphQL shows it; its `coach` and `room` are resolved by the directory from their ids. */
export interface SessionObject {
  id: string;
  kind: string;
  mode: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  coachId: string;
  officeId: string | null;
  roomId: string | null;
  videoLink: string | null;
  seatLimit: number;
  cancelReason: string | null;
}

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
  cancelReason: row.cancelReason && toGraphQLEnum(row.cancelReason),
});
