import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { createEvent } from '@passerelle/shared/messaging';
import type { SessionEntity } from '@passerelle/scheduling/data-access';
import { cancellation, cancelledBy } from '@passerelle/scheduling/domain';
import { slotPayload } from '../../session-events';
import { SessionEditor } from '../session-editor';
import type { CancelSessionCommand } from './cancel-session.command';

/**
 * Cancels a session with a reason, freeing its coach, room and people and voiding its pending
 * reminders. A person cancelling a group workshop gives up their own seat only.
 */
@Injectable()
export class CancelSessionHandler {
  constructor(
    private readonly editor: SessionEditor,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CancelSessionCommand): Promise<SessionEntity> {
    const now = this.clock.now();
    return this.editor.change(identity, command.sessionId, now, ({ session, participants, access }) => {
      const { seatOnly, cancelled } = cancellation(identity, access, session.kind, participants);
      const freed = seatOnly ? cancelled : 'everyone';
      return {
        row: seatOnly ? undefined : { status: 'cancelled', cancelReason: command.reason },
        participants: { candidateIds: cancelled, status: 'cancelled' },
        release: freed,
        voidReminders: freed,
        events: cancelled.map((candidateId) =>
          createEvent('SessionCancelled.v1', candidateId, {
            ...slotPayload(session, candidateId),
            cancelledBy: cancelledBy(identity.role),
            reasonCode: command.reason,
            cancelledAt: now.toISOString(),
          }),
        ),
      };
    });
  }
}
