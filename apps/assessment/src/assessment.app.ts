import { Module } from '@nestjs/common';
import { defineServiceApp, type ServiceDefinition } from '@passerelle/shared/runtime';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import {
  AssessmentCandidatesModule,
  ASSESSMENT_TYPE_PATHS,
  ReportDownloadModule,
} from '@passerelle/assessment/feature-candidates';

const core = defineServiceApp({
  service: 'assessment',
  dataSource: assessmentDataSourceOptions,
  typePaths: ASSESSMENT_TYPE_PATHS,
  features: [AssessmentCandidatesModule],
});

@Module({})
class AssessmentAppModule {}

/** The shared service core and features, plus the report download, which needs the identity secret. */
export const assessmentApp: ServiceDefinition = {
  service: 'assessment',
  rootModule: (config, logger, clock) => ({
    module: AssessmentAppModule,
    imports: [
      core.rootModule(config, logger, clock),
      ReportDownloadModule.forRoot({ identitySecret: config.INTERNAL_IDENTITY_SECRET }),
    ],
  }),
};
