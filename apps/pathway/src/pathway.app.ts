import { defineServiceApp } from '@passerelle/shared/runtime';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { PlanDraftingModule } from '@passerelle/pathway/feature-plan-drafting';
import {
  PLAN_EDITING_RESOLVERS,
  PLAN_EDITING_TYPE_PATHS,
  PLAN_TYPE_PATHS,
  PlanEditingModule,
} from '@passerelle/pathway/feature-plan-editing';
import {
  PROGRESS_RESOLVERS,
  PROGRESS_TYPE_PATHS,
  ProgressModule,
} from '@passerelle/pathway/feature-progress';
import {
  TEMPLATES_RESOLVERS,
  TEMPLATES_TYPE_PATHS,
  TemplatesModule,
} from '@passerelle/pathway/feature-templates';

/** The service's features, one per area (the test harness starts the same ones). */
export const PATHWAY_FEATURES = [PlanDraftingModule, PlanEditingModule, ProgressModule, TemplatesModule];

/**
 * The subgraph's SDL files, in the order tools/supergraph/subgraphs.ts lists them: the plan's types
 * first, its edits last (Mutation's fields keep the order the supergraph has).
 */
export const PATHWAY_TYPE_PATHS = [
  ...PLAN_TYPE_PATHS,
  ...PROGRESS_TYPE_PATHS,
  ...TEMPLATES_TYPE_PATHS,
  ...PLAN_EDITING_TYPE_PATHS,
];

/** Every resolver class of the subgraph, for the access-rule check. */
export const PATHWAY_RESOLVERS = [...PLAN_EDITING_RESOLVERS, ...PROGRESS_RESOLVERS, ...TEMPLATES_RESOLVERS];

export const pathwayApp = defineServiceApp({
  service: 'pathway',
  dataSource: pathwayDataSourceOptions,
  typePaths: PATHWAY_TYPE_PATHS,
  features: PATHWAY_FEATURES,
});
