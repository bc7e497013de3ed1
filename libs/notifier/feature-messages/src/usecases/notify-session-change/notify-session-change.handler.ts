import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { parseMailbox, sessionChangeMessage } from '@passerelle/notifier/domain';
import { AwaitingAccountRepository, SessionCalendarRepository } from '@passerelle/notifier/data-access';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { NotifySessionChangeCommand } from './notify-session-change.command';

/**
 * One email per change with its calendar file. The SEQUENCE grows with every change applied,
 * whether or not the person could be written to, so a later file still replaces an earlier one.
 * A person identity has no account for yet, and no invitation was handled for, is waited for: the
 * event is kept (decision 0052) and applied when their invitation comes.
 */
@Injectable()
export class NotifySessionChangeHandler {
  private readonly logger = new Logger(NotifySessionChangeHandler.name);

  constructor(
    private readonly directory: RecipientDirectory,
    private readonly calendars: SessionCalendarRepository,
    private readonly awaiting: AwaitingAccountRepository,
    private readonly queue: MessageQueue,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(manager: EntityManager, command: NotifySessionChangeCommand, now: Date): Promise<number> {
    const { session, candidateId } = command;
    let recipient = await this.directory.byCandidate(candidateId);
    if (!recipient && command.keepUntilAccount) {
      // The person's lock: an invitation handled meanwhile is seen here, or finds this event kept.
      await this.awaiting.lock(manager, candidateId);
      if (await this.awaiting.seen(manager, candidateId)) {
        recipient = await this.directory.byCandidate(candidateId);
      } else if ((await this.queue.erasedAmong(manager, [candidateId])).has(candidateId)) {
        return 0; // erased meanwhile (another topic, another pace): nothing kept, nothing sent
      } else {
        await this.awaiting.keep(manager, {
          eventId: command.eventId,
          candidateId,
          event: command.keepUntilAccount,
          receivedAt: now,
        });
        this.logger.log(`awaiting account: event ${command.eventId} kept for candidate ${candidateId}`);
        return 0;
      }
    }
    const sequence = await this.calendars.nextSequence(manager, { ...session, candidateId }, now);
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
