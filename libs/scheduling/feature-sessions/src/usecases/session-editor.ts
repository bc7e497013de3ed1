import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
  type CoachEntity,
  type ResourceHold,
  type SessionEntity,
  type SessionParticipantEntity,
  type SessionReminderEntity,
} from '@passerelle/scheduling/data-access';
import { sessionAccess } from '@passerelle/scheduling/domain';
import { SessionError, SessionErrorCode } from '../session.error';

/** A booked session as a change sees it, locked for the transaction. */
export interface LockedSession {
  session: SessionEntity;
  coach: CoachEntity;
  participants: SessionParticipantEntity[];
  /** Everyone's session (its coach, ops), or only the caller's own seat (a person). */
  access: 'all' | 'self';
}

/** Everyone in the session, or only these people. */
export type Whom = 'everyone' | readonly string[];

/** What a change decided; the editor writes it, in this order, and appends the events. */
export interface SessionChange {
  /** New values for the session's row, which then gets a new revision. Absent when only seats change. */
  row?: Partial<
    Pick<SessionEntity, 'status' | 'cancelReason' | 'coachId' | 'roomId' | 'officeId' | 'startsAt' | 'endsAt'>
  >;
  participants?: { candidateIds: readonly string[]; status: SessionParticipantEntity['status'] };
  /** Holds to free (before `holds` are taken, so a moved session may overlap its old time). */
  release?: Whom;
  holds?: readonly ResourceHold[];
  /** Pending reminders to void (before `reminders` are scheduled). */
  voidReminders?: Whom;
  reminders?: readonly SessionReminderEntity[];
  events: readonly AnyEvent[];
}

/**
 * The unit of work that moving, cancelling and recording attendance share: one transaction in which
 * the session is locked and the caller's access checked, then what the use case decided is written
 * and its events appended to the outbox, so the change and its events commit together or not at all.
 */
@Injectable()
export class SessionEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly directory: DirectoryRepository,
    private readonly reminders: ReminderRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Runs the change; answers with the session as it now stands. */
  change(
    identity: Identity,
    sessionId: string,
    now: Date,
    decide: (locked: LockedSession) => SessionChange | Promise<SessionChange>,
  ): Promise<SessionEntity> {
    return this.dataSource.transaction((manager) =>
      this.changeWithin(manager, identity, sessionId, now, decide),
    );
  }

  /** The same change in the caller's transaction (a consumer's, whose inbox row commits with it). */
  async changeWithin(
    manager: EntityManager,
    identity: Identity,
    sessionId: string,
    now: Date,
    decide: (locked: LockedSession) => SessionChange | Promise<SessionChange>,
  ): Promise<SessionEntity> {
    const locked = await this.lockForChange(manager, identity, sessionId);
    const { session } = locked;
    const change = await decide(locked);
    const revised = change.row && { ...change.row, revision: session.revision + 1, updatedAt: now };
    if (revised) await this.sessions.updateSession(manager, session.id, revised);
    if (change.participants) {
      const { candidateIds, status } = change.participants;
      await this.sessions.setParticipantStatus(manager, session.id, candidateIds, status);
    }
    if (change.release) await this.sessions.release(manager, session.id, only(change.release));
    if (change.holds) await this.sessions.hold(manager, session.id, change.holds);
    if (change.voidReminders)
      await this.reminders.voidPending(manager, session.id, only(change.voidReminders));
    if (change.reminders) await this.reminders.schedule(manager, change.reminders);
    await this.outbox.append(manager, change.events);
    return revised ? { ...session, ...revised } : session;
  }

  private async lockForChange(
    manager: EntityManager,
    identity: Identity,
    sessionId: string,
  ): Promise<LockedSession> {
    const session = await this.sessions.lockSession(manager, sessionId);
    // Someone else's session is answered as a missing one: its existence is not the caller's to know.
    const notFound = new SessionError(
      SessionErrorCode.SessionNotFound,
      `session ${sessionId} does not exist or is not yours`,
      { field: 'sessionId' },
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

/** The repositories' "these people only" argument: undefined means everyone. */
const only = (whom: Whom): readonly string[] | undefined => (whom === 'everyone' ? undefined : whom);
