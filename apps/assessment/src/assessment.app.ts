import { Module } from '@nestjs/common';
import { defineServiceApp, type ServiceApp } from '@passerelle/shared/runtime';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { ASSESSMENTS_TYPE_PATHS, AssessmentsModule } from '@passerelle/assessment/feature-assessments';
import { INSTRUMENTS_TYPE_PATHS, InstrumentsModule } from '@passerelle/assessment/feature-instruments';
import {
  REPORTS_TYPE_PATHS,
  ReportDownloadModule,
  ReportsModule,
} from '@passerelle/assessment/feature-reports';

/** Each feature brings its SDL file, in this order; tools/supergraph/subgraphs.ts composes them from here. */
const core = defineServiceApp({
  service: 'assessment',
  dataSource: assessmentDataSourceOptions,
  typePaths: [...ASSESSMENTS_TYPE_PATHS, ...INSTRUMENTS_TYPE_PATHS, ...REPORTS_TYPE_PATHS],
  features: [AssessmentsModule, InstrumentsModule, ReportsModule],
});

@Module({})
class AssessmentAppModule {}

/** The shared service core and features, plus the report download, which needs the identity secret. */
export const assessmentApp: ServiceApp = {
  service: 'assessment',
  typePaths: core.typePaths,
  rootModule: (config, logger, clock) => ({
    module: AssessmentAppModule,
    imports: [
      core.rootModule(config, logger, clock),
      ReportDownloadModule.forRoot({ identitySecret: config.INTERNAL_IDENTITY_SECRET }),
    ],
  }),
};
