import { intakeConfigSchema } from '@passerelle/shared/config';
import { defineServiceApp } from '@passerelle/shared/runtime';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { INTAKE_SUBGRAPH_TYPE_PATHS, INTAKE_FEATURES } from './intake-subgraph';

export const intakeApp = defineServiceApp({
  service: 'intake',
  dataSource: intakeDataSourceOptions,
  configSchema: intakeConfigSchema,
  typePaths: INTAKE_SUBGRAPH_TYPE_PATHS,
  features: INTAKE_FEATURES,
});
