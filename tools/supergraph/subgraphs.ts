import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * The subgraphs composed into the supergraph: name (as the gateway maps it to a URL) and SDL files
 * (a subgraph whose features each bring their own file lists them all, in the app's order).
 * The URL is a placeholder; each environment sets the real one in the gateway's config.
 */
export const SUBGRAPHS = [
  {
    name: 'intake',
    sdl: [
      'libs/intake/feature-enrollment/src/intake.graphql',
      'libs/intake/feature-enrollment/src/programme-terms.graphql',
      'libs/intake/feature-caseload/src/caseload.graphql',
      'libs/intake/feature-diagnostic/src/diagnostic.graphql',
      'libs/intake/feature-outcomes/src/outcomes.graphql',
      'libs/intake/feature-privacy/src/privacy.graphql',
    ],
  },
  { name: 'assessment', sdl: 'libs/assessment/feature-candidates/src/assessment.graphql' },
  {
    name: 'pathway',
    sdl: [
      'libs/pathway/feature-plan-editing/src/plan.graphql',
      'libs/pathway/feature-progress/src/progress.graphql',
      'libs/pathway/feature-templates/src/templates.graphql',
      'libs/pathway/feature-plan-editing/src/plan-editing.graphql',
    ],
  },
  { name: 'matching', sdl: 'libs/matching/feature-candidates/src/matching.graphql' },
  { name: 'scheduling', sdl: 'libs/scheduling/feature-candidates/src/scheduling.graphql' },
].map((subgraph: { name: string; sdl: string | string[] }) => ({
  ...subgraph,
  paths: (Array.isArray(subgraph.sdl) ? subgraph.sdl : [subgraph.sdl]).map((sdl) => join(ROOT, sdl)),
  url: `http://${subgraph.name}.passerelle.internal/graphql`,
}));

export const SUPERGRAPH_PATH = join(ROOT, 'apps/gateway/supergraph.graphql');
