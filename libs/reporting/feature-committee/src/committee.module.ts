import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import {
  DashboardCountsRepository,
  PackDownloadRepository,
  ReadModelBatchWriter,
  ReportingRepository,
} from '@passerelle/reporting/data-access';
import { CommitteeDashboardResolver } from './committee-dashboard.resolver';
import { CommitteePackDownloadsResolver } from './pack/committee-pack-downloads.resolver';
import { ReadModelEventsConsumer } from './read-model-events.consumer';
import { ReadCommitteeDashboardHandler } from './usecases/read-committee-dashboard/read-committee-dashboard.handler';
import { ReadPackDownloadsHandler } from './usecases/read-pack-downloads/read-pack-downloads.handler';

/** The committee's part of the reporting subgraph's SDL (it declares the schema's links and scalars). */
export const COMMITTEE_TYPE_PATHS = [join(__dirname, 'committee.graphql'), ...SUPPRESSION_TYPE_PATHS];

/** The read model fed by events, the commission de suivi's dashboard read from it, and the packs' audit. */
@Module({
  controllers: [ReadModelEventsConsumer],
  providers: [
    ReportingRepository,
    DashboardCountsRepository,
    ReadModelBatchWriter,
    PackDownloadRepository,
    ReadCommitteeDashboardHandler,
    CommitteeDashboardResolver,
    ReadPackDownloadsHandler,
    CommitteePackDownloadsResolver,
  ],
})
export class CommitteeModule {}
