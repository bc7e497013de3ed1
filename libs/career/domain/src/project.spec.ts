import {
  demandFiguresProblems,
  draftProblems,
  shareOf,
  reviewProblems,
  validated,
  validationAnnouncement,
  validationRefusal,
  versionToEdit,
  type FeasibilityReviewInput,
  type LocalDemandFigures,
  type ProjectDraft,
  type ProjectVersionState,
} from './project';

const NOW = new Date('2026-12-01T09:00:00Z');
const LATER = new Date('2026-12-08T09:00:00Z');
const COACH = '22222222-2222-4222-8222-222222222222';
const target = (occupationCode: string) => ({
  occupationCode,
  label: occupationCode,
  source: 'typed' as const,
});
const draft = (over: Partial<ProjectDraft> = {}): ProjectDraft => ({
  targets: [target('N4101')],
  area: { place: 'Lyon', placeCode: '69123', distance: 30, unit: 'km' },
  conditions: { contractTypes: ['permanent'], hours: 'full_time', payMin: 24000, payMax: 28000, notes: null },
  ...over,
});
const review = (over: Partial<FeasibilityReviewInput> = {}): FeasibilityReviewInput => ({
  localDemand: 'Forte demande',
  localDemandFigures: null,
  skillsHeld: ['Conduite'],
  skillsMissing: ['CACES'],
  trainingNeeded: true,
  training: 'CACES R489',
  constraints: null,
  verdict: 'feasible_with_training',
  reasoning: 'Le CACES suffit',
  ...over,
});
const version = (over: Partial<ProjectVersionState> = {}): ProjectVersionState => ({
  ...draft(),
  version: 1,
  status: 'draft',
  review: { ...review(), reviewedVersion: 1, reviewedAt: NOW, reviewedByCoachId: COACH },
  validatedAt: null,
  validatedByCoachId: null,
  updatedAt: NOW,
  ...over,
});

describe('draftProblems', () => {
  it.each<[string, ProjectDraft, string[]]>([
    ['a full draft', draft(), []],
    ['a draft with nothing yet', { targets: [], area: null, conditions: null }, []],
    [
      'six targets',
      draft({ targets: ['A1101', 'A1102', 'A1103', 'A1104', 'A1105', 'A1106'].map(target) }),
      ['targets'],
    ],
    ['a target twice', draft({ targets: [target('N4101'), target('N4101')] }), ['targets.1.occupationCode']],
    [
      'too far in km',
      draft({ area: { place: 'Lyon', placeCode: null, distance: 301, unit: 'km' } }),
      ['area.distance'],
    ],
    ['90 minutes', draft({ area: { place: 'Lyon', placeCode: null, distance: 90, unit: 'minutes' } }), []],
    [
      'three hours and more',
      draft({ area: { place: 'Lyon', placeCode: null, distance: 181, unit: 'minutes' } }),
      ['area.distance'],
    ],
    [
      'pay upside down',
      draft({
        conditions: { contractTypes: [], hours: 'either', payMin: 30000, payMax: 25000, notes: null },
      }),
      ['conditions.payMax'],
    ],
    [
      'a contract type twice',
      draft({
        conditions: {
          contractTypes: ['fixed_term', 'fixed_term'],
          hours: 'part_time',
          payMin: null,
          payMax: null,
          notes: null,
        },
      }),
      ['conditions.contractTypes'],
    ],
  ])('%s', (_label, input, fields) => {
    expect(draftProblems(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('reviewProblems', () => {
  it.each<[string, FeasibilityReviewInput, string[]]>([
    ['feasible with training, training named', review(), []],
    [
      'feasible with training but no training needed',
      review({ trainingNeeded: false, training: null }),
      ['trainingNeeded'],
    ],
    ['feasible yet training needed', review({ verdict: 'feasible' }), ['verdict']],
    ['feasible, nothing needed', review({ verdict: 'feasible', trainingNeeded: false, training: null }), []],
    ['training needed but not named', review({ training: null }), ['training']],
    ['a verdict without reasoning', review({ verdict: 'not_feasible_now', reasoning: null }), ['reasoning']],
    ['not yet a verdict (a review in progress)', review({ verdict: null, reasoning: null }), []],
    ['to explore, no training', review({ verdict: 'to_explore', trainingNeeded: false, training: null }), []],
  ])('%s', (_label, input, fields) => {
    expect(reviewProblems(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('demandFiguresProblems', () => {
  const figures = (over: Partial<LocalDemandFigures> = {}): LocalDemandFigures => ({
    zoneCode: '8421',
    zoneLabel: 'Lyon',
    sourceYear: 2025,
    targets: [{ occupationCode: 'N4101', projects: 320, hardToFill: 150, seasonal: 20 }],
    ...over,
  });
  const row = (over: Partial<LocalDemandFigures['targets'][number]>) => ({
    occupationCode: 'N4101',
    projects: 10,
    hardToFill: 5,
    seasonal: 0,
    ...over,
  });
  const targets = [target('N4101'), target('N1103')];
  it.each<[string, LocalDemandFigures, string[]]>([
    ['the figures for a target', figures(), []],
    ['no target has figures (none published)', figures({ targets: [] }), []],
    ['both targets', figures({ targets: [row({}), row({ occupationCode: 'N1103' })] }), []],
    ['an overseas zone (five digits)', figures({ zoneCode: '97101' }), []],
    ['no projects at all', figures({ targets: [row({ projects: 0, hardToFill: 0 })] }), []],
    ['a zone code that is not one', figures({ zoneCode: '84-21' }), ['localDemandFigures.zoneCode']],
    ['a blank zone name', figures({ zoneLabel: '  ' }), ['localDemandFigures.zoneLabel']],
    ['a survey from the future', figures({ sourceYear: 2027 }), ['localDemandFigures.sourceYear']],
    ['a survey before BMO existed', figures({ sourceYear: 1999 }), ['localDemandFigures.sourceYear']],
    [
      'an occupation the project does not aim at',
      figures({ targets: [row({ occupationCode: 'M1805' })] }),
      ['localDemandFigures.targets.0.occupationCode'],
    ],
    [
      'a target twice',
      figures({ targets: [row({}), row({})] }),
      ['localDemandFigures.targets.1.occupationCode'],
    ],
    [
      'negative projects',
      figures({ targets: [row({ projects: -1, hardToFill: 0 })] }),
      ['localDemandFigures.targets.0.projects'],
    ],
    [
      'a fraction of a project',
      figures({ targets: [row({ projects: 2.5 })] }),
      ['localDemandFigures.targets.0.projects'],
    ],
    [
      'more hard to fill than projects',
      figures({ targets: [row({ hardToFill: 11 })] }),
      ['localDemandFigures.targets.0.hardToFill'],
    ],
    [
      'more seasonal than projects',
      figures({ targets: [row({ seasonal: 11 })] }),
      ['localDemandFigures.targets.0.seasonal'],
    ],
  ])('%s', (_label, input, fields) => {
    expect(demandFiguresProblems(input, targets, NOW).map((p) => p.field)).toEqual(fields);
  });

  it.each([
    [150, 320, 150 / 320],
    [0, 0, 0],
    [5, 5, 1],
  ])('shareOf(%d, %d) is %d', (part, projects, share) => {
    expect(shareOf(part, projects)).toBe(share);
  });
});

describe('validationRefusal', () => {
  it.each<[string, ProjectVersionState, number, ReturnType<typeof validationRefusal>]>([
    ['a reviewed draft with a target', version(), 1, null],
    ['another version than the current one', version(), 2, 'PROJECT_VERSION_CHANGED'],
    ['an already validated version', version({ status: 'validated' }), 1, 'PROJECT_ALREADY_VALIDATED'],
    ['no target', version({ targets: [] }), 1, 'PROJECT_NO_TARGET'],
    ['no review', version({ review: null }), 1, 'PROJECT_NOT_REVIEWED'],
    [
      'version 2 with the review of version 1 only',
      version({
        version: 2,
        review: { ...review(), reviewedVersion: 1, reviewedAt: NOW, reviewedByCoachId: COACH },
      }),
      2,
      'PROJECT_NOT_REVIEWED',
    ],
    [
      'version 2 reviewed again',
      version({
        version: 2,
        review: { ...review(), reviewedVersion: 2, reviewedAt: NOW, reviewedByCoachId: COACH },
      }),
      2,
      null,
    ],
    [
      'a review without a verdict',
      version({
        review: {
          ...review({ verdict: null, reasoning: null }),
          reviewedVersion: 1,
          reviewedAt: NOW,
          reviewedByCoachId: COACH,
        },
      }),
      1,
      'PROJECT_NOT_REVIEWED',
    ],
  ])('%s', (_label, current, asked, expected) => {
    expect(validationRefusal(current, asked)).toBe(expected);
  });
});

describe('versionToEdit', () => {
  it('starts version 1, empty, when there is no project', () => {
    expect(versionToEdit(null, NOW)).toMatchObject({
      version: 1,
      status: 'draft',
      targets: [],
      review: null,
    });
  });

  it('edits the open draft itself', () => {
    const open = version();
    expect(versionToEdit(open, LATER)).toBe(open);
  });

  it('starts the next version from a validated one, which stays as it was', () => {
    const done = validated(version(), COACH, NOW);
    const next = versionToEdit(done, LATER);
    expect(next).toMatchObject({
      version: 2,
      status: 'draft',
      validatedAt: null,
      validatedByCoachId: null,
      updatedAt: LATER,
    });
    expect(next.targets).toEqual(done.targets);
    expect(next.review).toEqual(done.review);
    expect(done).toMatchObject({
      version: 1,
      status: 'validated',
      validatedAt: NOW,
      validatedByCoachId: COACH,
    });
  });
});

describe('validationAnnouncement', () => {
  it.each([
    [null, { type: 'ProjectValidated.v1' }],
    [1, { type: 'ProjectChanged.v1', previousVersion: 1 }],
    [3, { type: 'ProjectChanged.v1', previousVersion: 3 }],
  ])('after validated version %j: %j', (previous, expected) => {
    expect(validationAnnouncement(previous)).toEqual(expected);
  });
});
