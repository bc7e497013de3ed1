import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter, createEvent } from '@passerelle/shared/messaging';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  ReminderRepository,
  SessionRepository,
  type CoachEntity,
  type RoomEntity,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { cancelledBy, deactivationRefusal, type CancelReason } from '@passerelle/scheduling/domain';
import { directoryChange } from '../../directory-audit';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { requireManagedCoach, requireManagedRoom } from '../../directory-scope';
import { slotPayload } from '../../session-payload';
import type { SetHolderActiveCommand } from './set-holder-active.command';

/**
 * Ops deactivate a room or a coach of their offices, or bring one back. While booked sessions ahead
 * still hold it, deactivating is refused (FUTURE_SESSIONS_REMAIN, with their count and ids): ops
 * first move them (sessionsToMove), or say explicitly that the rest is cancelled, with a reason, and
 * each person is told (SessionCancelled). The flag, the cancellations, their events and the audit
 * commit together. Deactivated, a room takes no booking, a coach no booking nor assignment.
 */
@Injectable()
export class SetHolderActiveHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly sessions: SessionRepository,
    private readonly reminders: ReminderRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: SetHolderActiveCommand): Promise<RoomEntity | CoachEntity> {
    const { holder, id, active } = command;
    if (holder === 'room') await requireManagedRoom(this.directory, identity, id);
    else await requireManagedCoach(this.directory, identity, id);
    if (identity.role !== 'ops')
      throw new DirectoryError(DirectoryErrorCode.OutOfScope, 'only ops deactivate a room or a coach');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      // The row lock orders this against another deactivation or edit of the same room or coach.
      const row =
        holder === 'room'
          ? await this.changes.lockRoom(manager, id)
          : await this.changes.lockCoach(manager, id);
      if (!row)
        throw new DirectoryError(
          holder === 'room' ? DirectoryErrorCode.RoomNotFound : DirectoryErrorCode.CoachNotFound,
          `${holder} ${id} does not exist`,
        );
      if (row.active === active) return row;
      if (!active) {
        const remaining = await this.changes.futureSessions(holder, id, now, manager);
        const reason = command.cancelRemaining ?? null;
        if (deactivationRefusal(remaining.length, reason !== null))
          throw new DirectoryError(
            DirectoryErrorCode.FutureSessionsRemain,
            `${remaining.length} booked session(s) ahead still need this ${holder}: move them, or cancel the rest with a reason`,
            { count: remaining.length, sessionIds: remaining.map((session) => session.id) },
          );
        for (const session of remaining)
          await this.cancel(manager, identity, session.id, reason ?? 'other', now);
      }
      if (holder === 'room') await this.changes.updateRoom(manager, id, { active });
      else await this.changes.updateCoach(manager, id, { active });
      await this.changes.record(
        manager,
        directoryChange(identity, holder, id, active ? 'reactivated' : 'deactivated', ['active'], now),
      );
      return { ...row, active };
    });
  }

  /** As cancelSession does: the session, its seats, holds and reminders, one SessionCancelled per person. */
  private async cancel(
    manager: EntityManager,
    identity: Identity,
    sessionId: string,
    reason: CancelReason,
    now: Date,
  ): Promise<void> {
    const session: SessionEntity | null = await this.sessions.lockSession(manager, sessionId);
    if (!session || session.status !== 'booked') return;
    const booked = (await this.sessions.listParticipants(sessionId, manager))
      .filter((participant) => participant.status === 'booked')
      .map((participant) => participant.candidateId);
    await this.sessions.updateSession(manager, sessionId, {
      status: 'cancelled',
      cancelReason: reason,
      revision: session.revision + 1,
      updatedAt: now,
    });
    await this.sessions.setParticipantStatus(manager, sessionId, booked, 'cancelled');
    await this.sessions.release(manager, sessionId);
    await this.reminders.voidPending(manager, sessionId);
    await this.outbox.append(
      manager,
      booked.map((candidateId) =>
        createEvent('SessionCancelled.v1', candidateId, {
          ...slotPayload(session, candidateId),
          cancelledBy: cancelledBy(identity.role),
          reasonCode: reason,
          cancelledAt: now.toISOString(),
        }),
      ),
    );
    await this.changes.record(
      manager,
      directoryChange(identity, 'session', sessionId, 'cancelled_for_deactivation', ['status'], now),
    );
  }
}
