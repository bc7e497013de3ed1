import { notifierConfigSchema } from '@passerelle/shared/config';
import { defineServiceApp } from '@passerelle/shared/runtime';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import { DELIVERY_TYPE_PATHS, DeliveryModule } from '@passerelle/notifier/feature-delivery';
import { MessagesModule } from '@passerelle/notifier/feature-messages';
import {
  NOTIFICATION_LIST_TYPE_PATHS,
  NotificationListModule,
} from '@passerelle/notifier/feature-notification-list';

/**
 * The notifier: messages from events (feature-messages), sent over SMTP by the sender loop and
 * watched by ops (feature-delivery), and each person's list in the console (feature-notification-list). It reads its own settings (notifierConfigSchema) on top of
 * every service's.
 */
export const notifierApp = defineServiceApp({
  service: 'notifier',
  dataSource: notifierDataSourceOptions,
  configSchema: notifierConfigSchema,
  typePaths: [...DELIVERY_TYPE_PATHS, ...NOTIFICATION_LIST_TYPE_PATHS],
  features: [MessagesModule, DeliveryModule, NotificationListModule],
  // Messages are about now: on its first start the notifier reads from the topics' end.
  firstStart: 'from_now',
});
