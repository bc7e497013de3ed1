import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ReportingRepository } from '@passerelle/reporting/data-access';
import { ServiceLevelsResolver } from './service-levels.resolver';
import { ReadCoachWorkloadHandler } from './usecases/read-coach-workload/read-coach-workload.handler';
import { ReadServiceLevelBreachesHandler } from './usecases/read-service-level-breaches/read-service-level-breaches.handler';
import { ReadServiceLevelSummaryHandler } from './usecases/read-service-level-summary/read-service-level-summary.handler';

/** The service levels' part of the reporting subgraph's SDL (the committee's declares links and scalars). */
export const SERVICE_LEVELS_TYPE_PATHS = [join(__dirname, 'service-levels.graphql')];

/** The firm's service levels, read from the read model the committee feature fills. */
@Module({
  providers: [
    ReportingRepository,
    ReadServiceLevelBreachesHandler,
    ReadCoachWorkloadHandler,
    ReadServiceLevelSummaryHandler,
    ServiceLevelsResolver,
  ],
})
export class ServiceLevelsModule {}
