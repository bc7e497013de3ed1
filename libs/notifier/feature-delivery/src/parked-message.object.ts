import type { OutgoingMessageEntity } from '@passerelle/notifier/data-access';
import type { ParkedMessage } from '@passerelle/notifier/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

export const toParkedMessageObject = (row: OutgoingMessageEntity): ParkedMessage => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  channel: toGraphQLEnum(row.channel),
  recipientAccountId: row.recipientAccountId,
  toAddress: row.toAddress,
  subject: row.subject,
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: row.createdAt,
  parkedAt: row.parkedAt ?? row.createdAt,
});
