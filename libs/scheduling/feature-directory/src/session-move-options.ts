import { Injectable } from '@nestjs/common';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  type CoachEntity,
  type OfficeEntity,
  type RoomEntity,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { coachMoveOptions, roomMoveOptions, type SessionToMove } from '@passerelle/scheduling/domain';
import type { Track } from '@passerelle/shared/contracts';

/** Where a session could go at the same time: the rooms and coaches of its office free then. */
@Injectable()
export class SessionMoveOptions {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
  ) {}

  /** The person's track for a one-person session (null for a workshop, or before a diagnosis). */
  async track(session: SessionEntity, candidateIds: readonly string[]): Promise<Track | null> {
    const [only] = candidateIds;
    if (session.kind === 'group_workshop' || candidateIds.length !== 1 || !only) return null;
    return (await this.changes.tracksOf([only])).get(only) ?? null;
  }

  async freeRooms(session: SessionEntity, office: OfficeEntity): Promise<RoomEntity[]> {
    const rooms = await this.directory.listRooms(office.id);
    const ids = rooms.map((room) => room.id);
    const busy = await this.changes.heldDuring('room', ids, session.startsAt, session.endsAt);
    return roomMoveOptions(slotOf(session, office, null), rooms, busy);
  }

  async freeCoaches(
    session: SessionEntity,
    office: OfficeEntity,
    track: Track | null,
  ): Promise<CoachEntity[]> {
    const coaches = await this.directory.listCoachesOfOffice(office.id);
    const ids = coaches.map((coach) => coach.id);
    const [busy, away] = await Promise.all([
      this.changes.heldDuring('coach', ids, session.startsAt, coachHoldEnd(session, office)),
      this.changes.awayDuring(ids, session.startsAt, session.endsAt),
    ]);
    return coachMoveOptions(slotOf(session, office, track), coaches, busy, away);
  }
}

/** A coach is held for the session and the office's buffer after it. */
export const coachHoldEnd = (session: SessionEntity, office: OfficeEntity): Date =>
  new Date(session.endsAt.getTime() + office.bufferMinutes * 60_000);

const slotOf = (session: SessionEntity, office: OfficeEntity, track: Track | null): SessionToMove => ({
  startsAt: session.startsAt,
  endsAt: session.endsAt,
  officeId: office.id,
  timeZone: office.timeZone,
  coachId: session.coachId,
  roomId: session.roomId,
  seats: session.seatLimit,
  track,
});
