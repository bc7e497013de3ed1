import { defineServiceApp } from '@passerelle/shared/runtime';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { PATHWAY_TYPE_PATHS, PlanningModule } from '@passerelle/pathway/feature-planning';

export const pathwayApp = defineServiceApp({
  service: 'pathway',
  dataSource: pathwayDataSourceOptions,
  typePaths: PATHWAY_TYPE_PATHS,
  features: [PlanningModule],
});
