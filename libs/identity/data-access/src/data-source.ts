import type { DataSourceOptions } from 'typeorm';
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
  AccountAuditEntity,
  AccountEntity,
  AccountNotOpenedEntity,
  CandidateFollowEntity,
  FederatedSignInEntity,
  InvitationEntity,
  OidcRecordEntity,
  SecondFactorEntity,
  SignInAttemptEntity,
  SigningKeyEntity,
} from './entities';
import { CreateIdentityTables1765000000000 } from './migrations/1765000000000-create-identity-tables';
import { AccountsFromEvents1765100000000 } from './migrations/1765100000000-accounts-from-events';
import { FederatedSignIn1765300000000 } from './migrations/1765300000000-federated-sign-in';
import { CreateSecondFactor1765200000000 } from './migrations/1765200000000-create-second-factor';
import { AccountNotOpened1766180000000 } from './migrations/1766180000000-account-not-opened';

export const IDENTITY_ENTITIES = [
  AccountEntity,
  OidcRecordEntity,
  SigningKeyEntity,
  SignInAttemptEntity,
  InvitationEntity,
  AccountAuditEntity,
  CandidateFollowEntity,
  FederatedSignInEntity,
  SecondFactorEntity,
  AccountNotOpenedEntity,
];

export function identityDataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...IDENTITY_ENTITIES,
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
      CreateIdentityTables1765000000000,
      AccountsFromEvents1765100000000,
      CreateSecondFactor1765200000000,
      FederatedSignIn1765300000000,
      AccountNotOpened1766180000000,
    ],
    poolSize,
  });
}
