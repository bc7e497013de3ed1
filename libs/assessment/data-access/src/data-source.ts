import type { DataSourceOptions } from 'typeorm';
import { CANDIDATE_SCOPE_ENTITIES, CANDIDATE_SCOPE_MIGRATIONS } from '@passerelle/shared/candidate-scope';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  InboxMessageEntity,
  OutboxMessageEntity,
} from '@passerelle/shared/messaging';
import { AssessmentEntity } from './assessment.entity';
import { CreateAssessmentTable1763900003000 } from './migrations/1763900003000-create-assessment';

export function assessmentDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [AssessmentEntity, ...CANDIDATE_SCOPE_ENTITIES, OutboxMessageEntity, InboxMessageEntity],
    migrations: [
      CreateMessagingTables1763900000000,
      ...CANDIDATE_SCOPE_MIGRATIONS,
      CreateAssessmentTable1763900003000,
    ],
  });
}
