import { defineServiceApp } from '@passerelle/shared/runtime';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { ASSIGNMENT_TYPE_PATHS, AssignmentModule } from '@passerelle/scheduling/feature-assignment';
import { DIRECTORY_TYPE_PATHS, DirectoryModule } from '@passerelle/scheduling/feature-directory';
import { SESSIONS_TYPE_PATHS, SessionsModule } from '@passerelle/scheduling/feature-sessions';

/**
 * Scheduling: each area brings its module and its part of the subgraph's SDL, in this order
 * (tools/supergraph/subgraphs.ts composes the subgraph from this list).
 */
export const schedulingApp = defineServiceApp({
  service: 'scheduling',
  dataSource: schedulingDataSourceOptions,
  typePaths: [...DIRECTORY_TYPE_PATHS, ...ASSIGNMENT_TYPE_PATHS, ...SESSIONS_TYPE_PATHS],
  features: [DirectoryModule, AssignmentModule, SessionsModule],
});
