import { Module } from '@nestjs/common';
import { defineServiceApp, type ServiceApp } from '@passerelle/shared/runtime';
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { APPLICATIONS_TYPE_PATHS, ApplicationsModule } from '@passerelle/career/feature-applications';
import { CV_TYPE_PATHS, CvFileModule, CvModule } from '@passerelle/career/feature-cv';
import {
  INTERVIEW_PRACTICE_TYPE_PATHS,
  InterviewPracticeModule,
} from '@passerelle/career/feature-interview-practice';
import { PrivacyModule } from '@passerelle/career/feature-privacy';
import { PROJECT_TYPE_PATHS, ProjectModule } from '@passerelle/career/feature-project';

const core = defineServiceApp({
  service: 'career',
  dataSource: careerDataSourceOptions,
  typePaths: [
    ...PROJECT_TYPE_PATHS,
    ...APPLICATIONS_TYPE_PATHS,
    ...CV_TYPE_PATHS,
    ...INTERVIEW_PRACTICE_TYPE_PATHS,
  ],
  features: [PrivacyModule, ProjectModule, ApplicationsModule, CvModule, InterviewPracticeModule],
});

@Module({})
class CareerAppModule {}

/**
 * Career: the person's own job-search material (professional project, CV, applications, interview
 * practice), seen by the person and their coach. Each area brings its module and its part of the
 * subgraph's SDL, in this order (project first: its file declares the schema link and scalars;
 * tools/supergraph/subgraphs.ts composes the subgraph from this list). Privacy (export, erasure)
 * spans every area. Plus the CV files' download (GET /cvs/...), which needs the identity secret.
 */
export const careerApp: ServiceApp = {
  service: 'career',
  typePaths: core.typePaths,
  rootModule: (config, logger, clock) => ({
    module: CareerAppModule,
    imports: [
      core.rootModule(config, logger, clock),
      CvFileModule.forRoot({ identitySecret: config.INTERNAL_IDENTITY_SECRET }),
    ],
  }),
};
