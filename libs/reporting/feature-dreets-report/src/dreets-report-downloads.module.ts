import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { DreetsReportRepository, ReportingRepository } from '@passerelle/reporting/data-access';
import { DreetsReportDownloadsResolver } from './dreets-report-downloads.resolver';
import { ReadDreetsReportDownloadsHandler } from './usecases/read-dreets-report-downloads/read-dreets-report-downloads.handler';

/** The DREETS report's part of the reporting subgraph's SDL (after the committee's, which declares the scalars). */
export const DREETS_REPORT_TYPE_PATHS = [join(__dirname, 'dreets-report.graphql')];

/** The DREETS reports' audit, read over GraphQL. */
@Module({
  providers: [
    ReportingRepository,
    DreetsReportRepository,
    ReadDreetsReportDownloadsHandler,
    DreetsReportDownloadsResolver,
  ],
})
export class DreetsReportDownloadsModule {}
