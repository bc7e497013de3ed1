import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { coachChangeProposedMessage } from '@passerelle/notifier/domain';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { AskCoachChangeCommand } from './ask-coach-change.command';

/**
 * One email asking the person to answer the coach their office offers for a session (essential:
 * always by email). No calendar file: nothing changes until they accept.
 */
@Injectable()
export class AskCoachChangeHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
  ) {}

  async execute(manager: EntityManager, command: AskCoachChangeCommand, now: Date): Promise<number> {
    const { session, candidateId } = command;
    const recipient = await this.directory.byCandidate(candidateId);
    return this.queue.write(
      manager,
      [
        {
          kind: 'coach_change_proposed',
          sourceId: command.eventId,
          candidateId,
          recipient,
          lookedUp: `candidate:${candidateId}`,
          render: (context) => coachChangeProposedMessage(context, session),
        },
      ],
      now,
    );
  }
}
