import {
  boostedScore,
  fitBoostedTrees,
  LEARNED_CANDIDATES,
  PAIR_FEATURES,
  pairFeatureInputs,
  pairFeatures,
  rankingMetrics,
  seededRandom,
  type BoostedTrees,
  type BoostingOptions,
  type LabourDemand,
  type Occupation,
  type OccupationCatalogue,
  type RankingMetrics,
  type SkillSpace,
} from '@passerelle/matching/domain';

/**
 * Issue 19's non-linear model, measured in `eval:recommendations -- --boosted`: gradient-boosted
 * trees over features of a (source, target) pair (`PAIR_FEATURES`, `pairFeatures` in the domain,
 * as the product computes them) re-rank each source's 300 best candidates of the linear ranking
 * (the rest keep its order). Every feature is read without any link from or to the source (the
 * neighbours' links, the domain's and the skills' links, the targets' link counts), and a source
 * is only ever ranked by a model trained on the other half's labels: hyper-parameters are chosen
 * on half A alone (A1 trains, A2 measures), then a model trained on A ranks B and one trained on B
 * ranks A; the whole set is both.
 */
export { PAIR_FEATURES };

/** Candidates per source the model re-ranks. */
export const CANDIDATES = LEARNED_CANDIDATES;

/** Hyper-parameters tried on half A (A1 trains, A2 measures). */
export const BOOSTING_TRIED: BoostingOptions[] = [
  { trees: 100, depth: 3, learningRate: 0.1, minLeaf: 50 },
  { trees: 200, depth: 4, learningRate: 0.05, minLeaf: 50 },
  { trees: 300, depth: 5, learningRate: 0.05, minLeaf: 100 },
  { trees: 400, depth: 6, learningRate: 0.05, minLeaf: 100 },
];

/** The setting chosen on half A (A1 trains, A2 measures): the shipped model's. */
export const BOOSTING_CHOSEN: BoostingOptions = { trees: 400, depth: 6, learningRate: 0.05, minLeaf: 100 };

export interface Rows {
  values: Float64Array;
  labels: Float64Array;
  /** Per source: its code, its linked targets, and its candidates (codes, in the linear order). */
  sources: { code: string; linked: ReadonlySet<string>; candidates: string[]; rest: string[] }[];
}

export interface BoostedInputs {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  /** National demand (BMO 2025), as the linear ranking's last row reads it. */
  nationalDemand: ReadonlyMap<string, LabourDemand>;
}

/** The feature rows of each source's candidates, every feature without the source's links. */
export function pairRows(inputs: BoostedInputs, sources: readonly Occupation[]): Rows {
  const { catalogue } = inputs;
  const features = pairFeatureInputs(catalogue, inputs.skills, inputs.nationalDemand);
  const chunks: Float64Array[] = [];
  const labels: number[] = [];
  const out: Rows['sources'] = [];
  for (const source of sources) {
    const linked = new Set(catalogue.mobilityTargets(source.code).keys());
    const { codes, values, rest } = pairFeatures(features, source.code, CANDIDATES);
    chunks.push(values);
    for (const code of codes) labels.push(linked.has(code) ? 1 : 0);
    out.push({ code: source.code, linked, candidates: codes, rest });
  }
  const values = new Float64Array(labels.length * PAIR_FEATURES.length);
  let at = 0;
  for (const chunk of chunks) {
    values.set(chunk, at);
    at += chunk.length;
  }
  return { values, labels: Float64Array.from(labels), sources: out };
}

/** Recall@10 and MRR of the candidates re-ranked by `model` (the rest after, in the order now). */
export function boostedMetrics(rows: Rows, model: BoostedTrees | null): RankingMetrics {
  const width = PAIR_FEATURES.length;
  let at = 0;
  const queries = rows.sources.map(({ linked, candidates, rest }) => {
    const scored = candidates.map((code, i) => ({
      code,
      i,
      score: model ? boostedScore(model, rows.values.subarray((at + i) * width, (at + i + 1) * width)) : -i,
    }));
    at += candidates.length;
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    return { ranked: [...scored.map((item) => item.code), ...rest], relevant: linked };
  });
  return rankingMetrics(queries, 10);
}

export const fit = (rows: Rows, options: BoostingOptions): BoostedTrees =>
  fitBoostedTrees(rows.values, PAIR_FEATURES.length, rows.labels, options);

/** The whole procedure; returns the lines to print. */
export function boostedEvaluation(
  inputs: BoostedInputs,
  halves: readonly [readonly Occupation[], readonly Occupation[]],
): string[] {
  const lines: string[] = [];
  const line = (name: string, m: RankingMetrics) =>
    lines.push(`${name.padEnd(58)} ${m.recallAtK.toFixed(4)}   ${m.mrr.toFixed(4)}   (${m.queries})`);
  const started = Date.now();
  // Half A split again (its own seed) to choose the hyper-parameters without looking at B.
  const inner = seededRandom(1919);
  const a1: Occupation[] = [];
  const a2: Occupation[] = [];
  for (const source of halves[0]) (inner() < 0.5 ? a1 : a2).push(source);
  const rowsA1 = pairRows(inputs, a1);
  const rowsA2 = pairRows(inputs, a2);
  lines.push(`boosted trees over ${PAIR_FEATURES.length} pair features, ${CANDIDATES} candidates a source`);
  line(`  now, A2 (${a2.length})`, boostedMetrics(rowsA2, null));
  let best: { options: BoostingOptions; objective: number } | null = null;
  for (const options of BOOSTING_TRIED) {
    const m = boostedMetrics(rowsA2, fit(rowsA1, options));
    line(`  trained on A1, measured on A2: ${JSON.stringify(options)}`, m);
    const objective = m.recallAtK + m.mrr / 2;
    if (!best || objective > best.objective) best = { options, objective };
  }
  const chosen = best!.options;
  lines.push(`  chosen on A: ${JSON.stringify(chosen)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const rowsA = pairRows(inputs, halves[0]);
  const rowsB = pairRows(inputs, halves[1]);
  const modelA = fit(rowsA, chosen);
  const modelB = fit(rowsB, chosen);
  const onB = boostedMetrics(rowsB, modelA);
  const onA = boostedMetrics(rowsA, modelB);
  const whole = (pick: (m: RankingMetrics) => number) =>
    (pick(onA) * onA.queries + pick(onB) * onB.queries) / (onA.queries + onB.queries);
  line(`  now, half A`, boostedMetrics(rowsA, null));
  line(`  now, half B`, boostedMetrics(rowsB, null));
  line(`  boosted, half A (trained on B)`, onA);
  line(`  boosted, half B (trained on A)`, onB);
  line(`  boosted, whole set (each half by the other's model)`, {
    queries: onA.queries + onB.queries,
    recallAtK: whole((m) => m.recallAtK),
    mrr: whole((m) => m.mrr),
    k: 10,
  });
  lines.push(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return lines;
}
