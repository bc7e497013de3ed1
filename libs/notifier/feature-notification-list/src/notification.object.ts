import type { InAppNotificationEntity } from '@passerelle/notifier/data-access';
import type { Notification } from '@passerelle/notifier/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

export const toNotificationObject = (row: InAppNotificationEntity): Notification => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  title: row.title,
  body: row.body,
  createdAt: row.createdAt,
  readAt: row.readAt,
});
