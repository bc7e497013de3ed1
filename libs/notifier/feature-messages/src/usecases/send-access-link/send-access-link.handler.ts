import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { accessLinkMessage } from '@passerelle/notifier/domain';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import { ApplyAwaitingEventsHandler } from '../apply-awaiting-events/apply-awaiting-events.handler';
import type { SendAccessLinkCommand } from './send-access-link.command';

/**
 * The person is looked up first, so no link is minted for nobody; the link is minted while the
 * message is written (decision 0018) and lives in the database only until it is sent. A link
 * identity no longer gives (used, expired, superseded) sends nothing and is recorded as skipped.
 * A candidate's events kept while they had no account (decision 0052) are applied after it.
 */
@Injectable()
export class SendAccessLinkHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
    private readonly awaiting: ApplyAwaitingEventsHandler,
  ) {}

  async execute(manager: EntityManager, command: SendAccessLinkCommand, now: Date): Promise<number> {
    const recipient = await this.directory.byAccount(command.accountId);
    // Issued before the person's erasure, read after it: no link minted, nothing written or sent.
    if (recipient?.candidateId && (await this.queue.erasedAmong(manager, [recipient.candidateId])).size)
      return 0;
    const link = recipient ? await this.directory.invitationLink(command.invitationId) : 'unknown';
    const minted = typeof link === 'string' ? null : link;
    const written = await this.queue.write(
      manager,
      [
        {
          kind: minted?.purpose ?? command.purpose,
          sourceId: command.eventId,
          candidateId: recipient?.candidateId ?? null,
          recipient,
          lookedUp: `account:${command.accountId}`,
          skip: recipient && !minted ? 'link_unavailable' : undefined,
          render: (context) => {
            if (!minted) throw new Error('unreachable: a message without a link is skipped');
            return accessLinkMessage(context, minted);
          },
        },
      ],
      now,
    );
    // The account exists: what was kept for the person goes now, after their invitation.
    if (recipient?.role !== 'candidate' || !recipient.candidateId) return written;
    return written + (await this.awaiting.execute(manager, { candidateId: recipient.candidateId }, now));
  }
}
