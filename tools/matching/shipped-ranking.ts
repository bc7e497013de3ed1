import {
  occupationHollandCode,
  OccupationCatalogue,
  rankingMetrics,
  rankOccupations,
  type BoostedTrees,
  type LabourDemand,
  type LearnedMobilitySource,
  type MobilityLink,
  type MobilityModel,
  type Occupation,
  type RankingMetrics,
  type SkillSpace,
} from '@passerelle/matching/domain';
import { BOOSTING_CHOSEN, CANDIDATES, fit, pairRows, PAIR_FEATURES } from './boosted-ranking';

/**
 * The product's own ranking (`rankOccupations`) measured against ROME's links, in
 * `eval:recommendations`: for each source, a person whose former occupation it is (its RIASEC code
 * as their interests, no track, no self-rated skill, national demand), ranked in a catalogue
 * without any link from or to the source (so no direct link, no feature, no class reads the
 * truth); the source itself is left out of the list. With the learned mobility, half A is ranked
 * by the model trained on half B's links and half B by A's (cross-fitted): no source is ranked by
 * a model that saw its links. The product keeps 300 suggestions here (recall@10 reads ten; a
 * first link further down is worth under 1/300 of MRR).
 */
export const PRODUCT_LIMIT = CANDIDATES;

/** The catalogue without any link from or to `code`. */
export function heldOut(
  occupations: readonly Occupation[],
  links: readonly MobilityLink[],
  code: string,
): OccupationCatalogue {
  return new OccupationCatalogue(
    occupations,
    links.filter((link) => link.fromCode !== code && link.toCode !== code),
  );
}

/** The product's suggestions for a person of `source`, best first, the source itself left out. */
export function productRanking(
  catalogue: OccupationCatalogue,
  skills: SkillSpace,
  nationalDemand: ReadonlyMap<string, LabourDemand>,
  scale: number,
  source: Occupation,
  mobility?: LearnedMobilitySource,
): string[] {
  return rankOccupations(
    {
      formerOccupationCode: source.code,
      track: null,
      hollandCode: occupationHollandCode({ major: source.riasecMajor, minor: source.riasecMinor }),
      ratedSkills: [],
    },
    {
      catalogue,
      skills,
      demandFor: (code) => nationalDemand.get(code) ?? null,
      demandScale: scale,
      mobility,
    },
    { limit: PRODUCT_LIMIT },
  )
    .map((item) => item.occupationCode)
    .filter((code) => code !== source.code);
}

/** A fitted model as the product reads it. */
export function asModel(trees: BoostedTrees, sources: number): MobilityModel {
  return {
    format: 'passerelle-mobility-model',
    version: 0,
    romeRelease: 'cross-fitted half',
    trainedOn: { sources, pairs: 0, linked: 0 },
    features: [...PAIR_FEATURES],
    candidates: CANDIDATES,
    options: BOOSTING_CHOSEN,
    base: trees.base,
    trees: trees.trees,
  };
}

export interface ShippedInputs {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  nationalDemand: ReadonlyMap<string, LabourDemand>;
  scale: number;
}

/** The learned score's share of the mobility tried on half A (the product's is `LEARNED_MOBILITY_FACTOR`). */
export const FACTORS_TRIED = [0.4, 0.5, 0.7, 1];
/**
 * How many of the model's best candidates are "well trodden" (an off-track target among them needs
 * no specific skill shared), tried on half A at the chosen factor; 0 is the rule as before (the
 * product's is `WELL_TRODDEN_RANK`).
 */
export const TRODDEN_RANKS_TRIED = [0, 10, 20, 40];

type Query = { ranked: string[]; relevant: Set<string> };

/**
 * The product's ranking without and with the learned mobility (cross-fitted); the lines to print.
 * The learned score's share of the mobility is chosen on half A (ranked by B's model) among
 * `FACTORS_TRIED`, then measured on half B (ranked by A's model).
 */
export function shippedEvaluation(
  inputs: ShippedInputs,
  halves: readonly [readonly Occupation[], readonly Occupation[]],
): string[] {
  const started = Date.now();
  const { catalogue, skills, nationalDemand, scale } = inputs;
  const occupations = catalogue.occupations;
  const links: MobilityLink[] = occupations.flatMap((o) =>
    [...catalogue.mobilityTargets(o.code)].map(([toCode, order]) => ({ fromCode: o.code, toCode, order })),
  );
  const boosted = { catalogue, skills, nationalDemand };
  // Each half's model, trained on its own sources' links: it ranks the other half.
  const models = halves.map((half) => asModel(fit(pairRows(boosted, half), BOOSTING_CHOSEN), half.length));
  const fitted = (Date.now() - started) / 1000;
  type Variant = { factor: number; wellTroddenRank: number };
  /** Per half: the product before, then with the model in each variant asked. */
  const measure = (i: number, variants: readonly Variant[]): RankingMetrics[] => {
    const model = models[1 - i]!;
    const runs: Query[][] = [[], ...variants.map(() => [])];
    for (const source of halves[i]!) {
      const relevant = new Set(catalogue.mobilityTargets(source.code).keys());
      // One held-out catalogue per source: the model's scores are computed once for every variant.
      const view = heldOut(occupations, links, source.code);
      runs[0]!.push({ ranked: productRanking(view, skills, nationalDemand, scale, source), relevant });
      variants.forEach((variant, f) =>
        runs[f + 1]!.push({
          ranked: productRanking(view, skills, nationalDemand, scale, source, {
            model,
            nationalDemand,
            ...variant,
          }),
          relevant,
        }),
      );
    }
    return runs.map((queries) => rankingMetrics(queries, 10));
  };
  const lines = ["the product's ranking (rankOccupations), each source's links held out"];
  const line = (name: string, m: RankingMetrics) =>
    lines.push(`${name.padEnd(58)} ${m.recallAtK.toFixed(4)}   ${m.mrr.toFixed(4)}   (${m.queries})`);
  const better = (m: RankingMetrics, than: RankingMetrics) =>
    m.recallAtK + m.mrr / 2 > than.recallAtK + than.mrr / 2;
  // Half A: the factor with the off-track rule as before, then the well-trodden rank at that factor.
  const [beforeA, ...onA] = measure(0, [...FACTORS_TRIED.map((factor) => ({ factor, wellTroddenRank: 0 }))]);
  let chosen = 0;
  onA.forEach((m, f) => {
    line(`  half A (B's model), learned x ${FACTORS_TRIED[f]}`, m);
    if (better(m, onA[chosen]!)) chosen = f;
  });
  const factor = FACTORS_TRIED[chosen]!;
  const [, ...troddenA] = measure(
    0,
    TRODDEN_RANKS_TRIED.map((wellTroddenRank) => ({ factor, wellTroddenRank })),
  );
  let rank = 0;
  troddenA.forEach((m, r) => {
    line(`  half A (B's model), learned x ${factor}, well trodden: ${TRODDEN_RANKS_TRIED[r]} best`, m);
    if (better(m, troddenA[rank]!)) rank = r;
  });
  const trodden = TRODDEN_RANKS_TRIED[rank]!;
  const [beforeB, ruleB, shippedB] = measure(1, [
    { factor, wellTroddenRank: 0 },
    { factor, wellTroddenRank: trodden },
  ]);
  const whole = (a: RankingMetrics, b: RankingMetrics): RankingMetrics => {
    const mean = (pick: (m: RankingMetrics) => number) =>
      (pick(a) * a.queries + pick(b) * b.queries) / (a.queries + b.queries);
    return {
      queries: a.queries + b.queries,
      recallAtK: mean((m) => m.recallAtK),
      mrr: mean((m) => m.mrr),
      k: 10,
    };
  };
  lines.push(`  chosen on A: learned x ${factor}, well trodden: ${trodden} best (0: the rule as before)`);
  line('  product, neighbours (before), half A', beforeA!);
  line('  product, neighbours (before), half B', beforeB!);
  line('  product, neighbours (before), whole set', whole(beforeA!, beforeB!));
  line(`  learned x ${factor}, off-track rule as before, half A`, onA[chosen]!);
  line(`  learned x ${factor}, off-track rule as before, half B`, ruleB!);
  line(`  learned x ${factor}, off-track rule as before, whole set`, whole(onA[chosen]!, ruleB!));
  line(`  shipped: learned x ${factor}, trodden ${trodden}, half A (B's model)`, troddenA[rank]!);
  line(`  shipped: learned x ${factor}, trodden ${trodden}, half B (A's model)`, shippedB!);
  line(`  shipped: learned x ${factor}, trodden ${trodden}, whole set`, whole(troddenA[rank]!, shippedB!));
  lines.push(
    `  (models fitted in ${fitted.toFixed(0)} s; ${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
  );
  return lines;
}
