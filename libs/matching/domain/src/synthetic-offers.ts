import type { ContractType, JobOffer } from './job-offer';
import { pick, seededRandom } from './seeded-random';

/**
 * Realistic synthetic job offers (no real postings are available): a ROME job title of the
 * occupation as the offer's title, a sample of the occupation's skills, a commune, a contract.
 * Deterministic for a seed, so tests and benchmarks see the same offers on every machine.
 */
export interface OfferGeneratorInput {
  count: number;
  seed: number;
  occupations: readonly { code: string; skillCodes: readonly string[]; weight?: number }[];
  titlesByOccupation: ReadonlyMap<string, readonly string[]>;
  communes: readonly { code: string; departmentCode: string; regionCode: string }[];
  /** The day offers are published around (ISO date). */
  today: string;
}

const CONTRACT_WEIGHTS: [ContractType, number][] = [
  ['permanent', 0.45],
  ['fixed_term', 0.25],
  ['temporary', 0.2],
  ['apprenticeship', 0.06],
  ['freelance', 0.04],
];

export function generateOffers(input: OfferGeneratorInput): JobOffer[] {
  const random = seededRandom(input.seed);
  const occupations = input.occupations.filter((o) => o.skillCodes.length > 0);
  if (occupations.length === 0 || input.communes.length === 0) return [];
  const cumulative: number[] = [];
  let total = 0;
  for (const occupation of occupations) cumulative.push((total += occupation.weight ?? 1));
  const today = Date.parse(`${input.today}T00:00:00Z`);
  const offers: JobOffer[] = [];
  for (let i = 0; i < input.count; i++) {
    const occupation = occupations[lowerBound(cumulative, random() * total)];
    const titles = input.titlesByOccupation.get(occupation.code) ?? [occupation.code];
    const commune = pick(random, input.communes);
    const skillCount = Math.min(occupation.skillCodes.length, 5 + Math.floor(random() * 8));
    const published = today - Math.floor(random() * 30) * 86_400_000;
    const contractType = weighted(random, CONTRACT_WEIGHTS);
    offers.push({
      id: uuidFrom(random),
      occupationCode: occupation.code,
      title: pick(random, titles),
      communeCode: commune.code,
      departmentCode: commune.departmentCode,
      regionCode: commune.regionCode,
      contractType,
      skillCodes: sample(random, occupation.skillCodes, skillCount),
      publishedOn: isoDate(published),
      expiresOn:
        contractType === 'permanent' && random() < 0.3
          ? null
          : isoDate(published + (30 + Math.floor(random() * 60)) * 86_400_000),
    });
  }
  return offers;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function weighted<T>(random: () => number, items: readonly [T, number][]): T {
  let roll = random();
  for (const [item, weight] of items) {
    if ((roll -= weight) < 0) return item;
  }
  return items[items.length - 1][0];
}

function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** A version-4 shaped UUID from the seeded generator (not random.uuid: it must repeat). */
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
