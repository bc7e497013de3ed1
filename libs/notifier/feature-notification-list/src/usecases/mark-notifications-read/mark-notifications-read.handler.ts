import { Injectable } from '@nestjs/common';
import { InAppNotificationRepository } from '@passerelle/notifier/data-access';
import type { MarkNotificationsReadCommand } from './mark-notifications-read.command';

/** Only the caller's own notifications change; an id of someone else's is left as it is. */
@Injectable()
export class MarkNotificationsReadHandler {
  constructor(private readonly notifications: InAppNotificationRepository) {}

  async execute(command: MarkNotificationsReadCommand, now: Date): Promise<number> {
    await this.notifications.markRead(command.accountId, command.ids, now);
    return this.notifications.unreadCount(command.accountId);
  }
}
