import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  DirectoryRepository,
  SessionRepository,
  type CoachEntity,
  type SessionEntity,
  type SessionParticipantEntity,
} from '@passerelle/scheduling/data-access';
import { sessionAccess } from '@passerelle/scheduling/domain';
import { SessionError, SessionErrorCode } from './session.error';

export interface LockedSession {
  session: SessionEntity;
  coach: CoachEntity;
  participants: SessionParticipantEntity[];
  access: 'all' | 'self';
}

/** Loads a session for a change, locked for the transaction, and checks the caller may touch it. */
@Injectable()
export class SessionLoader {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async lockForChange(manager: EntityManager, identity: Identity, sessionId: string): Promise<LockedSession> {
    const session = await this.sessions.lockSession(manager, sessionId);
    const notFound = new SessionError(
      SessionErrorCode.SessionNotFound,
      `session ${sessionId} does not exist or is not yours`,
      {
        field: 'sessionId',
      },
    );
    if (!session) throw notFound;
    const [coach, participants] = await Promise.all([
      this.directory.findCoach(session.coachId, manager),
      this.sessions.listParticipants(sessionId, manager),
    ]);
    const access = sessionAccess(identity, session, coach, participants);
    if (!access || !coach) throw notFound;
    if (session.status !== 'booked')
      throw new SessionError(SessionErrorCode.SessionNotBooked, `session ${sessionId} is ${session.status}`, {
        status: session.status,
      });
    return { session, coach, participants, access };
  }
}
