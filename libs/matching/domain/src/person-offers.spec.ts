import { sampleCatalogue } from './fixtures/sample-catalogue';
import type { JobOffer } from './job-offer';
import { rankPersonOffers, type PersonOffersInput } from './person-offers';

const reference = sampleCatalogue();
const offer = (id: string, occupationCode: string, departmentCode: string): JobOffer => ({
  id,
  occupationCode,
  title: `Offre ${id}`,
  communeCode: '00000',
  departmentCode,
  regionCode: '',
  contractType: 'permanent',
  skillCodes: ['stock', 'inventory', 'team'],
  publishedOn: '2026-11-20',
  expiresOn: null,
});
const base: PersonOffersInput = {
  candidateId: 'p1',
  profile: { formerOccupationCode: 'N1103', track: null, hollandCode: [], ratedSkills: [] },
  recommendations: [
    { occupationCode: 'N1103', rank: 1, score: 0.9, proximity: 'same' },
    { occupationCode: 'N1301', rank: 2, score: 0.6, proximity: 'close' },
  ],
  feedback: [],
  searchDepartments: [],
  offers: [offer('a', 'N1103', '69'), offer('b', 'N1301', '69'), offer('c', 'N1103', '75')],
  previous: [],
};
const ids = (input: PersonOffersInput) => rankPersonOffers(input, reference, 20)?.map((o) => o.offerId);

describe("a person's offer list", () => {
  it.each<[string, Partial<PersonOffersInput>, string[] | undefined]>([
    ['anywhere: every live offer of their occupations', {}, ['a', 'c', 'b']],
    ['in Lyon only', { searchDepartments: ['69'] }, ['a', 'b']],
    ['not relevant: gone', { feedback: [{ offerId: 'a', verdict: 'not_relevant' }] }, ['c', 'b']],
    [
      'no recommendations any more: an empty list',
      { recommendations: [], previous: [{ offerId: 'a', score: 1 }] },
      [],
    ],
  ])('%s', (_label, change, expected) => {
    expect(ids({ ...base, ...change })).toEqual(expected);
  });

  it('lifts an offer marked interested', () => {
    const scoreOf = (input: PersonOffersInput) =>
      rankPersonOffers(input, reference, 20)!.find((o) => o.offerId === 'b')!.score;
    expect(scoreOf({ ...base, feedback: [{ offerId: 'b', verdict: 'interested' }] })).toBeGreaterThan(
      scoreOf(base),
    );
  });

  it('is null when nothing changed, so nothing is stored or announced', () => {
    const first = rankPersonOffers(base, reference, 20)!;
    const previous = first.map(({ offerId, score }) => ({ offerId, score }));
    expect(rankPersonOffers({ ...base, previous }, reference, 20)).toBeNull();
    expect(rankPersonOffers({ ...base, previous: previous.slice(1) }, reference, 20)).not.toBeNull();
  });

  it('ranks from 1 and says why each offer is there', () => {
    const [top] = rankPersonOffers(base, reference, 20)!;
    expect(top).toMatchObject({ offerId: 'a', rank: 1 });
    expect(top!.explanation).toContain('« Offre a » (CDI, département 69).');
  });

  it('keeps at most the limit', () => {
    expect(rankPersonOffers(base, reference, 2)).toHaveLength(2);
  });
});
