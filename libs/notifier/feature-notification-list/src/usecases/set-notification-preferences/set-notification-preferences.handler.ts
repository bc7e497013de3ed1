import { Injectable } from '@nestjs/common';
import { isEssential, type NotificationPreferences } from '@passerelle/notifier/domain';
import { PreferenceRepository } from '@passerelle/notifier/data-access';
import { NotificationListError, NotificationListErrorCode } from '../../notification-list.error';
import type { SetNotificationPreferencesCommand } from './set-notification-preferences.command';

/** Replaces the person's choices; muting an essential kind by email is refused by name. */
@Injectable()
export class SetNotificationPreferencesHandler {
  constructor(private readonly preferences: PreferenceRepository) {}

  async execute(command: SetNotificationPreferencesCommand, now: Date): Promise<NotificationPreferences> {
    const essential = command.mutedEmail.filter(isEssential);
    if (essential.length > 0) {
      throw new NotificationListError(
        NotificationListErrorCode.EssentialByEmail,
        `these always go by email: ${essential.join(', ')}`,
        { kinds: essential },
      );
    }
    const chosen: NotificationPreferences = {
      mutedEmail: [...new Set(command.mutedEmail)],
      mutedInApp: [...new Set(command.mutedInApp)],
      quietHours: command.quietHours,
    };
    await this.preferences.save(command.accountId, command.candidateId, chosen, now);
    return chosen;
  }
}
