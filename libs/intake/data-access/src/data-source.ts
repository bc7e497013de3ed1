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
import {
  ImportBatchEntity,
  ImportColumnMappingEntity,
  ImportFileKeyEntity,
  ImportRowErrorEntity,
} from './entities/import-batch.entity';
import { ImportUploadChunkEntity, ImportUploadEntity } from './entities/import-upload.entity';
import { RomeJobTitleEntity } from './entities/rome-job-title.entity';
import { CandidateRecordAndImport1763900011000 } from './migrations/1763900011000-candidate-record-and-import';
import { ImportChunkFunction1763900011100 } from './migrations/1763900011100-import-chunk-function';

const IMPORT_ENTITIES = [
  ImportUploadEntity,
  ImportUploadChunkEntity,
  ImportBatchEntity,
  ImportRowErrorEntity,
  ImportFileKeyEntity,
  ImportColumnMappingEntity,
  RomeJobTitleEntity,
];

export function intakeDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      SponsorEntity,
      ProgrammeEntity,
      CandidateEntity,
      OutboxMessageEntity,
      InboxMessageEntity,
      ...IMPORT_ENTITIES,
    ],
    migrations: [
      CreateMessagingTables1763900000000,
      CreateIntakeTables1763900001000,
      CandidateRecordAndImport1763900011000,
      ImportChunkFunction1763900011100,
    ],
  });
}
