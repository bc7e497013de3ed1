import { resolve } from 'node:path';
import { OccupationSimilarity, rankingMetrics, type SimilarityFeatures } from '@passerelle/matching/domain';
import { catalogueFromRelease, readRomeRelease } from '@passerelle/matching/feature-reference';

/**
 * Recommendation quality against ROME's own mobility links as held-out truth: for each occupation,
 * rank all the others from skills and RIASEC alone (no mobility feature) and measure how many of
 * the occupations ROME lists as mobilities come in the top 10 (recall@10) and how early the first
 * one comes (MRR). A skills-only ranking runs beside it as the baseline.
 *
 *   npm run eval:recommendations -- [--from ../shared/data]
 */
function main(): void {
  const fromIndex = process.argv.indexOf('--from');
  const directory = resolve(fromIndex > 0 ? process.argv[fromIndex + 1]! : '../shared/data');
  const started = Date.now();
  const release = readRomeRelease(directory);
  const { catalogue, skills } = catalogueFromRelease(release);
  const similarity = new OccupationSimilarity(catalogue, skills);
  const sources = catalogue.occupations.filter(
    (occupation) => catalogue.mobilityTargets(occupation.code).size > 0,
  );

  const run = (features: SimilarityFeatures, weight?: number) =>
    rankingMetrics(
      sources.map((source) => ({
        ranked: similarity.rank(source.code, features, weight),
        relevant: new Set(catalogue.mobilityTargets(source.code).keys()),
      })),
      10,
    );

  const baseline = run('skills');
  const rows: [string, ReturnType<typeof run>][] = [['skills only (baseline)', baseline]];
  const weights = process.argv.includes('--sweep') ? [0.1, 0.2, 0.3, 0.4, 0.5, 0.7] : [0.3];
  for (const weight of weights) rows.push([`skills + RIASEC (w=${weight})`, run('skills_riasec', weight)]);
  // For information: the same ranking lifted for the source's professional domain (not a RIASEC feature).
  rows.push(['skills + same domain (x1.5)', run('skills_domain', 0.5)]);

  console.log(
    `ROME ${release.release}: ${sources.length} occupations with mobility links, ${release.mobility.length} links`,
  );
  console.log('features                     recall@10   MRR      vs baseline (recall, MRR)');
  for (const [name, metrics] of rows) {
    console.log(
      `${name.padEnd(28)} ${metrics.recallAtK.toFixed(4).padStart(8)}   ${metrics.mrr.toFixed(4)}   ` +
        `x${(metrics.recallAtK / baseline.recallAtK).toFixed(3)}, x${(metrics.mrr / baseline.mrr).toFixed(3)}`,
    );
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main();
