import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { resultsReleasedMessage } from '@passerelle/notifier/domain';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { AnnounceResultsCommand } from './announce-results.command';

@Injectable()
export class AnnounceResultsHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
  ) {}

  async execute(manager: EntityManager, command: AnnounceResultsCommand, now: Date): Promise<number> {
    const recipient = await this.directory.byCandidate(command.candidateId);
    return this.queue.write(
      manager,
      [
        {
          kind: 'results_released',
          sourceId: command.eventId,
          candidateId: command.candidateId,
          recipient,
          lookedUp: `candidate:${command.candidateId}`,
          render: (context) => resultsReleasedMessage(context),
        },
      ],
      now,
    );
  }
}
