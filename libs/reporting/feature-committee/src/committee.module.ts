import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { SUPPRESSION_TYPE_PATHS } from '@passerelle/shared/graphql';
import { ReportingRepository } from '@passerelle/reporting/data-access';
import { CommitteeDashboardResolver } from './committee-dashboard.resolver';
import { ReadModelEventsConsumer } from './read-model-events.consumer';
import { ReadCommitteeDashboardHandler } from './usecases/read-committee-dashboard/read-committee-dashboard.handler';

/** The committee's part of the reporting subgraph's SDL (it declares the schema's links and scalars). */
export const COMMITTEE_TYPE_PATHS = [join(__dirname, 'committee.graphql'), ...SUPPRESSION_TYPE_PATHS];

/** The read model fed by events, and the commission de suivi's dashboard read from it. */
@Module({
  controllers: [ReadModelEventsConsumer],
  providers: [ReportingRepository, ReadCommitteeDashboardHandler, CommitteeDashboardResolver],
})
export class CommitteeModule {}
