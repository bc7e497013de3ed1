import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { parseInput } from '@passerelle/shared/graphql';
import { PreferenceRepository } from '@passerelle/notifier/data-access';
import type {
  NotificationPreferences,
  NotificationPreferencesInput,
} from '@passerelle/notifier/graphql-types';
import { invalidNotificationInput } from './notification-list.error';
import { kindsFromGraphQL, toPreferencesObject } from './preferences.object';
import { setNotificationPreferencesCommandSchema } from './usecases/set-notification-preferences/set-notification-preferences.command';
import { SetNotificationPreferencesHandler } from './usecases/set-notification-preferences/set-notification-preferences.handler';

/** The signed-in person's own choices, whoever they are. */
@Resolver('NotificationPreferences')
export class PreferencesResolver {
  constructor(
    private readonly preferences: PreferenceRepository,
    private readonly setPreferences: SetNotificationPreferencesHandler,
    private readonly clock: Clock,
  ) {}

  @Query('notificationPreferences')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  async notificationPreferences(@CurrentIdentity() identity: Identity): Promise<NotificationPreferences> {
    return toPreferencesObject(await this.preferences.of(identity.subject));
  }

  @Mutation('setNotificationPreferences')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  async setNotificationPreferences(
    @Args('input') input: NotificationPreferencesInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<NotificationPreferences> {
    const command = parseInput(
      setNotificationPreferencesCommandSchema,
      {
        mutedEmail: kindsFromGraphQL(input.mutedEmail),
        mutedInApp: kindsFromGraphQL(input.mutedInApp),
        quietHours: input.quietHours ?? null,
      },
      invalidNotificationInput,
    );
    const chosen = await this.setPreferences.execute(
      {
        ...command,
        accountId: identity.subject,
        candidateId: identity.role === 'candidate' ? identity.candidateId : null,
      },
      this.clock.now(),
    );
    return toPreferencesObject(chosen);
  }
}
