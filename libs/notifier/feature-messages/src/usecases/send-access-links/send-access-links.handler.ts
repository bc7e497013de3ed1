import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Recipient } from '@passerelle/notifier/domain';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory, type MintedLink } from '../../recipient-directory';
import { ApplyAwaitingEventsHandler } from '../apply-awaiting-events/apply-awaiting-events.handler';
import { accessLinkDelivery } from '../send-access-link/access-link-delivery';
import type { SendAccessLinkCommand } from '../send-access-link/send-access-link.command';

/**
 * `SendAccessLinkHandler` for a Kafka batch's invitations (decision 0055), with its results: the
 * recipients asked of identity in one call, the erased among them read once, the links of the
 * others minted in one call (none for an unknown or erased person), every message queued in one
 * write, then the kept events (decision 0052) of the batch's candidates, each person's after
 * their invitation and in their order.
 */
@Injectable()
export class SendAccessLinksHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
    private readonly awaiting: ApplyAwaitingEventsHandler,
  ) {}

  async execute(
    manager: EntityManager,
    commands: readonly SendAccessLinkCommand[],
    now: Date,
  ): Promise<number> {
    if (commands.length === 0) return 0;
    const recipients = await this.directory.byAccounts(commands.map((command) => command.accountId));
    const recipientOf = (command: SendAccessLinkCommand): Recipient | null =>
      recipients.get(command.accountId) ?? null;
    const erased = await this.queue.erasedAmong(
      manager,
      [...recipients.values()].flatMap((recipient) => recipient.candidateId ?? []),
    );
    // Issued before the person's erasure, read after it: no link minted, nothing written or sent.
    const live = commands.filter((command) => {
      const candidateId = recipientOf(command)?.candidateId;
      return !candidateId || !erased.has(candidateId);
    });
    const toMint = live.filter((command) => recipientOf(command));
    const links =
      toMint.length > 0
        ? await this.directory.invitationLinks(toMint.map((command) => command.invitationId))
        : new Map<string, MintedLink | 'unknown' | 'gone'>();
    const deliveries = live.map((command) => {
      const recipient = recipientOf(command);
      return accessLinkDelivery(
        command,
        recipient,
        recipient ? (links.get(command.invitationId) ?? 'unknown') : 'unknown',
      );
    });
    const written = await this.queue.write(manager, deliveries, now);
    // The accounts exist: what was kept for these people goes now, after their invitations.
    const candidates = live.flatMap((command) => {
      const recipient = recipientOf(command);
      return recipient?.role === 'candidate' && recipient.candidateId ? [recipient.candidateId] : [];
    });
    return written + (await this.awaiting.executeForAccounts(manager, candidates, now));
  }
}
