import type { DataSourceOptions } from 'typeorm';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from '@passerelle/shared/candidate-scope';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  DeadLetterRecordEntity,
  DeadLetterRecords1766220000000,
  HeldEventEntity,
  InboxMessageEntity,
  OutboxMessageEntity,
  ParkedKeyEntity,
  ParkedKeysAndInboxPurge1766110000000,
} from '@passerelle/shared/messaging';
import {
  AccountSeenEntity,
  AtRiskItemEntity,
  AwaitingAccountEntity,
  DigestSentEntity,
  InAppNotificationEntity,
  JobLeadEntity,
  NotificationPreferenceEntity,
  OutgoingMessageEntity,
  QueueAlertEntity,
  RecipientConsentEntity,
  SessionCalendarEntity,
  SmsSinkEntity,
  ErasedCandidateEntity,
} from './entities';
import { CreateNotifierTables1765100000000 } from './migrations/1765100000000-create-notifier-tables';
import { NotificationPreferences1765100001000 } from './migrations/1765100001000-notification-preferences';
import { TextsAndConsent1765100002000 } from './migrations/1765100002000-texts-and-consent';
import { ErasedCandidate1766210001000 } from './migrations/1766210001000-erased-candidate';
import { AwaitingAccount1766230000000 } from './migrations/1766230000000-awaiting-account';

export const NOTIFIER_ENTITIES = [
  OutgoingMessageEntity,
  SessionCalendarEntity,
  JobLeadEntity,
  AtRiskItemEntity,
  DigestSentEntity,
  QueueAlertEntity,
  InAppNotificationEntity,
  NotificationPreferenceEntity,
  RecipientConsentEntity,
  SmsSinkEntity,
  ErasedCandidateEntity,
  AwaitingAccountEntity,
  AccountSeenEntity,
];

export function notifierDataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...NOTIFIER_ENTITIES,
      ...CANDIDATE_SCOPE_ENTITIES,
      OutboxMessageEntity,
      InboxMessageEntity,
      ParkedKeyEntity,
      HeldEventEntity,
      DeadLetterRecordEntity,
    ],
    migrations: [
      CreateMessagingTables1763900000000,
      ParkedKeysAndInboxPurge1766110000000,
      DeadLetterRecords1766220000000,
      ...CANDIDATE_SCOPE_MIGRATIONS,
      CreateNotifierTables1765100000000,
      NotificationPreferences1765100001000,
      TextsAndConsent1765100002000,
      ErasedCandidate1766210001000,
      AwaitingAccount1766230000000,
    ],
    poolSize,
  });
}
