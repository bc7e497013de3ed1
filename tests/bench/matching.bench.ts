// Offer matching at the brief's scale: 10,000 people against 50,000 generated offers, and one new
// offer re-matched, each beside a brute-force baseline measured in the same run (ratio = baseline /
// ours, higher is better). Not a test: it prints figures. Reads ROME and INSEE files in place.
//   npm run bench:matching [-- --people 10000 --offers 50000 --from ../shared/data --full-baseline]
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import {
  OfferMatchingEngine,
  generateOffers,
  parseHollandCode,
  pick,
  rankOccupations,
  SHIPPED_MOBILITY_MODEL,
  seededRandom,
  TRACKS_FOR_BENCH,
  type Reach,
} from '@passerelle/matching/domain';
import {
  catalogueFromRelease,
  readInseeZones,
  readRomeRelease,
} from '@passerelle/matching/feature-reference';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    offers: { type: 'string', default: '50000' },
    'new-offers': { type: 'string', default: '300' },
    'baseline-sample': { type: 'string', default: '1000' },
    'full-baseline': { type: 'boolean', default: false },
    from: { type: 'string', default: '../shared/data' },
  },
});
const PEOPLE = Number(values.people);
const OFFERS = Number(values.offers);
const NEW_OFFERS = Number(values['new-offers']);
const SAMPLE = values['full-baseline'] ? PEOPLE : Math.min(PEOPLE, Number(values['baseline-sample']));

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const ms = (value: number): string => `${value.toFixed(value < 10 ? 3 : 0)} ms`;

function main(): void {
  const directory = resolve(values.from!);
  const release = readRomeRelease(directory);
  const { catalogue, skills } = catalogueFromRelease(release);
  const { communes } = readInseeZones(directory);
  const titles = new Map<string, string[]>();
  for (const title of release.titles)
    titles.set(title.romeCode, [...(titles.get(title.romeCode) ?? []), title.label]);
  const departmentsByRegion = new Map<string, Set<string>>();
  for (const c of communes)
    departmentsByRegion.set(
      c.regionCode,
      (departmentsByRegion.get(c.regionCode) ?? new Set()).add(c.departmentCode),
    );
  const generatorInput = {
    occupations: catalogue.occupations,
    titlesByOccupation: titles,
    communes,
    today: '2026-11-23',
  };

  // People: a former occupation, a Holland code, a track and a reach (own department 60 %,
  // own region 25 %, anywhere 15 %). Their occupation recommendations are computed first.
  const random = seededRandom(42);
  const occupations = catalogue.occupations;
  let started = performance.now();
  const people = Array.from({ length: PEOPLE }, (_, i) => {
    const former = pick(random, occupations);
    const home = pick(random, communes);
    const roll = random();
    const reach: Reach =
      roll < 0.15
        ? { kind: 'national' }
        : roll < 0.4
          ? { kind: 'departments', departments: departmentsByRegion.get(home.regionCode)! }
          : { kind: 'departments', departments: new Set([home.departmentCode]) };
    const holland = parseHollandCode(
      ['R', 'I', 'A', 'S', 'E', 'C']
        .sort(() => random() - 0.5)
        .slice(0, 3)
        .join(''),
    );
    const recommendations = rankOccupations(
      {
        formerOccupationCode: former.code,
        track: pick(random, TRACKS_FOR_BENCH),
        hollandCode: holland,
        ratedSkills: [],
      },
      // With the learned mobility as the service ranks (no demand figures here, as for the people).
      {
        catalogue,
        skills,
        demandFor: () => null,
        demandScale: 1,
        mobility: { model: SHIPPED_MOBILITY_MODEL, nationalDemand: new Map() },
      },
      { limit: 20 },
    );
    return {
      candidateId: `person-${i}`,
      skillCodes: former.skillCodes,
      targets: recommendations.map((r) => ({ occupationCode: r.occupationCode, score: r.score })),
      reach,
    };
  });
  const recommendationMs = performance.now() - started;

  const engine = new OfferMatchingEngine(skills, 20);
  const offers = generateOffers({ ...generatorInput, count: OFFERS, seed: 7 });
  engine.loadOffers(offers);

  // Full ranking through the indexes (CPU time too: these machines are shared).
  started = performance.now();
  const cpu = process.cpuUsage();
  for (const person of people) engine.upsertSeeker(person);
  const indexedMs = performance.now() - started;
  const indexedCpuMs = process.cpuUsage(cpu).user / 1000;
  let listed = 0;
  for (const person of people) listed += engine.matchesFor(person.candidateId).length;

  // Brute force: every offer scanned for each person (on a sample unless --full-baseline).
  started = performance.now();
  const bruteCpu = process.cpuUsage();
  let identical = 0;
  for (const person of people.slice(0, SAMPLE)) {
    const brute = engine.rankBruteForce(person.candidateId);
    if (JSON.stringify(brute) === JSON.stringify(engine.matchesFor(person.candidateId))) identical++;
  }
  const bruteSampleMs = performance.now() - started;
  const bruteMs = (bruteSampleMs * PEOPLE) / SAMPLE;
  const bruteCpuMs = ((process.cpuUsage(bruteCpu).user / 1000) * PEOPLE) / SAMPLE;

  // One new offer: through the people index, vs scanning every person.
  const fresh = generateOffers({ ...generatorInput, count: NEW_OFFERS * 2, seed: 99 });
  const indexedTimes: number[] = [];
  const affectedCounts: number[] = [];
  for (const offer of fresh.slice(0, NEW_OFFERS)) {
    const t = performance.now();
    affectedCounts.push(engine.addOffer(offer).length);
    indexedTimes.push(performance.now() - t);
  }
  const bruteTimes: number[] = [];
  for (const offer of fresh.slice(NEW_OFFERS)) {
    const t = performance.now();
    engine.addOfferBruteForce(offer);
    bruteTimes.push(performance.now() - t);
  }
  // An expiring offer: only the people who listed it are re-ranked.
  const expiryTimes: number[] = [];
  for (const offer of fresh.slice(0, NEW_OFFERS)) {
    const t = performance.now();
    engine.removeOffer(offer.id);
    expiryTimes.push(performance.now() - t);
  }
  for (const list of [indexedTimes, bruteTimes, expiryTimes, affectedCounts]) list.sort((a, b) => a - b);

  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `matching benchmark: ${PEOPLE} people, ${OFFERS} offers, ${occupations.length} ROME occupations (load average ${load})`,
  );
  console.log(
    `setup: occupation recommendations for ${PEOPLE} people in ${(recommendationMs / 1000).toFixed(1)} s (${ms(recommendationMs / PEOPLE)} each)`,
  );
  console.log('figure                               brute force      indexed        ratio (brute/indexed)');
  console.log(
    `full ranking, ${PEOPLE} people`.padEnd(36) +
      `${(bruteMs / 1000).toFixed(2)} s${SAMPLE < PEOPLE ? '*' : ' '}`.padStart(12) +
      `${(indexedMs / 1000).toFixed(2)} s`.padStart(15) +
      `x${(bruteMs / indexedMs).toFixed(1)}`.padStart(14),
  );
  console.log(
    `  same, CPU time`.padEnd(36) +
      `${(bruteCpuMs / 1000).toFixed(2)} s${SAMPLE < PEOPLE ? '*' : ' '}`.padStart(12) +
      `${(indexedCpuMs / 1000).toFixed(2)} s`.padStart(15) +
      `x${(bruteCpuMs / indexedCpuMs).toFixed(1)}`.padStart(14),
  );
  console.log(
    'one new offer re-matched, p95'.padEnd(36) +
      ms(percentile(bruteTimes, 0.95)).padStart(12) +
      ms(percentile(indexedTimes, 0.95)).padStart(15) +
      `x${(percentile(bruteTimes, 0.95) / percentile(indexedTimes, 0.95)).toFixed(1)}`.padStart(14),
  );
  console.log(
    'one new offer re-matched, p50'.padEnd(36) +
      ms(percentile(bruteTimes, 0.5)).padStart(12) +
      ms(percentile(indexedTimes, 0.5)).padStart(15) +
      `x${(percentile(bruteTimes, 0.5) / percentile(indexedTimes, 0.5)).toFixed(1)}`.padStart(14),
  );
  console.log(
    `one offer expiring (indexed), p95: ${ms(percentile(expiryTimes, 0.95))}; max ${ms(expiryTimes[expiryTimes.length - 1]!)}`,
  );
  console.log(
    `people affected by a new offer: median ${percentile(affectedCounts, 0.5)}, p95 ${percentile(affectedCounts, 0.95)}; ` +
      `${listed} offer matches listed; index and brute force agree for ${identical}/${SAMPLE} people`,
  );
  if (SAMPLE < PEOPLE)
    console.log(
      `* brute force timed on ${SAMPLE} people and scaled to ${PEOPLE} (--full-baseline runs them all)`,
    );
  console.log(
    `targets: full ranking < 10 s ${indexedMs < 10_000 ? 'met' : 'MISSED'}; new offer p95 < 200 ms ${percentile(indexedTimes, 0.95) < 200 ? 'met' : 'MISSED'}`,
  );
}

runBenchmark(async () => main());
