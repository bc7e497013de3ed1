import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  SessionRepository,
  type CoachChangeProposalEntity,
  type CoachEntity,
  type RoomEntity,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { requireManagedCoach, requireManagedRoom } from '../../directory-scope';
import { SessionMoveOptions } from '../../session-move-options';
import type { ListSessionsToMoveQuery } from './list-sessions-to-move.query';

export interface SessionToMoveView {
  session: SessionEntity;
  freeRooms: RoomEntity[];
  freeCoaches: CoachEntity[];
  proposal: CoachChangeProposalEntity | null;
}

/**
 * What a room or coach of the caller's offices still holds ahead, soonest first, each session with
 * where it could go at the same time: a room leaving, the other free rooms of the office; a coach
 * leaving, the other active coaches of the office and the person's track, working and free then.
 */
@Injectable()
export class ListSessionsToMoveHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly sessions: SessionRepository,
    private readonly options: SessionMoveOptions,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, query: ListSessionsToMoveQuery): Promise<SessionToMoveView[]> {
    const holder = query.roomId ? 'room' : 'coach';
    const id = query.roomId ?? query.coachId ?? '';
    if (holder === 'room') await requireManagedRoom(this.directory, identity, id);
    else await requireManagedCoach(this.directory, identity, id);
    if (identity.role !== 'ops')
      throw new DirectoryError(
        DirectoryErrorCode.OutOfScope,
        'only ops move the sessions of a room or coach',
      );
    const sessions = await this.changes.futureSessions(holder, id, this.clock.now());
    const ids = sessions.map((session) => session.id);
    const [participants, proposals] = await Promise.all([
      this.sessions.participantsOf(ids),
      this.changes.proposalsOf(ids),
    ]);
    const views: SessionToMoveView[] = [];
    for (const session of sessions) {
      const proposal = proposals.find((p) => p.sessionId === session.id) ?? null;
      const office = session.officeId ? await this.directory.findOffice(session.officeId) : null;
      if (!office) {
        views.push({ session, freeRooms: [], freeCoaches: [], proposal });
        continue;
      }
      const people = participants
        .filter((p) => p.sessionId === session.id && p.status === 'booked')
        .map((p) => p.candidateId);
      views.push({
        session,
        freeRooms: holder === 'room' ? await this.options.freeRooms(session, office) : [],
        freeCoaches:
          holder === 'coach'
            ? await this.options.freeCoaches(session, office, await this.options.track(session, people))
            : [],
        proposal,
      });
    }
    return views;
  }
}
