import { join } from 'node:path';
import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { InAppNotificationRepository, PreferenceRepository } from '@passerelle/notifier/data-access';
import { NotificationSignal } from './notification-signal';
import { NotificationStreamController } from './notification-stream.controller';
import { NotificationResolver } from './notification.resolver';
import { PreferencesResolver } from './preferences.resolver';
import { UnsubscribeController } from './unsubscribe.controller';
import { SetNotificationPreferencesHandler } from './usecases/set-notification-preferences/set-notification-preferences.handler';
import { MarkNotificationsReadHandler } from './usecases/mark-notifications-read/mark-notifications-read.handler';

/** The notification list's part of the notifier subgraph's SDL (after delivery's, which declares the scalars). */
export const NOTIFICATION_LIST_TYPE_PATHS = [join(__dirname, 'notification-list.graphql')];

/**
 * The signed-in person's notifications: the list, the unread count, marking read, the live stream,
 * their choices, and the unsubscribe links of non-essential mail.
 */
@Module({
  controllers: [NotificationStreamController, UnsubscribeController],
  providers: [
    InAppNotificationRepository,
    PreferenceRepository,
    MarkNotificationsReadHandler,
    SetNotificationPreferencesHandler,
    NotificationResolver,
    PreferencesResolver,
    NotificationSignal,
  ],
})
export class NotificationListModule implements NestModule {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotifierConfig) {}

  /** The stream, like /graphql, answers only requests carrying an identity the gateway signed. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(forwardedIdentityMiddleware(this.config.INTERNAL_IDENTITY_SECRET))
      .forRoutes('notifications/stream');
  }
}
