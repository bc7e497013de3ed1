import { Module } from '@nestjs/common';
import { defineServiceApp, type ServiceApp } from '@passerelle/shared/runtime';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import {
  COMMITTEE_TYPE_PATHS,
  CommitteeModule,
  CommitteePackModule,
} from '@passerelle/reporting/feature-committee';
import {
  DREETS_REPORT_TYPE_PATHS,
  DreetsReportDownloadsModule,
  DreetsReportModule,
} from '@passerelle/reporting/feature-dreets-report';
import { SERVICE_LEVELS_TYPE_PATHS, ServiceLevelsModule } from '@passerelle/reporting/feature-service-levels';

const core = defineServiceApp({
  service: 'reporting',
  dataSource: reportingDataSourceOptions,
  typePaths: [...COMMITTEE_TYPE_PATHS, ...DREETS_REPORT_TYPE_PATHS, ...SERVICE_LEVELS_TYPE_PATHS],
  features: [CommitteeModule, DreetsReportDownloadsModule, ServiceLevelsModule],
});

@Module({})
class ReportingAppModule {}

/**
 * Reporting: a read model fed only by events (ids, codes and dates), rebuildable from the topics
 * (`npm run reporting:rebuild`), and the commission de suivi's dashboard read from it
 * (feature-committee), and the firm's service levels (feature-service-levels). Its groups read the
 * topics from their start: the read model needs the past.
 * Plus the committee pack's download (GET /committee-packs/...) and the end-of-programme report to
 * the DREETS (GET /dreets-reports/..., feature-dreets-report), which need the identity secret.
 */
export const reportingApp: ServiceApp = {
  service: 'reporting',
  typePaths: core.typePaths,
  rootModule: (config, logger, clock) => ({
    module: ReportingAppModule,
    imports: [
      core.rootModule(config, logger, clock),
      CommitteePackModule.forRoot({ identitySecret: config.INTERNAL_IDENTITY_SECRET }),
      DreetsReportModule.forRoot({ identitySecret: config.INTERNAL_IDENTITY_SECRET }),
    ],
  }),
};
