import { join } from 'node:path';
import { assessmentApp } from '../../apps/assessment/src/assessment.app';
import { identityApp } from '../../apps/identity/src/identity.app';
import { intakeApp } from '../../apps/intake/src/intake.app';
import { matchingApp } from '../../apps/matching/src/matching.app';
import { notifierApp } from '../../apps/notifier/src/notifier.app';
import { reportingApp } from '../../apps/reporting/src/reporting.app';
import { careerApp } from '../../apps/career/src/career.app';
import { pathwayApp } from '../../apps/pathway/src/pathway.app';
import { schedulingApp } from '../../apps/scheduling/src/scheduling.app';

const ROOT = join(__dirname, '..', '..');

/**
 * The subgraphs composed into the supergraph, taken from the apps themselves: each service's name
 * (as the gateway maps it to a URL) and the SDL files its features bring, in the app's order.
 * The URL is a placeholder; each environment sets the real one in the gateway's config.
 */
export const SUBGRAPHS = [
  intakeApp,
  assessmentApp,
  pathwayApp,
  matchingApp,
  schedulingApp,
  identityApp,
  notifierApp,
  reportingApp,
  careerApp,
].map((app) => ({
  name: app.service,
  paths: app.typePaths,
  url: `http://${app.service}.passerelle.internal/graphql`,
}));

export const SUPERGRAPH_PATH = join(ROOT, 'apps/gateway/supergraph.graphql');
