import { accessLinkMessage, type Recipient } from '@passerelle/notifier/domain';
import type { Delivery } from '../../message-queue';
import type { MintedLink } from '../../recipient-directory';
import type { SendAccessLinkCommand } from './send-access-link.command';

/**
 * The message of one invitation, one by one or in a batch alike: a link identity no longer gives
 * (used, expired, superseded) is recorded as skipped, an unknown person as not found.
 */
export function accessLinkDelivery(
  command: SendAccessLinkCommand,
  recipient: Recipient | null,
  link: MintedLink | 'unknown' | 'gone',
): Delivery {
  const minted = typeof link === 'string' ? null : link;
  return {
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
  };
}
