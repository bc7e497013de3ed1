import type { DataSourceOptions } from 'typeorm';
import { CandidateScopeEntity, CreateCandidateScope1763900000100 } from '@passerelle/shared/candidate-scope';
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
    entities: [PathwayEntity, CandidateScopeEntity, OutboxMessageEntity, InboxMessageEntity],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateCandidateScope1763900000100,
      CreatePathwayTables1763900002000,
    ],
  });
}
