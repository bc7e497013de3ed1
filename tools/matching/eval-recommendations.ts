import { resolve } from 'node:path';
import {
  demandScale,
  OccupationSimilarity,
  rankingMetrics,
  SkillSpace,
  type SimilarityFeatures,
} from '@passerelle/matching/domain';
import { catalogueFromRelease, readRomeRelease } from '@passerelle/matching/feature-reference';
import { nationalDemand } from './national-demand';

/**
 * Recommendation quality against ROME's own mobility links as held-out truth: for each occupation,
 * rank all the others without the mobility links (they are the truth) and measure how many of the
 * occupations ROME lists as mobilities come in the top 10 (recall@10) and how early the first one
 * comes (MRR). The ablation adds one signal at a time, as the ranking uses them: skills with every
 * skill equal, with IDF weights, with the product's specificity weights, then interests (the
 * source occupation's RIASEC code standing for the person's), the qualification level, and the
 * national demand (BMO 2025).
 *
 *   npm run eval:recommendations -- [--from ../shared/data] [--sweep]
 */
function main(): void {
  const fromIndex = process.argv.indexOf('--from');
  const directory = resolve(fromIndex > 0 ? process.argv[fromIndex + 1]! : '../shared/data');
  const started = Date.now();
  const release = readRomeRelease(directory);
  const { catalogue, skills } = catalogueFromRelease(release);
  const demand = nationalDemand(directory, release);
  const lists = [...catalogue.skillSets.values()].map((set) => [...set]);
  const demandInput = { demandFor: (code: string) => demand.get(code) ?? null, scale: demandScale(demand) };
  const raw = new OccupationSimilarity(catalogue, new SkillSpace(lists, { exponent: 0 }));
  const idf = new OccupationSimilarity(catalogue, new SkillSpace(lists));
  const specific = new OccupationSimilarity(catalogue, skills, demandInput);
  const sources = catalogue.occupations.filter(
    (occupation) => catalogue.mobilityTargets(occupation.code).size > 0,
  );

  const run = (similarity: OccupationSimilarity, features: SimilarityFeatures = {}) =>
    rankingMetrics(
      sources.map((source) => ({
        ranked: similarity.rank(source.code, features),
        relevant: new Set(catalogue.mobilityTargets(source.code).keys()),
      })),
      10,
    );

  const full = { interests: 0.2, level: 0.3, demand: 0.1 };
  const rows: [string, ReturnType<typeof run>][] = [
    ['skills raw (every skill 1)', run(raw)],
    ['skills, IDF (before)', run(idf)],
    ['skills weighted (IDF², general x0.5)', run(specific)],
    ['+ interests', run(specific, { interests: full.interests })],
    ['+ level', run(specific, { interests: full.interests, level: full.level })],
    ['+ demand', run(specific, full)],
    ['for information: + same domain', run(specific, { ...full, domain: 0.5 })],
  ];
  if (process.argv.includes('--sweep')) {
    for (const weight of [0.1, 0.2, 0.3, 0.5]) {
      rows.push([`sweep: interests ${weight}`, run(specific, { interests: weight })]);
      rows.push([`sweep: level ${weight}`, run(specific, { level: weight })]);
      rows.push([`sweep: demand ${weight}`, run(specific, { demand: weight })]);
    }
  }
  const baseline = rows[1]![1];

  console.log(
    `ROME ${release.release}: ${sources.length} occupations with mobility links, ${release.mobility.length} links;` +
      ` weights ${JSON.stringify(full)}`,
  );
  console.log('features                            recall@10   MRR      vs IDF (recall, MRR)');
  for (const [name, metrics] of rows) {
    console.log(
      `${name.padEnd(35)} ${metrics.recallAtK.toFixed(4).padStart(8)}   ${metrics.mrr.toFixed(4)}   ` +
        `x${(metrics.recallAtK / baseline.recallAtK).toFixed(3)}, x${(metrics.mrr / baseline.mrr).toFixed(3)}`,
    );
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main();
