import { sampleCatalogue, SAMPLE_OCCUPATIONS } from './fixtures/sample-catalogue';
import type { JobOffer, Reach } from './job-offer';
import { OfferMatchingEngine } from './offer-matching';
import { seededRandom } from './seeded-random';
import { generateOffers } from './synthetic-offers';

const { skills } = sampleCatalogue();
const communes = [
  { code: '69123', departmentCode: '69', regionCode: '84' },
  { code: '38185', departmentCode: '38', regionCode: '84' },
  { code: '75056', departmentCode: '75', regionCode: '11' },
];
const offers = (count: number, seed = 1): JobOffer[] =>
  generateOffers({
    count,
    seed,
    occupations: SAMPLE_OCCUPATIONS,
    titlesByOccupation: new Map([['N1103', ['Magasinier / Magasinière']]]),
    communes,
    today: '2026-11-23',
  });
const lyon: Reach = { kind: 'departments', departments: new Set(['69']) };
const offer = (
  id: string,
  occupationCode: string,
  departmentCode: string,
  skillCodes: string[],
): JobOffer => ({
  id,
  occupationCode,
  title: occupationCode,
  communeCode: '00000',
  departmentCode,
  regionCode: '84',
  contractType: 'permanent',
  skillCodes,
  publishedOn: '2026-11-20',
  expiresOn: null,
});

describe('generateOffers', () => {
  it('is deterministic for a seed and realistic in shape', () => {
    const first = offers(50);
    expect(offers(50)).toEqual(first);
    expect(offers(50, 2)).not.toEqual(first);
    for (const o of first) {
      const occupation = SAMPLE_OCCUPATIONS.find((x) => x.code === o.occupationCode)!;
      expect(o.skillCodes.every((code) => occupation.skillCodes.includes(code))).toBe(true);
      expect(new Set(o.skillCodes).size).toBe(o.skillCodes.length);
      expect(o.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(communes.map((c) => c.code)).toContain(o.communeCode);
    }
    expect(
      first.filter((o) => o.occupationCode === 'N1103').every((o) => o.title === 'Magasinier / Magasinière'),
    ).toBe(true);
  });
});

describe('OfferMatchingEngine', () => {
  it('ranks through its indexes exactly as a brute-force scan does', () => {
    const engine = new OfferMatchingEngine(skills, 10);
    engine.loadOffers(offers(400));
    const random = seededRandom(3);
    for (let i = 0; i < 30; i++) {
      const targets = SAMPLE_OCCUPATIONS.filter(() => random() < 0.5).map((o) => ({
        occupationCode: o.code,
        score: random(),
      }));
      const reach: Reach =
        random() < 0.3 ? { kind: 'national' } : { kind: 'departments', departments: new Set(['69', '38']) };
      const indexed = engine.upsertSeeker({
        candidateId: `p${i}`,
        skillCodes: ['stock', 'team'],
        targets,
        reach,
      });
      expect(indexed).toEqual(engine.rankBruteForce(`p${i}`));
    }
  });

  it('re-ranks only the people a new offer fits, by occupation and reach', () => {
    const engine = new OfferMatchingEngine(skills, 3);
    engine.upsertSeeker({
      candidateId: 'warehouse-lyon',
      skillCodes: ['stock', 'forklift'],
      targets: [{ occupationCode: 'N1103', score: 0.9 }],
      reach: lyon,
    });
    engine.upsertSeeker({
      candidateId: 'warehouse-paris',
      skillCodes: ['stock'],
      targets: [{ occupationCode: 'N1103', score: 0.9 }],
      reach: { kind: 'departments', departments: new Set(['75']) },
    });
    engine.upsertSeeker({
      candidateId: 'developer',
      skillCodes: ['code'],
      targets: [{ occupationCode: 'M1805', score: 0.9 }],
      reach: { kind: 'national' },
    });
    expect(engine.addOffer(offer('o1', 'N1103', '69', ['stock', 'forklift']))).toEqual(['warehouse-lyon']);
    expect(engine.matchesFor('warehouse-lyon')).toEqual([
      { offerId: 'o1', occupationCode: 'N1103', score: 1, skillCoverage: 1 },
    ]);
    expect(engine.addOffer(offer('o2', 'M1805', '13', ['code', 'test']))).toEqual(['developer']);
    expect(engine.matchesFor('warehouse-paris')).toEqual([]);
  });

  it('drops an expired offer from the lists that had it and fills the gap from the index', () => {
    const engine = new OfferMatchingEngine(skills, 1);
    engine.loadOffers([offer('a', 'N1103', '69', ['stock']), offer('b', 'N1103', '69', ['team'])]);
    engine.upsertSeeker({
      candidateId: 'p',
      skillCodes: ['stock'],
      targets: [{ occupationCode: 'N1103', score: 1 }],
      reach: lyon,
    });
    expect(engine.matchesFor('p').map((m) => m.offerId)).toEqual(['a']);
    expect(engine.removeOffer('b')).toEqual([]);
    engine.loadOffers([offer('b', 'N1103', '69', ['team'])]);
    expect(engine.removeOffer('a')).toEqual(['p']);
    expect(engine.matchesFor('p').map((m) => m.offerId)).toEqual(['b']);
  });

  it('hides offers marked not relevant and lifts those marked interested', () => {
    const engine = new OfferMatchingEngine(skills, 5);
    engine.loadOffers([
      offer('a', 'N1103', '69', ['stock']),
      offer('b', 'N1103', '69', ['team']),
      offer('c', 'N1103', '69', ['parcel']),
    ]);
    const seeker = {
      candidateId: 'p',
      skillCodes: ['stock'],
      targets: [{ occupationCode: 'N1103', score: 1 }],
      reach: lyon,
    };
    expect(engine.upsertSeeker(seeker).map((m) => m.offerId)).toEqual(['a', 'b', 'c']);
    const after = engine.upsertSeeker({ ...seeker, notRelevant: new Set(['a']), interested: new Set(['c']) });
    expect(after.map((m) => m.offerId)).toEqual(['c', 'b']);
  });
});
