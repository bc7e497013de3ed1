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
import { seatsToFill, sessionAccess } from '@passerelle/scheduling/domain';
import { bookedPayload, FROM_WAITING_LIST, remindersFor } from '../session-events';
import { SessionSlots } from '../session-slots.service';
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
    Pick<
      SessionEntity,
      | 'status'
      | 'cancelReason'
      | 'coachId'
      | 'roomId'
      | 'officeId'
      | 'startsAt'
      | 'endsAt'
      | 'seatLimit'
      | 'title'
      | 'topic'
      | 'description'
      | 'language'
    >
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
 * The unit of work that moving, cancelling, leaving, editing and recording attendance share: one
 * transaction in which the session is locked and the caller's access checked, then what the use
 * case decided is written and its events appended to the outbox, so the change and its events
 * commit together or not at all.
 *
 * Every change that frees a seat writes through `write`, which then gives the seats free in a
 * booked workshop to the first people of its waiting list (`fillFreedSeats`): a person leaving, a
 * seat or a session cancelled for any reason, more seats offered. The session row is locked first,
 * so two seats freed at once are filled one after the other, never twice nor beyond the limit.
 */
@Injectable()
export class SessionEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly directory: DirectoryRepository,
    private readonly reminders: ReminderRepository,
    private readonly outbox: OutboxWriter,
    private readonly slots: SessionSlots,
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
    return this.write(manager, locked.session, await decide(locked), now);
  }

  /**
   * Writes a change to a session the caller has locked (`SessionRepository.lockSession`) in this
   * transaction, then fills the seats it freed from the waiting list; answers the session as it
   * now stands.
   */
  async write(
    manager: EntityManager,
    session: SessionEntity,
    change: SessionChange,
    now: Date,
  ): Promise<SessionEntity> {
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
    const current = revised ? { ...session, ...revised } : session;
    await this.fillFreedSeats(manager, current, now);
    return current;
  }

  /**
   * The seats free in a booked workshop go to the first people waiting, each seated, held, reminded
   * and announced (`SessionBooked`, reason `waiting_list`) in this transaction. Someone whose time
   * is taken meanwhile by another session (the exclusion constraint) is passed over and keeps
   * their place on the list.
   */
  private async fillFreedSeats(manager: EntityManager, session: SessionEntity, now: Date): Promise<void> {
    if (session.kind !== 'group_workshop') return;
    const waiting = await this.sessions.waitingList(session.id, manager);
    if (waiting.length === 0) return;
    const seated = (await this.sessions.listParticipants(session.id, manager)).filter(
      (p) => p.status !== 'cancelled',
    ).length;
    let free = seatsToFill(session, seated, waiting, now).length;
    for (const candidateId of waiting) {
      if (free === 0) break;
      const hold = this.slots.holds(session, [candidateId], 0).filter((h) => h.resourceKind === 'candidate');
      if (!(await this.sessions.tryHold(manager, session.id, hold))) continue;
      await this.sessions.insertParticipants(manager, session.id, [candidateId], now);
      await this.sessions.removeFromWaitingList(manager, session.id, [candidateId]);
      await this.reminders.schedule(manager, remindersFor(session, [candidateId], now));
      await this.outbox.emit(
        manager,
        'SessionBooked.v1',
        candidateId,
        bookedPayload(session, candidateId, now, FROM_WAITING_LIST),
      );
      free--;
    }
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
