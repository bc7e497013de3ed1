import type { DataSourceOptions } from 'typeorm';
import { CandidateScopeEntity, CreateCandidateScope1763900000100 } from '@passerelle/shared/candidate-scope';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  InboxMessageEntity,
  OutboxMessageEntity,
} from '@passerelle/shared/messaging';
import { OccupationRecommendationEntity } from './occupation-recommendation.entity';
import { CreateOccupationRecommendationTable1763900004000 } from './migrations/1763900004000-create-occupation-recommendation';

export function matchingDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [OccupationRecommendationEntity, CandidateScopeEntity, OutboxMessageEntity, InboxMessageEntity],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateCandidateScope1763900000100,
      CreateOccupationRecommendationTable1763900004000,
    ],
  });
}
