import { defineServiceApp } from '@passerelle/shared/runtime';
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { PrivacyModule } from '@passerelle/career/feature-privacy';
import { PROJECT_TYPE_PATHS, ProjectModule } from '@passerelle/career/feature-project';

/**
 * Career: the person's own job-search material (professional project, CV, applications, interview
 * practice), seen by the person and their coach. Each area brings its module and its part of the
 * subgraph's SDL, in this order (project first: its file declares the schema link and scalars;
 * tools/supergraph/subgraphs.ts composes the subgraph from this list). Privacy (export, erasure)
 * spans every area.
 */
export const careerApp = defineServiceApp({
  service: 'career',
  dataSource: careerDataSourceOptions,
  typePaths: [...PROJECT_TYPE_PATHS],
  features: [PrivacyModule, ProjectModule],
});
