import { OccupationCatalogue, type Occupation } from './catalogue';
import { PAIR_FEATURES, type MobilityModel } from './learned-mobility';
import {
  LEARNED_MOBILITY_FACTOR,
  NEIGHBOUR_MOBILITY_FACTOR,
  occupationRanker,
  WELL_TRODDEN_RANK,
  rankOccupations,
  TRACK_WEIGHTS,
  type CandidateProfile,
  type RankingContext,
} from './occupation-ranking';
import type { QualificationLevel } from './qualification-level';
import { occupationWithSkills } from './fixtures';
import { SkillSpace } from './skill-space';

const job = (code: string, skillCodes: string[], entryLevel: QualificationLevel = 4): Occupation => ({
  ...occupationWithSkills(code, skillCodes),
  riasecMajor: 'R',
  entryLevel,
});

// A welder (H2913): ROME links it to H2914; its closest occupation (H2911) leads to H2902 and
// H2914; nothing leads to H2911 itself, to H2930 (no skill in common), nor to H2920 (a job two
// levels below: never suggested).
const occupations = [
  job('H2913', ['weld', 'grind', 'read-plans', 'gas']),
  job('H2911', ['weld', 'grind', 'read-plans', 'bend']),
  job('H2902', ['t-boiler']),
  job('H2914', ['t-pipe']),
  job('H2920', ['weld', 'grind'], 2),
  job('H2930', ['t-other']),
];
const catalogue = new OccupationCatalogue(occupations, [
  { fromCode: 'H2913', toCode: 'H2914', order: 1 },
  { fromCode: 'H2911', toCode: 'H2902', order: 1 },
  { fromCode: 'H2911', toCode: 'H2914', order: 2 },
]);
const skills = SkillSpace.specific(occupations.map((o) => o.skillCodes));
const welder: CandidateProfile = {
  formerOccupationCode: 'H2913',
  track: 'retraining',
  hollandCode: ['R'],
  ratedSkills: [],
};

// A model of one tree: what no other occupation leads to is likely (log-odds +5), the rest not (-5).
const into = PAIR_FEATURES.indexOf('links into the target (not from the source)');
const model: MobilityModel = {
  format: 'passerelle-mobility-model',
  version: 1,
  romeRelease: 'test',
  trainedOn: { sources: 0, pairs: 0, linked: 0 },
  features: [...PAIR_FEATURES],
  candidates: 300,
  options: {},
  base: 0,
  trees: [{ feature: [into, -1, -1], threshold: [0, 0, 0], value: [0, 5, -5] }],
};
const context = (mobility?: RankingContext['mobility']): RankingContext => ({
  catalogue,
  skills,
  demandFor: () => null,
  demandScale: 1,
  mobility,
});
const withModel = rankOccupations(welder, context({ model, nationalDemand: new Map() }));
const without = rankOccupations(welder, context());
const find = (ranked: typeof withModel, code: string) => ranked.find((r) => r.occupationCode === code);
const neighboursSay = 'Des personnes aux métiers proches du vôtre y évoluent souvent.';

describe('the learned mobility in the ranking', () => {
  it.each([
    ['H2914', "a ROME link of the person's own occupation keeps its score", 1],
    ['H2911', "the model's best candidate gets the whole factor", LEARNED_MOBILITY_FACTOR],
    [
      'H2902',
      'a target the model finds unlikely gets its share of the best',
      (LEARNED_MOBILITY_FACTOR * (1 / (1 + Math.exp(5)))) / (1 / (1 + Math.exp(-5))),
    ],
  ])('%s: %s', (code, _why, expected) =>
    expect(find(withModel, code)?.components.mobility).toBeCloseTo(expected, 10),
  );

  it("takes another share of the learned score when asked (the evaluation's trials)", () => {
    const ranked = rankOccupations(welder, context({ model, nationalDemand: new Map(), factor: 0.7 }));
    expect(find(ranked, 'H2911')?.components.mobility).toBe(0.7);
    expect(find(ranked, 'H2914')?.components.mobility).toBe(1);
  });

  it('re-ranks: the target the model prefers moves above the one the neighbours lead to', () => {
    // Neither shares a skill with the welder: only their mobility tells them apart.
    const order = (ranked: typeof withModel) => ranked.map((r) => r.occupationCode);
    expect(order(without).indexOf('H2902')).toBeLessThan(order(without).indexOf('H2930'));
    expect(order(withModel).indexOf('H2930')).toBeLessThan(order(withModel).indexOf('H2902'));
  });

  it('keeps the rules on the person: a job two levels down stays out, whatever the model says', () => {
    expect(find(without, 'H2920')).toBeUndefined();
    expect(find(withModel, 'H2920')).toBeUndefined();
  });

  it.each([
    ['H2902', 'the neighbours lead there: said, as before', true],
    ['H2911', 'lifted by the model, the neighbours do not lead there: not said', false],
    ['H2914', "a link of the person's own occupation: said as a usual step instead", false],
  ])('%s: %s', (code, _why, said) =>
    expect(find(withModel, code)?.explanation.includes(neighboursSay)).toBe(said),
  );

  it('explains each suggestion in the same words as without the model', () => {
    const words = (ranked: typeof withModel) =>
      new Map(ranked.map((r) => [r.occupationCode, [r.explanation, r.explanationEn]]));
    expect(words(withModel)).toEqual(words(without));
  });

  it("falls back on the neighbours' score with a model whose features are not this code's", () => {
    const stale = { ...model, features: PAIR_FEATURES.slice(1) };
    const ranked = rankOccupations(welder, context({ model: stale, nationalDemand: new Map() }));
    expect(ranked).toEqual(without);
    expect(find(ranked, 'H2902')?.components.mobility).toBe(NEIGHBOUR_MOBILITY_FACTOR);
  });

  it('gives, in two steps (a batch), what rankOccupations gives', () => {
    const mobility = { model, nationalDemand: new Map() };
    const ranker = occupationRanker(welder, { catalogue, skills, mobility });
    expect(ranker({ demandFor: () => null, demandScale: 1 })).toEqual(withModel);
  });
});

// Off-track (another domain): a welder with a CAP (level 3) and jobs sharing no skill with theirs.
// The model finds every target nothing links into likely; M1601 has a link into it (unlikely).
const offTrack = [
  job('H2913', ['weld', 'grind', 'read-plans', 'gas'], 3),
  job('K1201', ['t-care'], 3),
  job('K1202', ['t-clean'], 2),
  job('M1601', ['t-office'], 3),
  job('M1602', ['t-desk'], 3),
].map((o) => ({ ...o, riasecMajor: 'C' as const }));
const offTrackCatalogue = new OccupationCatalogue(offTrack, [
  { fromCode: 'M1602', toCode: 'M1601', order: 1 },
]);
const offTrackContext = (mobility?: RankingContext['mobility']): RankingContext => ({
  catalogue: offTrackCatalogue,
  skills: SkillSpace.specific(offTrack.map((o) => o.skillCodes)),
  demandFor: () => null,
  demandScale: 1,
  mobility,
});
const capWelder: CandidateProfile = { ...welder, hollandCode: ['R'] };
const codes = (profile: CandidateProfile, mobility?: RankingContext['mobility']) =>
  rankOccupations(profile, offTrackContext(mobility)).map((r) => r.occupationCode);

describe('off-track suggestions that rest on the learned mobility (well trodden)', () => {
  it("keeps a target among the model's best with no specific skill shared", () => {
    expect(WELL_TRODDEN_RANK).toBeGreaterThanOrEqual(4);
    expect(codes(capWelder, { model, nationalDemand: new Map() })).toEqual(
      expect.arrayContaining(['K1201', 'M1602']),
    );
  });

  it("drops a target outside the model's best: M1601 ranks fourth of four", () => {
    const ranked = codes(capWelder, { model, nationalDemand: new Map(), wellTroddenRank: 3 });
    expect(ranked).toContain('K1201');
    expect(ranked).not.toContain('M1601');
  });

  it('still drops a job asking no qualification for a skilled person, unless they accept a step down', () => {
    const mobility = { model, nationalDemand: new Map() };
    expect(codes(capWelder, mobility)).not.toContain('K1202');
    expect(codes({ ...capWelder, acceptsStepDown: true }, mobility)).toContain('K1202');
  });

  it.each([
    ['without a model', undefined],
    [
      'with a model whose features are not this code',
      { model: { ...model, features: PAIR_FEATURES.slice(1) } },
    ],
    ['with the well-trodden rank at 0', { model, wellTroddenRank: 0 }],
  ])('changes nothing %s: no off-track target without specific skills', (_, mobility) => {
    const asked = mobility && { ...mobility, nationalDemand: new Map() };
    expect(codes(capWelder, asked)).toEqual(['H2913']);
  });

  it.each([
    ['fr', 'Des personnes qui exerçaient un métier comme le vôtre y évoluent souvent.'],
    ['en', 'People who held occupations like yours often move into it.'],
  ] as const)('says why in words a person understands (%s)', (language, sentence) => {
    const found = rankOccupations(capWelder, offTrackContext({ model, nationalDemand: new Map() })).find(
      (r) => r.occupationCode === 'K1201',
    );
    const said = language === 'fr' ? found?.explanation : found?.explanationEn;
    expect(said).toContain(sentence);
    expect(said).not.toMatch(/model|modèle|learned|appris/);
  });
});

describe("the mobility's weight by track (wt-recall)", () => {
  const order = (track: CandidateProfile['track']) =>
    rankOccupations({ ...welder, track }, context()).map((r) => r.occupationCode);

  // H2914: ROME's first link from the welder's occupation, no skill in common; H2911: three of the
  // welder's four skills, no link to it. Before wt-recall (mobility 0.2 beside skills 0.45) H2911 came first.
  it.each([
    { track: null, who: 'not yet diagnosed' },
    { track: 'direct_reemployment', who: 'back to the same trade' },
    { track: 'retraining', who: 'retraining' },
  ] as const)("puts ROME's first link before an occupation that only shares skills ($who)", ({ track }) => {
    expect(order(track).indexOf('H2914')).toBeLessThan(order(track).indexOf('H2911'));
  });

  it('keeps more room for interests beside the mobility when retraining than back in the same trade', () => {
    const { retraining, direct_reemployment } = TRACK_WEIGHTS;
    expect(retraining.interests / retraining.mobility).toBeGreaterThan(
      direct_reemployment.interests / direct_reemployment.mobility,
    );
  });

  it("weighs the signals as asked (the evaluation's trials)", () => {
    const skillsOnly = { skills: 1, mobility: 0, interests: 0, demand: 0, level: 0 };
    const ranked = rankOccupations({ ...welder, track: null }, context(), { weights: skillsOnly });
    expect(ranked.map((r) => r.occupationCode).slice(0, 2)).toEqual(['H2913', 'H2911']);
    expect(find(ranked, 'H2911')?.score).toBeCloseTo(find(ranked, 'H2911')!.components.skills, 4);
  });
});
