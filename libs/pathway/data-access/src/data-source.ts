import type { DataSourceOptions } from 'typeorm';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from '@passerelle/shared/candidate-scope';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  InboxMessageEntity,
  OutboxMessageEntity,
} from '@passerelle/shared/messaging';
import { CreatePathwayTables1763900002000 } from './migrations/1763900002000-create-pathway-tables';
import { PathwayEntity } from './pathway.entity';

export function pathwayDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [PathwayEntity, ...CANDIDATE_SCOPE_ENTITIES, OutboxMessageEntity, InboxMessageEntity],
    migrations: [
      CreateMessagingTables1763900000000,
      ...CANDIDATE_SCOPE_MIGRATIONS,
      CreatePathwayTables1763900002000,
    ],
  });
}
