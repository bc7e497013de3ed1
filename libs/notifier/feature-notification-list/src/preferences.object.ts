import type { NotificationPreferences as Chosen } from '@passerelle/notifier/domain';
import type { NotificationPreferences } from '@passerelle/notifier/graphql-types';
import { fromGraphQLEnum, toGraphQLEnum } from '@passerelle/shared/graphql';

export const toPreferencesObject = (chosen: Chosen): NotificationPreferences => ({
  mutedEmail: chosen.mutedEmail.map(toGraphQLEnum),
  mutedInApp: chosen.mutedInApp.map(toGraphQLEnum),
  quietHours: chosen.quietHours,
});

/** `SESSION_REMINDER` to `session_reminder`; anything else is left for the command's schema to refuse. */
export const kindsFromGraphQL = (kinds: readonly string[] | null | undefined): string[] =>
  (kinds ?? []).map((kind) => fromGraphQLEnum(kind));
