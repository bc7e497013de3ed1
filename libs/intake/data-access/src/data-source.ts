import type { DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@passerelle/shared/database';
import {
  CreateMessagingTables1763900000000,
  InboxMessageEntity,
  OutboxMessageEntity,
} from '@passerelle/shared/messaging';
import { CandidateEntity } from './entities/candidate.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { SponsorEntity } from './entities/sponsor.entity';
import { CreateIntakeTables1763900001000 } from './migrations/1763900001000-create-intake-tables';

export function intakeDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [SponsorEntity, ProgrammeEntity, CandidateEntity, OutboxMessageEntity, InboxMessageEntity],
    migrations: [CreateMessagingTables1763900000000, CreateIntakeTables1763900001000],
  });
}
