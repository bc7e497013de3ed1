import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import { createEvent } from '@passerelle/shared/messaging';
import { SessionRepository } from '@passerelle/scheduling/data-access';
import { cancellation } from '@passerelle/scheduling/domain';
import { slotPayload } from '../../session-events';
import { SessionEditor } from '../session-editor';
import type { ReleaseFutureSessionsCommand } from './release-future-sessions.command';

/**
 * A person paused, placed or exited gives up what is booked after the change, nothing before: a
 * one-to-one session is cancelled (the coach's time is free again), a workshop seat is freed for
 * someone else. Each goes out as SessionCancelled with `candidate_<status>` as its reason, in the
 * consumer's transaction. The coach assignment stays (a paused person keeps their coach).
 */
@Injectable()
export class ReleaseFutureSessionsHandler {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly editor: SessionEditor,
    private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, command: ReleaseFutureSessionsCommand): Promise<number> {
    const now = this.clock.now();
    const after = command.after > now ? command.after : now;
    const ids = await this.sessions.futureSessionIdsOf(manager, command.candidateId, after);
    // The person's own view of their sessions: their seat in a workshop, the whole of a one-to-one.
    const person = { subject: 'system', role: 'candidate' as const, candidateId: command.candidateId };
    for (const sessionId of ids) {
      await this.editor.changeWithin(manager, person, sessionId, now, ({ session, participants, access }) => {
        const { seatOnly, cancelled } = cancellation(person, access, session.kind, participants);
        const freed = seatOnly ? cancelled : 'everyone';
        return {
          row: seatOnly ? undefined : { status: 'cancelled', cancelReason: 'candidate_unavailable' },
          participants: { candidateIds: cancelled, status: 'cancelled' },
          release: freed,
          voidReminders: freed,
          events: cancelled.map((candidateId) =>
            createEvent('SessionCancelled.v1', candidateId, {
              ...slotPayload(session, candidateId),
              cancelledBy: 'ops',
              reasonCode: `candidate_${command.status}`,
              cancelledAt: now.toISOString(),
            }),
          ),
        };
      });
    }
    return ids.length;
  }
}
