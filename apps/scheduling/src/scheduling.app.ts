import { defineServiceApp } from '@passerelle/shared/runtime';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { SchedulingCandidatesModule, SCHEDULING_TYPE_PATHS } from '@passerelle/scheduling/feature-candidates';

export const schedulingApp = defineServiceApp({
  service: 'scheduling',
  dataSource: schedulingDataSourceOptions,
  typePaths: SCHEDULING_TYPE_PATHS,
  features: [SchedulingCandidatesModule],
});
