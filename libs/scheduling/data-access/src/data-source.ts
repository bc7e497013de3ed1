import type { DataSourceOptions } from 'typeorm';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from '@passerelle/shared/candidate-scope';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  InboxMessageEntity,
  OutboxMessageEntity,
} from '@passerelle/shared/messaging';
import { CoachingSessionEntity } from './coaching-session.entity';
import { CreateCoachingSessionTable1763900005000 } from './migrations/1763900005000-create-coaching-session';

export function schedulingDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [CoachingSessionEntity, ...CANDIDATE_SCOPE_ENTITIES, OutboxMessageEntity, InboxMessageEntity],
    migrations: [
      CreateMessagingTables1763900000000,
      ...CANDIDATE_SCOPE_MIGRATIONS,
      CreateCoachingSessionTable1763900005000,
    ],
  });
}
