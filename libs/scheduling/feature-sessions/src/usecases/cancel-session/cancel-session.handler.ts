import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import {
  ReminderRepository,
  SessionRepository,
  type SessionEntity,
} from '@passerelle/scheduling/data-access';
import { cancellation, cancelledBy } from '@passerelle/scheduling/domain';
import { slotPayload } from '../../session-events';
import { SessionLoader } from '../../session-loader.service';
import type { CancelSessionCommand } from './cancel-session.command';

/**
 * Cancels a session with a reason, freeing its coach, room and people and voiding its pending
 * reminders. A person cancelling a group workshop gives up their own seat only.
 */
@Injectable()
export class CancelSessionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly reminders: ReminderRepository,
    private readonly loader: SessionLoader,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CancelSessionCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const { session, participants, access } = await this.loader.lockForChange(
        manager,
        identity,
        command.sessionId,
      );
      const { seatOnly, cancelled } = cancellation(identity, access, session.kind, participants);
      if (seatOnly) {
        await this.sessions.setParticipantStatus(manager, session.id, cancelled, 'cancelled');
        await this.sessions.release(manager, session.id, cancelled);
        await this.reminders.voidPending(manager, session.id, cancelled);
      } else {
        await this.sessions.updateSession(manager, session.id, {
          status: 'cancelled',
          cancelReason: command.reason,
          revision: session.revision + 1,
          updatedAt: now,
        });
        await this.sessions.setParticipantStatus(manager, session.id, cancelled, 'cancelled');
        await this.sessions.release(manager, session.id);
        await this.reminders.voidPending(manager, session.id);
      }
      await this.outbox.append(
        manager,
        cancelled.map((candidateId) =>
          createEvent('SessionCancelled.v1', candidateId, {
            ...slotPayload(session, candidateId),
            cancelledBy: cancelledBy(identity.role),
            reasonCode: command.reason,
            cancelledAt: now.toISOString(),
          }),
        ),
      );
      return seatOnly ? session : { ...session, status: 'cancelled', cancelReason: command.reason };
    });
  }
}
