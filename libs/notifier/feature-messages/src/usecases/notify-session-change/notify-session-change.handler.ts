import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { parseMailbox, sessionChangeMessage } from '@passerelle/notifier/domain';
import { SessionCalendarRepository } from '@passerelle/notifier/data-access';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { NotifySessionChangeCommand } from './notify-session-change.command';

/**
 * One email per change with its calendar file. The SEQUENCE grows with every change seen, whether
 * or not the person could be written to, so a later file still replaces an earlier one.
 */
@Injectable()
export class NotifySessionChangeHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly calendars: SessionCalendarRepository,
    private readonly queue: MessageQueue,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(manager: EntityManager, command: NotifySessionChangeCommand, now: Date): Promise<number> {
    const { session, candidateId } = command;
    const sequence = await this.calendars.nextSequence(manager, { ...session, candidateId }, now);
    const recipient = await this.directory.byCandidate(candidateId);
    return this.queue.write(
      manager,
      [
        {
          kind: `session_${command.change.change}`,
          sourceId: command.eventId,
          candidateId,
          recipient,
          lookedUp: `candidate:${candidateId}`,
          render: (context, to) =>
            sessionChangeMessage(context, session, command.change, {
              sequence,
              organizer: parseMailbox(this.config.MAIL_FROM),
              attendeeEmail: to.email,
              stampedAt: now,
            }),
        },
      ],
      now,
    );
  }
}
