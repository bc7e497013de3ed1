import { sampleCatalogue } from './fixtures/sample-catalogue';
import {
  classify,
  demandScore,
  mobilityScore,
  personSkills,
  rankOccupations,
  type CandidateProfile,
  type RankingContext,
} from './occupation-ranking';

const { catalogue, skills } = sampleCatalogue();
const context = (demand: Record<string, { projects: number; hardToFill: number }> = {}): RankingContext => ({
  catalogue,
  skills,
  demandFor: (code) => demand[code] ?? null,
  demandScale: 1000,
});
const warehouseWorker: CandidateProfile = {
  formerOccupationCode: 'N1103',
  track: 'direct_reemployment',
  hollandCode: ['R', 'C'],
  ratedSkills: [],
};

describe('classify', () => {
  it.each([
    ['N1103', 'N1103', null, 'same'],
    ['N1103', 'N4105', 2, 'close'],
    ['N1301', 'N1103', null, 'off_track'],
    ['N1103', 'M1805', null, 'off_track'],
    [null, 'N1103', null, 'off_track'],
  ] as const)('%s -> %s (mobility %s) is %s', (former, target, order, expected) => {
    expect(classify(former, catalogue.byCode.get(target)!, order)).toBe(expected);
  });

  it('calls an occupation of the same professional domain close', () => {
    const sibling = { ...catalogue.byCode.get('N1301')!, code: 'N1302' };
    expect(classify('N1301', sibling, null)).toBe('close');
  });
});

describe('scores', () => {
  it.each([
    [null, false, 0],
    [null, true, 1],
    [1, false, 1],
    [3, false, 0.9],
    [30, false, 0.5],
  ])('mobility order %s (same %s) = %s', (order, same, expected) => {
    expect(mobilityScore(order, same)).toBeCloseTo(expected, 6);
  });

  it.each([
    [null, null],
    [{ projects: 0, hardToFill: 0 }, 0],
    [{ projects: 1000, hardToFill: 10 }, 1],
    [{ projects: 5000, hardToFill: 10 }, 1],
  ])('demand %j = %s', (demand, expected) => {
    const score = demandScore(demand, 1000);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 6);
  });
});

describe('personSkills', () => {
  it('starts from the former occupation, adds skills rated 3+ and drops those rated 1-2', () => {
    const have = personSkills(
      {
        ...warehouseWorker,
        ratedSkills: [
          { skillCode: 'driving', rating: 4 },
          { skillCode: 'forklift', rating: 1 },
        ],
      },
      catalogue,
    );
    expect([...have].sort()).toEqual(['driving', 'inventory', 'parcel', 'stock', 'team']);
  });
});

describe('rankOccupations', () => {
  it('puts the former occupation first, then its ROME mobilities, with classes', () => {
    const ranked = rankOccupations(warehouseWorker, context(), { limit: 4, minOffTrack: 0 });
    expect(ranked[0]).toMatchObject({ occupationCode: 'N1103', proximity: 'same' });
    expect(ranked.slice(1, 3).map((r) => [r.occupationCode, r.proximity])).toEqual(
      expect.arrayContaining([
        ['N4105', 'close'],
        ['N1301', 'close'],
      ]),
    );
    expect(ranked[3]).toMatchObject({ occupationCode: 'D1106', proximity: 'off_track' });
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('explains shared skills, the gap, the mobility link, interests and constraints', () => {
    const manager = rankOccupations(warehouseWorker, context({ N1301: { projects: 120, hardToFill: 60 } }), {
      limit: 7,
    }).find((r) => r.occupationCode === 'N1301')!;
    expect(manager.sharedSkillCodes.sort()).toEqual(['inventory', 'stock', 'team']);
    expect(manager.missingSkillCodes.sort()).toEqual(['budget', 'planning', 'supplier']);
    expect(manager.constraints).toEqual(['executive']);
    expect(manager.explanation).toContain('Un métier proche du vôtre : Responsable logistique (N1301).');
    expect(manager.explanation).toContain('Vous avez déjà 3 des 6 compétences du métier');
    expect(manager.explanation).toContain('Suivre un budget');
    expect(manager.explanation).toContain('« Magasinier / Magasinière » (suggestion n° 1)');
    expect(manager.explanation).toContain('Vos intérêts (RC)');
    expect(manager.explanation).toContain('120 projets de recrutement en 2025, dont 50 % jugés difficiles');
    expect(manager.explanation).toContain('Poste de cadre');
  });

  it('flags and discounts regulated jobs', () => {
    const ranked = rankOccupations(warehouseWorker, context(), { limit: 7 });
    const driver = ranked.find((r) => r.occupationCode === 'N4105')!;
    expect(driver.constraints).toEqual(['regulated']);
    expect(driver.explanation).toContain('Métier réglementé');
  });

  it('keeps off-track doors open even when close occupations fill the list', () => {
    const ranked = rankOccupations(warehouseWorker, context(), { limit: 3, minOffTrack: 1 });
    expect(ranked).toHaveLength(3);
    expect(ranked.filter((r) => r.proximity === 'off_track')).toHaveLength(1);
    expect(ranked[0]!.proximity).toBe('same');
  });

  it('lets local demand lift an occupation', () => {
    const without = rankOccupations(warehouseWorker, context(), { limit: 7, minOffTrack: 0 });
    const withDemand = rankOccupations(
      warehouseWorker,
      context({ D1106: { projects: 1000, hardToFill: 500 } }),
      {
        limit: 7,
        minOffTrack: 0,
      },
    );
    const scoreOf = (list: typeof without) => list.find((r) => r.occupationCode === 'D1106')!.score;
    expect(scoreOf(withDemand)).toBeGreaterThan(scoreOf(without));
  });

  it('ranks by interests alone for a person with no occupation and no skills', () => {
    const ranked = rankOccupations(
      { formerOccupationCode: null, track: 'retraining', hollandCode: ['S', 'A'], ratedSkills: [] },
      context(),
      { limit: 2, minOffTrack: 0 },
    );
    expect(ranked[0]!.occupationCode).toBe('K2111');
  });

  it('returns nothing for an empty profile', () => {
    expect(
      rankOccupations(
        { formerOccupationCode: null, track: null, hollandCode: [], ratedSkills: [] },
        context(),
      ),
    ).toEqual([]);
  });
});
