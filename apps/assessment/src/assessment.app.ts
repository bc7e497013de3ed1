import { defineServiceApp } from '@passerelle/shared/runtime';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { AssessmentCandidatesModule, ASSESSMENT_TYPE_PATHS } from '@passerelle/assessment/feature-candidates';

export const assessmentApp = defineServiceApp({
  service: 'assessment',
  dataSource: assessmentDataSourceOptions,
  typePaths: ASSESSMENT_TYPE_PATHS,
  features: [AssessmentCandidatesModule],
});
