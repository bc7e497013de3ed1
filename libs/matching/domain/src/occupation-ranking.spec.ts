import { OccupationCatalogue, type Occupation } from './catalogue';
import { occupationWithSkills } from './fixtures/occupation-with-skills';
import { sampleCatalogue } from './fixtures/sample-catalogue';
import {
  breaksOffTrackRule,
  classify,
  isSpecificSkill,
  demandScore,
  levelFit,
  mobilityScore,
  NEIGHBOUR_MOBILITY_FACTOR,
  occupationRanker,
  personSkills,
  rankOccupations,
  type CandidateProfile,
  type OffTrackCase,
  type RankingContext,
} from './occupation-ranking';
import type { QualificationLevel } from './qualification-level';
import { parseHollandCode } from './riasec';
import { SkillSpace } from './skill-space';

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
    expect(manager.explanation).toContain('Un métier proche du vôtre : Responsable logistique.');
    expect(manager.explanation).toContain("Vous savez déjà faire ce qu'il demande de plus particulier");
    expect(manager.explanation).toContain('À apprendre, par exemple : ');
    expect(manager.explanation).toContain('Suivre un budget');
    expect(manager.explanation).toContain("C'est une évolution courante après « Magasinier / Magasinière ».");
    expect(manager.explanation).toContain('ce qui vous intéresse');
    expect(manager.explanation).toContain(
      'Les employeurs prévoient 120 embauches pour ce métier cette année, dont 50 % qu',
    );
    expect(manager.explanation).toContain("C'est un poste de cadre");
    expect(manager.explanationEn).toContain('An occupation close to yours: Responsable logistique.');
    expect(manager.explanationEn).toContain('It is a common next step after "Magasinier / Magasinière".');
    expect(manager.explanationEn).toContain(
      'Employers plan 120 hires in this occupation this year, 50% of which',
    );
  });

  it('says why without codes or jargon, in French and in English', () => {
    const ranked = rankOccupations(warehouseWorker, context({ N1301: { projects: 120, hardToFill: 60 } }), {
      limit: 7,
    });
    for (const item of ranked) {
      for (const text of [item.explanation, item.explanationEn]) {
        expect([item.occupationCode, text]).toEqual([
          item.occupationCode,
          expect.not.stringMatching(/[A-N]\d{4}/),
        ]);
        expect(text).not.toMatch(/ROME|RIASEC|BMO|\([RIASEC]{1,3}\)/);
      }
    }
  });

  it('flags and discounts regulated jobs', () => {
    const ranked = rankOccupations(warehouseWorker, context(), { limit: 7 });
    const driver = ranked.find((r) => r.occupationCode === 'N4105')!;
    expect(driver.constraints).toEqual(['regulated']);
    expect(driver.explanation).toContain("Un diplôme ou une autorisation est obligatoire pour l'exercer.");
    expect(driver.explanationEn).toContain('A diploma or a licence is required to practise it.');
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

describe('levelFit', () => {
  it.each([
    [null, null],
    [0, 1],
    [1, 0.9],
    [3, 0.7],
    [9, 0.4],
    [-1, 0.7],
    [-2, 0.4],
    [-4, 0],
  ])('step %s = %s', (step, expected) => {
    const fit = levelFit(step);
    if (expected === null) expect(fit).toBeNull();
    else expect(fit).toBeCloseTo(expected, 6);
  });
});

describe('the off-track rule', () => {
  const welder = (
    target: Partial<OffTrackCase> & {
      entryLevel: QualificationLevel | null;
      major: Occupation['riasecMajor'];
      fit: number;
    },
  ) =>
    breaksOffTrackRule({
      proximity: 'off_track',
      hasFormerOccupation: true,
      personLevel: 3,
      specificSkillsShared: 0,
      acceptsStepDown: false,
      ...target,
      target: { entryLevel: target.entryLevel, riasecMajor: target.major },
      interests: { fit: target.fit, holland: parseHollandCode('EIR') },
    });

  it.each([
    // [case, target entry level, target's main interest, interest fit, specific skills shared, step down asked, breaks]
    ['fruit picker: no qualification, R, generic skills only', 2, 'R', 0.6, 0, false, true],
    ['window cleaner: no qualification, R, one specific skill', 2, 'R', 0.6, 1, false, true],
    ['cleaning agent: no qualification, R, even with specific skills', 2, 'R', 0.6, 3, false, true],
    ['kitchen assistant: CAP, R, generic skills only', 3, 'R', 0.6, 0, false, true],
    ['barista: CAP, R, one specific skill', 3, 'R', 0.6, 1, false, true],
    ['metal structures fitter: CAP, two specific skills', 3, 'R', 0.62, 2, false, false],
    ['technical sales: E, the first interest, one specific skill', 5, 'E', 0.9, 1, false, false],
    ['sales: E, the first interest, no specific skill', 4, 'E', 0.9, 0, false, true],
    ['a job asking no qualification, called by interests (E)', 2, 'E', 1, 1, false, false],
    ['a job asking no qualification, step down asked, two specific skills', 2, 'R', 0.6, 2, true, false],
    ['a job asking no qualification, step down asked, generic skills only', 2, 'R', 0.6, 0, true, true],
    ['interests fit well but the job is R, third of EIR', 3, 'R', 0.75, 1, false, true],
  ] as const)('%s', (_, entryLevel, major, fit, specificSkillsShared, acceptsStepDown, breaks) => {
    expect(welder({ entryLevel, major, fit, specificSkillsShared, acceptsStepDown })).toBe(breaks);
  });

  it.each([
    ['a close occupation', { proximity: 'close' as const }],
    ['a person with no former occupation', { hasFormerOccupation: false }],
  ])('never applies to %s', (_, change) => {
    expect(welder({ entryLevel: 2, major: 'R', fit: 0, ...change })).toBe(false);
  });

  it.each([
    // [case, target entry level, target's main interest, interest fit, step down asked, well trodden, breaks]
    ['well trodden (the learned model), CAP, no specific skill', 3, 'R', 0.6, false, true, false],
    ['the same target, not well trodden (or no model)', 3, 'R', 0.6, false, false, true],
    ['well trodden, called by interests (E), no specific skill', 4, 'E', 0.9, false, true, false],
    ['well trodden, but no qualification asked of a skilled person', 2, 'R', 0.6, false, true, true],
    ['well trodden, no qualification asked, step down asked', 2, 'R', 0.6, true, true, false],
  ] as const)('%s', (_, entryLevel, major, fit, acceptsStepDown, wellTrodden, breaks) => {
    expect(welder({ entryLevel, major, fit, specificSkillsShared: 0, acceptsStepDown, wellTrodden })).toBe(
      breaks,
    );
  });

  it('does not hold an unskilled person back from jobs asking no qualification that share their skills', () => {
    expect(welder({ entryLevel: 2, major: 'R', fit: 0.6, personLevel: 2, specificSkillsShared: 2 })).toBe(
      false,
    );
  });
});

describe('a welder (EIR, retraining) in a catalogue shaped like ROME', () => {
  // The welder's own skills are specific; "cleanliness", "safety" and "team" are listed by every
  // filler occupation (more than 13), as generic skills are in ROME.
  const fillers: Occupation[] = Array.from({ length: 14 }, (_, i) => ({
    code: `X${String(1000 + i)}`,
    label: `Métier ${i}`,
    domainCode: 'X10',
    riasecMajor: 'C',
    riasecMinor: null,
    skillCodes: ['cleanliness', 'safety', 'team', `own-${i}`],
    regulated: false,
    executive: false,
    entryLevel: 4,
  }));
  const job = (
    code: string,
    label: string,
    riasec: string,
    entryLevel: QualificationLevel,
    skillCodes: string[],
  ): Occupation => ({
    code,
    label,
    domainCode: code.slice(0, 3),
    riasecMajor: (riasec[0] ?? null) as Occupation['riasecMajor'],
    riasecMinor: (riasec[1] ?? null) as Occupation['riasecMinor'],
    skillCodes,
    regulated: false,
    executive: false,
    entryLevel,
  });
  const occupations = [
    job('H2913', 'Soudeur / Soudeuse', 'R', 3, [
      'cap-metal',
      'weld-tig',
      'weld-mig',
      'metal-plans',
      'cleanliness',
      'safety',
      'team',
    ]),
    job('H2911', 'Métallier / Métallière', 'RC', 3, ['weld-mig', 'metal-plans', 'metal-cut', 'team']),
    job('F1502', 'Monteur / Monteuse en structures métalliques', 'RC', 3, [
      'cap-metal',
      'weld-mig',
      'metal-plans',
      'lift',
      'safety',
    ]),
    job('D1407', 'Technico-commercial / Technico-commerciale', 'EC', 5, [
      'metal-plans',
      'sell',
      'quote',
      'team',
    ]),
    job('H1506', 'Contrôleur / Contrôleuse en métallurgie', 'IR', 7, ['weld-tig', 'metal-plans', 'inspect']),
    job('A1401', 'Cueilleur / Cueilleuse de fruits', 'R', 2, ['pick', 'cleanliness', 'safety', 'team']),
    job('K2202', 'Laveur / Laveuse de vitres', 'R', 2, ['rope', 'metal-plans', 'cleanliness', 'safety']),
    job('K2204', 'Agent / Agente de nettoyage industriel', 'R', 2, [
      'clean-machine',
      'cleanliness',
      'safety',
    ]),
    job('G1602', 'Commis / Commise de cuisine', 'R', 3, ['cook', 'cleanliness', 'team', 'safety']),
    job('G1809', 'Barista', 'R', 3, ['coffee', 'weld-tig', 'cleanliness', 'team']),
    job('D1225', "Responsable d'institut de beauté", 'EC', 3, ['beauty', 'sell', 'team']),
    ...fillers,
  ];
  const catalogue = new OccupationCatalogue(
    occupations,
    [{ fromCode: 'H2913', toCode: 'H2911', order: 1 }],
    new Map([
      ['cap-metal', 'CAP métallier'],
      ['weld-mig', 'Souder au fil'],
    ]),
    new Set(['cap-metal']),
  );
  const skills = SkillSpace.specific(
    occupations.map((o) => o.skillCodes),
    ['team'],
  );
  const welderContext: RankingContext = {
    catalogue,
    skills,
    demandFor: () => ({ projects: 500, hardToFill: 300 }),
    demandScale: 500,
  };
  const welder: CandidateProfile = {
    formerOccupationCode: 'H2913',
    track: 'retraining',
    hollandCode: parseHollandCode('EIR'),
    ratedSkills: [],
  };
  const ranked = rankOccupations(welder, welderContext, { limit: 20 });
  const codes = ranked.map((r) => r.occupationCode);

  it.each(['A1401', 'K2202', 'K2204', 'G1602', 'G1809', 'D1225'])('never offers %s', (code) => {
    expect(codes).not.toContain(code);
  });

  it('offers the doors that rest on specific skills or on interests with a specific skill', () => {
    expect(codes.slice(0, 2)).toEqual(['H2913', 'H2911']);
    expect(codes).toEqual(expect.arrayContaining(['F1502', 'D1407']));
    const fitter = ranked.find((r) => r.occupationCode === 'F1502')!;
    expect(fitter.proximity).toBe('off_track');
    // A diploma is counted but never named as a skill the person has (or has to learn).
    expect(fitter.sharedSkillCodes).toContain('cap-metal');
    expect(fitter.explanation).toContain('Souder au fil');
    expect(fitter.explanation).not.toContain('CAP métallier');
  });

  it('flags a step up with the training it needs, and keeps large steps down out', () => {
    const sales = ranked.find((r) => r.occupationCode === 'D1407')!;
    expect(sales).toMatchObject({ levelStep: 2, constraints: ['training'] });
    expect(sales.explanation).toContain(
      'Il demande en général un bac + 2 (BTS, BUT) : une formation est à prévoir.',
    );
    expect(sales.explanationEn).toContain(
      'It usually asks for two years of higher education: plan for some training.',
    );
    expect(sales.explanation).toContain(
      'Il rejoint bien ce qui vous intéresse : entreprendre et convaincre.',
    );
  });

  it('offers a job asking no qualification once the person says they would take a step down', () => {
    const open = rankOccupations({ ...welder, acceptsStepDown: true }, welderContext, { limit: 30 });
    const windowCleaner = open.find((r) => r.occupationCode === 'K2202');
    expect(windowCleaner).toBeUndefined(); // one specific skill shared is not enough
    const engineer: CandidateProfile = { ...welder, formerOccupationCode: 'H1506' };
    expect(
      rankOccupations(engineer, welderContext, { limit: 30 }).map((r) => r.occupationCode),
    ).not.toContain('H2913');
    const asked = rankOccupations({ ...engineer, acceptsStepDown: true }, welderContext, { limit: 30 });
    expect(asked.find((r) => r.occupationCode === 'H2913')).toMatchObject({
      levelStep: -4,
      constraints: ['step_down'],
    });
  });
});

describe('isSpecificSkill', () => {
  // "rare" is listed by 2 occupations, "common" by 14, "rule" by 2 but general by ROME's category.
  const lists = [
    ['rare', 'rule', 'common'],
    ['rare', 'rule', 'common'],
    ...Array.from({ length: 12 }, () => ['common']),
  ];
  const skills = SkillSpace.specific(lists, ['rule']);

  it.each([
    ['rare', true],
    ['common', false],
    ['rule', false],
  ])('%s is specific: %s', (code, expected) => {
    expect(isSpecificSkill(code, skills)).toBe(expected);
  });

  it('weighs a general skill at half and a common one far below a rare one', () => {
    expect(skills.weight('rule')).toBeCloseTo(skills.weight('rare') / 2, 6);
    expect(skills.weight('common') / skills.weight('rare')).toBeLessThan(0.15); // a third with plain IDF
  });
});

describe("where jobs like the person's lead (neighbours' mobility links)", () => {
  const job = occupationWithSkills;
  const occupations = [
    job('H2913', ['weld', 'grind', 'read-plans', 'gas']),
    job('H2911', ['weld', 'grind', 'read-plans', 'bend']),
    job('H2902', ['t-boiler']),
    job('H2914', ['t-pipe']),
  ];
  const catalogue = new OccupationCatalogue(occupations, [
    { fromCode: 'H2913', toCode: 'H2914', order: 1 },
    { fromCode: 'H2911', toCode: 'H2902', order: 1 },
    { fromCode: 'H2911', toCode: 'H2914', order: 2 },
  ]);
  const ranked = rankOccupations(
    { formerOccupationCode: 'H2913', track: 'retraining', hollandCode: [], ratedSkills: [] },
    {
      catalogue,
      skills: SkillSpace.specific(occupations.map((o) => o.skillCodes)),
      demandFor: () => null,
      demandScale: 1,
    },
  );
  const mobility = (code: string) => ranked.find((r) => r.occupationCode === code)?.components.mobility;

  it.each([
    ['H2914', "a ROME link of the person's own occupation keeps its score", 1],
    ['H2902', 'a link of the closest occupation counts, at most 0.4', NEIGHBOUR_MOBILITY_FACTOR],
    ['H2911', 'a neighbour no occupation links to gets nothing from it', 0],
  ])('%s: %s', (code, _why, expected) => expect(mobility(code)).toBe(expected));

  it('is not announced as a usual next step: only a direct link is', () => {
    expect(ranked.find((r) => r.occupationCode === 'H2902')?.mobilityOrder).toBeNull();
  });

  it.each([
    ['H2902', 'fr', 'Des personnes aux métiers proches du vôtre y évoluent souvent.', true],
    ['H2902', 'en', 'People in occupations close to yours often move into it.', true],
    ['H2914', 'fr', 'Des personnes aux métiers proches du vôtre y évoluent souvent.', false],
    ['H2911', 'fr', 'Des personnes aux métiers proches du vôtre y évoluent souvent.', false],
  ])('%s says in %s why neighbours lead there: %s (%s)', (code, language, sentence, said) => {
    const item = ranked.find((r) => r.occupationCode === code)!;
    expect((language === 'fr' ? item.explanation : item.explanationEn).includes(sentence)).toBe(said);
  });
});

describe('occupationRanker (the ranking in two steps, for a batch of people)', () => {
  const areas = {
    'no figures': {},
    'warehouses hiring': {
      N1103: { projects: 900, hardToFill: 400 },
      N4105: { projects: 20, hardToFill: 2 },
    },
    'developers hiring': { M1805: { projects: 700, hardToFill: 600 }, N1301: { projects: 5, hardToFill: 0 } },
  };
  it.each([
    ['a warehouse worker', warehouseWorker],
    ['no former occupation, interests only', { ...warehouseWorker, formerOccupationCode: null }],
    [
      'self-rated skills, a step down accepted',
      {
        ...warehouseWorker,
        ratedSkills: [{ skillCode: 'S-CACES', rating: 5 }],
        acceptsStepDown: true,
      },
    ],
    ['nothing known', { formerOccupationCode: null, track: null, hollandCode: [], ratedSkills: [] }],
  ] as [string, CandidateProfile][])(
    '%s: one ranker gives each area what rankOccupations gives',
    (_, profile) => {
      const ranker = occupationRanker(profile, { catalogue, skills }, { limit: 10 });
      // Applied to every area in turn, then again: the person's part is not changed by an area.
      for (const demand of [...Object.values(areas), ...Object.values(areas)])
        expect(ranker(context(demand))).toEqual(rankOccupations(profile, context(demand), { limit: 10 }));
    },
  );
});
