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
  ReportingDreetsReportDownloadEntity,
  ReportingCoachAssignmentEntity,
  ReportingErasureSaltEntity,
  ReportingOutcomeEntity,
  ReportingPackDownloadEntity,
  ReportingPersonEntity,
  ReportingProgrammeEntity,
  ReportingSessionEntity,
  ReportingStatusChangeEntity,
  ReportingValidJobOfferEntity,
} from './entities';
import { CreateReportingTables1765930000000 } from './migrations/1765930000000-create-reporting-tables';
import { ErasureSalt1765930001000 } from './migrations/1765930001000-erasure-salt';
import { PackDownload1765970000000 } from './migrations/1765970000000-pack-download';
import { DreetsReport1766060000000 } from './migrations/1766060000000-dreets-report';
import { ServiceLevels1766050000100 } from './migrations/1766050000100-service-levels';

export const REPORTING_ENTITIES = [
  ReportingProgrammeEntity,
  ReportingPersonEntity,
  ReportingStatusChangeEntity,
  ReportingOutcomeEntity,
  ReportingValidJobOfferEntity,
  ReportingSessionEntity,
  ReportingCoachAssignmentEntity,
  ReportingErasureSaltEntity,
  ReportingPackDownloadEntity,
  ReportingDreetsReportDownloadEntity,
];

export function reportingDataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ...REPORTING_ENTITIES,
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
      CreateReportingTables1765930000000,
      ErasureSalt1765930001000,
      PackDownload1765970000000,
      DreetsReport1766060000000,
      ServiceLevels1766050000100,
    ],
    poolSize,
  });
}
