import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAIR_FEATURES, type BoostedTree, type MobilityModel } from '@passerelle/matching/domain';
import { catalogueFromRelease, readRomeRelease } from '@passerelle/matching/feature-reference';
import { BOOSTING_CHOSEN, CANDIDATES, fit, pairRows } from './boosted-ranking';
import { nationalDemand } from './national-demand';

/**
 * Trains the learned mobility the product ships (docs/decisions/0053-learned-mobility-ranking.md):
 * the setting chosen on half A in `eval:recommendations -- --boosted` (400 trees, depth 6), fitted
 * on every occupation's 300 best candidates of the linear ranking, labelled by ROME's links, each
 * feature read without any link from or to the source. Writes the model file (thresholds and leaf
 * values, no ROME text); deterministic: the same release gives the same file.
 *
 *   npm run train:mobility-model -- [--from ../shared/data] [--out libs/matching/domain/src/mobility-model.v1.json]
 */
export const MODEL_VERSION = 1;

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'libs/matching/domain/src/mobility-model.v1.json' },
  },
});

/** Leaf values to 9 significant digits (a score moves by 1e-9 at most); thresholds kept exact. */
function compact(tree: BoostedTree): BoostedTree {
  return {
    feature: tree.feature,
    threshold: tree.threshold,
    value: tree.value.map((value) => (value === 0 ? 0 : Number(value.toPrecision(9)))),
  };
}

function main(): void {
  const started = Date.now();
  const directory = resolve(values.from!);
  const release = readRomeRelease(directory);
  const { catalogue, skills } = catalogueFromRelease(release);
  const demand = nationalDemand(directory, release);
  const sources = catalogue.occupations.filter((o) => catalogue.mobilityTargets(o.code).size > 0);
  const rows = pairRows({ catalogue, skills, nationalDemand: demand }, sources);
  const linked = rows.labels.reduce((sum, label) => sum + label, 0);
  console.log(
    `ROME ${release.release}: ${sources.length} sources, ${rows.labels.length} pairs, ${linked} linked` +
      ` (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  const trees = fit(rows, BOOSTING_CHOSEN);
  const model: MobilityModel = {
    format: 'passerelle-mobility-model',
    version: MODEL_VERSION,
    romeRelease: release.release,
    trainedOn: { sources: sources.length, pairs: rows.labels.length, linked },
    features: [...PAIR_FEATURES],
    candidates: CANDIDATES,
    options: BOOSTING_CHOSEN,
    base: trees.base,
    trees: trees.trees.map(compact),
  };
  writeFileSync(resolve(values.out!), `${JSON.stringify(model)}\n`);
  console.log(
    `${trees.trees.length} trees written to ${values.out} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

main();
