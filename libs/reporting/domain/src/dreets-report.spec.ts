import { OUTCOME_CATEGORIES, type OutcomeCategory } from '@passerelle/shared/contracts';
import {
  DREETS_EMPLOYER_ITEMS,
  DREETS_OUTCOME_CATEGORIES,
  DREETS_OUTCOME_MAPPING,
} from './dreets-report-categories';
import {
  bandLabel,
  dreetsCategoryOf,
  dreetsReport,
  dreetsReportTables,
  plannedEndDate,
  type DreetsJourney,
  type DreetsProgrammeTerms,
} from './dreets-report';
import type { PersonFacts } from './facts';

const PROGRAMME: DreetsProgrammeTerms = {
  programmeId: '00000000-0000-4000-8000-000000000001',
  sponsorId: '00000000-0000-4000-8000-000000000002',
  officeIds: [],
  headcount: 40,
  outcomeTargets: [],
  type: 'pse',
  startDate: '2026-01-05',
  durationMonths: 12,
};

const at = (iso: string) => new Date(iso);
const END = at('2027-01-05T12:00:00Z');
const FOLLOW_UP = at('2027-07-05T12:00:00Z');
let next = 0;

function person(overrides: Partial<PersonFacts> = {}): PersonFacts {
  next += 1;
  return {
    key: `p${next}`,
    enrolledAt: at('2026-01-10T09:00:00Z'),
    dimensions: { site: 'Lyon', ageBand: '26-44', sex: 'female', socioProfessionalCategory: 'employe' },
    statusChanges: [],
    outcomes: [],
    offers: [],
    sessionsCompletedAt: [],
    ...overrides,
  };
}
const outcome = (category: OutcomeCategory, recordedAt: string) => ({
  category,
  outcomeDate: recordedAt.slice(0, 10),
  recordedAt: at(recordedAt),
});
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
const report = (people: PersonFacts[], journeys = new Map<string, DreetsJourney>()) =>
  dreetsReport({ programme: PROGRAMME, people, journeys, asOf: END, followUp: FOLLOW_UP });

describe("the report's categories: one data table", () => {
  it('maps every outcome of the platform to a category of the report', () => {
    const codes = DREETS_OUTCOME_CATEGORIES.map((category) => category.code);
    for (const category of OUTCOME_CATEGORIES)
      expect(codes).toContain(DREETS_OUTCOME_MAPPING[category].category);
  });

  it.each<[OutcomeCategory | null, string]>([
    ['permanent_contract', 'cdi'],
    ['fixed_term_6_months_or_more', 'cdd_or_temporary_6_months_or_more'],
    ['short_fixed_term_or_temporary', 'cdd_or_temporary_under_6_months'],
    ['business_creation', 'business_creation_or_takeover'],
    ['training', 'training'],
    ['retirement', 'retirement_or_early_retirement'],
    ['still_searching', 'job_search'],
    ['other', 'other'],
    [null, 'none'],
  ])('%s counts as %s', (platform, report) => {
    expect(dreetsCategoryOf(platform)).toBe(report);
  });
});

describe('dates and labels', () => {
  it.each([
    ['2026-01-05', 12, '2027-01-05'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-10-01', 18, '2028-04-01'],
  ])('%s plus %i months ends on %s', (start, months, end) => {
    expect(plannedEndDate(start, months)).toBe(end);
  });

  it.each([
    ['<26', 'Moins de 26 ans'],
    ['26-44', '26 à 44 ans'],
    ['55+', '55 ans et plus'],
  ])('band %s reads %s', (band, label) => {
    expect(bandLabel(band)).toBe(label);
  });

  it('refuses a follow-up date before the end date', () => {
    expect(() =>
      dreetsReport({ programme: PROGRAMME, people: [], journeys: new Map(), asOf: FOLLOW_UP, followUp: END }),
    ).toThrow(RangeError);
  });
});

describe('the figures', () => {
  // 12 adhered before the end, 1 after it (not counted); 6 in a CDI at the end, one of the 6 other
  // people found a CDD by the follow-up date and another's outcome was corrected after the end.
  const cdi = times(6, () =>
    person({
      outcomes: [outcome('permanent_contract', '2026-09-01T09:00:00Z')],
      sessionsCompletedAt: [at('2026-01-20T09:00:00Z')],
      offers: [
        { loggedAt: at('2026-06-01T09:00:00Z'), decision: 'accepted', decidedAt: at('2026-06-10T09:00:00Z') },
      ],
    }),
  );
  const searching = times(5, () =>
    person({
      dimensions: { site: 'Lyon', ageBand: '55+', sex: 'male', socioProfessionalCategory: 'ouvrier' },
      outcomes: [outcome('still_searching', '2026-12-01T09:00:00Z')],
      sessionsCompletedAt: [at('2026-01-20T09:00:00Z')],
      offers: [
        { loggedAt: at('2026-06-01T09:00:00Z'), decision: 'refused', decidedAt: at('2026-06-10T09:00:00Z') },
        // Answered after the end: pending at the end.
        { loggedAt: at('2026-12-20T09:00:00Z'), decision: 'accepted', decidedAt: at('2027-01-20T09:00:00Z') },
      ],
    }),
  );
  const laterCdd = person({
    dimensions: { site: 'Lyon', ageBand: '55+', sex: 'male', socioProfessionalCategory: 'ouvrier' },
    outcomes: [
      outcome('still_searching', '2026-12-01T09:00:00Z'),
      outcome('fixed_term_6_months_or_more', '2027-03-01T09:00:00Z'),
    ],
  });
  const late = person({ enrolledAt: at('2027-02-01T09:00:00Z') });
  const people = [...cdi, ...searching, laterCdd, late];
  const journeys = new Map<string, DreetsJourney>(
    people.map((p, i) => [
      p.key,
      // Diagnosed: everyone, one after the end (not counted); an assessment: 7 of them.
      {
        diagnosedAt: at(i === 0 ? '2027-02-01T09:00:00Z' : '2026-02-01T09:00:00Z'),
        assessmentsCompleted: i < 7 ? 1 : 0,
      },
    ]),
  );
  const figures = report(people, journeys);

  it('counts the measures of the people who adhered by the end', () => {
    expect(figures.measures.adhering).toEqual({ count: 12, suppressed: null });
    // 11 of 12 would tell that one person had no first meeting (12 - 11), and 11 of 12 diagnosed
    // that one was not: hidden beside that 1.
    expect(figures.measures.firstMeeting).toEqual({ count: null, suppressed: 'complementary' });
    expect(figures.measures.diagnosed).toEqual({ count: null, suppressed: 'complementary' });
    expect(figures.measures.withAssessment).toEqual({ count: 7, suppressed: null });
    expect(figures.measures.withOffer).toEqual({ count: null, suppressed: 'complementary' });
    expect(figures.measures.offers).toEqual({
      proposed: { count: 16, suppressed: null },
      accepted: { count: 6, suppressed: null },
      refused: { count: 5, suppressed: null },
      pending: { count: 5, suppressed: null },
    });
  });

  it('counts outcomes in the report categories at each date, corrections applied by the date', () => {
    const counts = (list: typeof figures.outcomesAtEnd) =>
      Object.fromEntries(list.cells.map((cell) => [cell.category, cell.count]));
    expect(counts(figures.outcomesAtEnd)).toMatchObject({ cdi: 6, job_search: 6, none: 0, training: 0 });
    // One CDD at the follow-up date: a count of 1 is hidden, and job search (5) beside it too.
    expect(
      figures.outcomesAtFollowUp.cells.find((cell) => cell.category === 'cdd_or_temporary_6_months_or_more'),
    ).toEqual({ category: 'cdd_or_temporary_6_months_or_more', count: null, suppressed: 'primary' });
    expect(figures.outcomesAtFollowUp.cells.find((cell) => cell.category === 'job_search')).toEqual({
      category: 'job_search',
      count: null,
      suppressed: 'complementary',
    });
    expect(figures.outcomesAtFollowUp.cells.find((cell) => cell.category === 'cdi')?.count).toBe(6);
    expect(figures.outcomesAtFollowUp.total).toEqual({ count: 12, suppressed: null });
  });

  it('breaks outcomes down by age band and sex, hiding small groups and what would give them away', () => {
    const ageAtEnd = figures.breakdowns.find((b) => b.dimension === 'ageBand' && b.at === 'end')!;
    expect(ageAtEnd.rows.map((row) => row.label)).toEqual(['26-44', '55+']);
    expect(ageAtEnd.rows[0]?.cells.find((cell) => cell.category === 'cdi')).toMatchObject({ count: 6 });
    expect(ageAtEnd.rows[1]?.cells.find((cell) => cell.category === 'job_search')).toMatchObject({
      count: 6,
    });
    const sexAtFollowUp = figures.breakdowns.find((b) => b.dimension === 'sex' && b.at === 'followUp')!;
    const men = sexAtFollowUp.rows.find((row) => row.label === 'male')!;
    // The CDD column holds one person: nothing of it is shown.
    expect(men.cells.find((cell) => cell.category === 'cdd_or_temporary_6_months_or_more')).toMatchObject({
      count: null,
      suppressed: 'small_population',
    });
    expect(men.cells.find((cell) => cell.category === 'job_search')?.count).toBeNull();
  });
});

describe('small programmes', () => {
  it('shows nothing of a programme of fewer than k people, its zeros included', () => {
    const figures = report(
      times(3, () => person({ outcomes: [outcome('training', '2026-05-01T09:00:00Z')] })),
    );
    expect(figures.measures.adhering).toEqual({ count: null, suppressed: 'small_population' });
    expect(figures.measures.offers.proposed).toEqual({ count: null, suppressed: 'small_population' });
    for (const cell of [...figures.outcomesAtEnd.cells, ...figures.outcomesAtFollowUp.cells])
      expect(cell).toMatchObject({ count: null, suppressed: 'small_population' });
    for (const table of figures.breakdowns)
      for (const row of table.rows) for (const cell of row.cells) expect(cell.count).toBeNull();
    // The terms of the plan are not people's data: they stay.
    expect(figures.programme.headcount).toBe(40);
  });

  it('shows a programme nobody adhered to as zeros', () => {
    const figures = report([]);
    expect(figures.measures.adhering).toEqual({ count: 0, suppressed: null });
    expect(figures.breakdowns.every((table) => table.rows.length === 0)).toBe(true);
  });
});

describe("the report's tables", () => {
  const people = times(7, () => person({ outcomes: [outcome('permanent_contract', '2026-09-01T09:00:00Z')] }))
    .concat(times(5, () => person({ outcomes: [outcome('still_searching', '2026-09-01T09:00:00Z')] })))
    .concat(
      times(2, () =>
        person({ dimensions: { site: null, ageBand: '<26', sex: null, socioProfessionalCategory: null } }),
      ),
    );
  const tables = dreetsReportTables(report(people));

  it('one sheet per table, each name one Excel accepts, rows as wide as their header', () => {
    expect(tables.map((table) => table.sheet)).toEqual([
      'Programme',
      'Mesures',
      "Saisi par l'entreprise",
      'Situation',
      'Âge, fin',
      'Âge, suivi',
      'Sexe, fin',
      'Sexe, suivi',
      'Correspondance',
    ]);
    for (const table of tables) {
      expect(table.sheet.length).toBeLessThanOrEqual(31);
      expect(table.sheet).not.toMatch(/[[\]:*?/\\]/);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });

  it("leaves the employer's part empty, labelled as theirs", () => {
    const employer = tables.find((table) => table.sheet === "Saisi par l'entreprise")!;
    expect(employer.rows).toHaveLength(DREETS_EMPLOYER_ITEMS.length);
    for (const row of employer.rows) expect(row.slice(1)).toEqual([null, "Saisi par l'entreprise"]);
  });

  it('writes the figures as the report has them, a small group hidden with its reason', () => {
    const situation = tables.find((table) => table.sheet === 'Situation')!;
    expect(situation.rows.find((row) => row[0] === 'CDI')).toEqual(['CDI', 7, 7]);
    // 2 people with no outcome: hidden, and the smallest count beside them (5 searching) too.
    expect(situation.rows.find((row) => row[0] === "En recherche d'emploi")).toEqual([
      "En recherche d'emploi",
      { hidden: 'complementary' },
      { hidden: 'complementary' },
    ]);
    expect(situation.rows.find((row) => row[0]?.toString().startsWith('Situation non connue'))).toEqual([
      'Situation non connue (aucune solution enregistrée)',
      { hidden: 'primary' },
      { hidden: 'primary' },
    ]);
    const age = tables.find((table) => table.sheet === 'Âge, fin')!;
    expect(age.rows.map((row) => row[0])).toEqual(['Moins de 26 ans', '26 à 44 ans', 'Total']);
    expect(age.rows[0]?.slice(1).every((cell) => cell !== null && typeof cell === 'object')).toBe(true);
    const mapping = tables.find((table) => table.sheet === 'Correspondance')!;
    expect(mapping.rows).toHaveLength(OUTCOME_CATEGORIES.length);
    expect(mapping.rows).toContainEqual([
      'Retraite',
      'Retraite ou préretraite',
      'La plateforme ne distingue pas retraite et préretraite : comptées ensemble.',
    ]);
  });
});
