import { defineServiceApp } from '@passerelle/shared/runtime';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { MatchingCandidatesModule, MATCHING_TYPE_PATHS } from '@passerelle/matching/feature-candidates';

export const matchingApp = defineServiceApp({
  service: 'matching',
  dataSource: matchingDataSourceOptions,
  typePaths: MATCHING_TYPE_PATHS,
  features: [MatchingCandidatesModule],
});
