import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sessionReminderMessage } from '@passerelle/notifier/domain';
import { SessionCalendarRepository } from '@passerelle/notifier/data-access';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { RemindSessionCommand } from './remind-session.command';

/** A reminder, naming the kind of session when the notifier saw it booked. */
@Injectable()
export class RemindSessionHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly calendars: SessionCalendarRepository,
    private readonly queue: MessageQueue,
  ) {}

  async execute(manager: EntityManager, command: RemindSessionCommand, now: Date): Promise<number> {
    const [recipient, calendar] = await Promise.all([
      this.directory.byCandidate(command.candidateId),
      this.calendars.kindOf(manager, command.sessionId, command.candidateId),
    ]);
    return this.queue.write(
      manager,
      [
        {
          kind: 'session_reminder',
          sourceId: command.eventId,
          candidateId: command.candidateId,
          recipient,
          lookedUp: `candidate:${command.candidateId}`,
          render: (context) =>
            sessionReminderMessage(context, {
              kind: calendar,
              startsAt: command.startsAt,
              leadMinutes: command.leadMinutes,
            }),
        },
      ],
      now,
    );
  }
}
