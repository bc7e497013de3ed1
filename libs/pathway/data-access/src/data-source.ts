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
import { ErasedCandidateEntity } from './erased-candidate.entity';
import { MilestoneEntity } from './milestone.entity';
import { CreatePathwayTables1763900002000 } from './migrations/1763900002000-create-pathway-tables';
import { PathwayPlansProgressAndRisk1763900015000 } from './migrations/1763900015000-pathway-plans-progress-and-risk';
import { PathwayHistoryOrder1764806400000 } from './migrations/1764806400000-pathway-history-order';
import { PathwayCandidateStatus1765800000200 } from './migrations/1765800000200-pathway-candidate-status';
import { PathwayFactEntity } from './pathway-fact.entity';
import { PathwayHistoryEntity } from './pathway-history.entity';
import { PathwayTemplateEntity } from './pathway-template.entity';
import { PathwayEntity } from './pathway.entity';
import { ProgrammeTermsEntity } from './programme-terms.entity';

export const PATHWAY_ENTITIES = [
  PathwayEntity,
  MilestoneEntity,
  PathwayFactEntity,
  PathwayHistoryEntity,
  PathwayTemplateEntity,
  ProgrammeTermsEntity,
  ErasedCandidateEntity,
];

export function pathwayDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...PATHWAY_ENTITIES,
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
      CreatePathwayTables1763900002000,
      PathwayPlansProgressAndRisk1763900015000,
      PathwayHistoryOrder1764806400000,
      PathwayCandidateStatus1765800000200,
    ],
  });
}
