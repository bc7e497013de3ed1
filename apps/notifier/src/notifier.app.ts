import { notifierConfigSchema } from '@passerelle/shared/config';
import { defineServiceApp } from '@passerelle/shared/runtime';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import { DELIVERY_TYPE_PATHS, DeliveryModule } from '@passerelle/notifier/feature-delivery';
import { MessagesModule } from '@passerelle/notifier/feature-messages';

/**
 * The notifier: messages from events (feature-messages), sent over SMTP by the sender loop and
 * watched by ops (feature-delivery). It reads its own settings (notifierConfigSchema) on top of
 * every service's.
 */
export const notifierApp = defineServiceApp({
  service: 'notifier',
  dataSource: notifierDataSourceOptions,
  configSchema: notifierConfigSchema,
  typePaths: [...DELIVERY_TYPE_PATHS],
  features: [MessagesModule, DeliveryModule],
});
