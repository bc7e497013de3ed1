import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { applicationFollowUpMessage } from '@passerelle/notifier/domain';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { RemindApplicationFollowUpCommand } from './remind-application-follow-up.command';

/**
 * One reminder per application and due date (its dedupe key), whatever event carried it: a
 * redelivery, or career's sweep announcing the same due date again, sends nothing more. Not
 * essential: the person's muted channels and quiet hours apply.
 */
@Injectable()
export class RemindApplicationFollowUpHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
  ) {}

  async execute(
    manager: EntityManager,
    command: RemindApplicationFollowUpCommand,
    now: Date,
  ): Promise<number> {
    const recipient = await this.directory.byCandidate(command.candidateId);
    return this.queue.write(
      manager,
      [
        {
          kind: 'application_follow_up',
          sourceId: `application:${command.applicationId}:${command.dueOn}`,
          candidateId: command.candidateId,
          recipient,
          lookedUp: `candidate:${command.candidateId}`,
          render: (context) => applicationFollowUpMessage(context, { sentOn: command.sentOn }),
        },
      ],
      now,
    );
  }
}
