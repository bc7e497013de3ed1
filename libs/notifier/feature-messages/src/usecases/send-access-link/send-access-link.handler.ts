import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import { ApplyAwaitingEventsHandler } from '../apply-awaiting-events/apply-awaiting-events.handler';
import { accessLinkDelivery } from './access-link-delivery';
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
    const written = await this.queue.write(manager, [accessLinkDelivery(command, recipient, link)], now);
    // The account exists: what was kept for the person goes now, after their invitation.
    if (recipient?.role !== 'candidate' || !recipient.candidateId) return written;
    return written + (await this.awaiting.execute(manager, { candidateId: recipient.candidateId }, now));
  }
}
