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
  type Weights,
  TRACK_WEIGHTS,
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
  weights?: Weights,
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
    { limit: PRODUCT_LIMIT, weights },
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

/**
 * The mobility's weight for a person without a track (the evaluation's person) tried on half A,
 * the other weights as shipped (`TRACK_WEIGHTS.unknown`); 0.2 is the weight before wt-recall. The
 * learned score's share (`LEARNED_MOBILITY_FACTOR`, 1) and the well-trodden rank
 * (`WELL_TRODDEN_RANK`, 10) stay as chosen before (docs/matching.md, "Shipped").
 */
export const MOBILITY_WEIGHTS_TRIED = [0.2, 0.5, 0.7, 1];
/** The mobility's weight of a person without a track before wt-recall. */
export const MOBILITY_WEIGHT_BEFORE = 0.2;

type Query = { ranked: string[]; relevant: Set<string> };

/**
 * The product's ranking without the model (the neighbours' score, as before wt-boost) and with it
 * (cross-fitted), for each mobility weight asked; the lines to print. The weight is chosen on half
 * A (ranked by B's model) among `MOBILITY_WEIGHTS_TRIED`, objective recall@10 + MRR / 2, then
 * measured on half B (ranked by A's model) beside the weight before.
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
  const weightsOf = (mobility: number): Weights => ({ ...TRACK_WEIGHTS.unknown, mobility });
  /** Per half: the product without the model (weight before), then with it at each weight asked. */
  const measure = (i: number, weights: readonly number[]): RankingMetrics[] => {
    const model = models[1 - i]!;
    const runs: Query[][] = [[], ...weights.map(() => [])];
    for (const source of halves[i]!) {
      const relevant = new Set(catalogue.mobilityTargets(source.code).keys());
      // One held-out catalogue per source: the model's scores are computed once for every weight.
      const view = heldOut(occupations, links, source.code);
      runs[0]!.push({
        ranked: productRanking(
          view,
          skills,
          nationalDemand,
          scale,
          source,
          undefined,
          weightsOf(MOBILITY_WEIGHT_BEFORE),
        ),
        relevant,
      });
      weights.forEach((weight, w) =>
        runs[w + 1]!.push({
          ranked: productRanking(
            view,
            skills,
            nationalDemand,
            scale,
            source,
            { model, nationalDemand },
            weightsOf(weight),
          ),
          relevant,
        }),
      );
    }
    return runs.map((queries) => rankingMetrics(queries, 10));
  };
  const lines = ["the product's ranking (rankOccupations), each source's links held out"];
  const line = (name: string, m: RankingMetrics) =>
    lines.push(`${name.padEnd(58)} ${m.recallAtK.toFixed(4)}   ${m.mrr.toFixed(4)}   (${m.queries})`);
  const objective = (m: RankingMetrics) => m.recallAtK + m.mrr / 2;
  const [neighboursA, ...onA] = measure(0, MOBILITY_WEIGHTS_TRIED);
  let chosen = 0;
  onA.forEach((m, w) => {
    line(`  half A (B's model), mobility weighs ${MOBILITY_WEIGHTS_TRIED[w]}`, m);
    if (objective(m) > objective(onA[chosen]!)) chosen = w;
  });
  const weight = MOBILITY_WEIGHTS_TRIED[chosen]!;
  const before = MOBILITY_WEIGHTS_TRIED.indexOf(MOBILITY_WEIGHT_BEFORE);
  const [neighboursB, beforeB, shippedB] = measure(1, [MOBILITY_WEIGHT_BEFORE, weight]);
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
  lines.push(`  chosen on A: mobility weighs ${weight} (${MOBILITY_WEIGHT_BEFORE} before)`);
  line('  product, neighbours (before wt-boost), whole set', whole(neighboursA!, neighboursB!));
  line(`  learned, mobility ${MOBILITY_WEIGHT_BEFORE} (before), half A`, onA[before]!);
  line(`  learned, mobility ${MOBILITY_WEIGHT_BEFORE} (before), half B`, beforeB!);
  line(`  learned, mobility ${MOBILITY_WEIGHT_BEFORE} (before), whole set`, whole(onA[before]!, beforeB!));
  line(`  shipped: mobility ${weight}, half A (B's model)`, onA[chosen]!);
  line(`  shipped: mobility ${weight}, half B (A's model)`, shippedB!);
  line(`  shipped: mobility ${weight}, whole set`, whole(onA[chosen]!, shippedB!));
  lines.push(
    `  (models fitted in ${fitted.toFixed(0)} s; ${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
  );
  return lines;
}
