import { committeeDashboard } from './committee-dashboard';
import { committeePackTables, hiddenReasons, type PackTable } from './committee-pack';
import type { PersonFacts, ProgrammeFacts } from './facts';

const PROGRAMME: ProgrammeFacts = {
  programmeId: '00000000-0000-4000-8000-000000000001',
  sponsorId: '00000000-0000-4000-8000-000000000002',
  officeIds: [],
  headcount: 40,
  outcomeTargets: [{ category: 'permanent_contract', sharePercent: 50 }],
};
const AS_OF = new Date('2026-03-31T12:00:00Z');
let next = 0;

function person(site: string, overrides: Partial<PersonFacts> = {}): PersonFacts {
  next += 1;
  return {
    key: `p${next}`,
    enrolledAt: new Date('2026-01-05T09:00:00Z'),
    dimensions: { site, ageBand: null, sex: null, socioProfessionalCategory: null },
    statusChanges: [],
    outcomes: [],
    offers: [],
    sessionsCompletedAt: [new Date('2026-01-15T09:00:00Z')],
    ...overrides,
  };
}

// 12 people in Lyon (5 of them placed in a CDI in February), 2 in Metz: Metz is a small group.
const people = [
  ...Array.from({ length: 7 }, () => person('Lyon')),
  ...Array.from({ length: 5 }, () =>
    person('Lyon', {
      statusChanges: [{ to: 'placed', at: new Date('2026-02-10T09:00:00Z') }],
      outcomes: [
        {
          category: 'permanent_contract',
          outcomeDate: '2026-02-10',
          recordedAt: new Date('2026-02-10T09:00:00Z'),
        },
      ],
    }),
  ),
  person('Metz'),
  person('Metz'),
];
const dashboard = committeeDashboard({ programme: PROGRAMME, people, asOf: AS_OF });
const tables = committeePackTables(dashboard);
const table = (sheet: string): PackTable => {
  const found = tables.find((candidate) => candidate.sheet === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found;
};
const row = (sheet: string, label: string) => table(sheet).rows.find((cells) => cells[0] === label);

describe('the committee pack, laid out from the dashboard', () => {
  it('has one table per section, sheet names Excel accepts, each row as wide as its header', () => {
    expect(tables.map((t) => t.sheet)).toEqual([
      'Effectifs',
      'Solutions',
      'OVE',
      'Accompagnement',
      'Par site',
      "Par tranche d'âge",
      'Par sexe',
      'Par CSP',
      'Par mois',
    ]);
    for (const t of tables) {
      expect(t.sheet.length).toBeLessThanOrEqual(31);
      expect(t.sheet).not.toMatch(/[\\/?*[\]:]/);
      for (const cells of t.rows) expect(cells).toHaveLength(t.columns.length);
    }
    expect(new Set(tables.map((t) => t.sheet)).size).toBe(tables.length);
  });

  it.each<[string, string, (string | number | null | { hidden: string })[]]>([
    ['Effectifs', 'Personnes concernées (effectif du plan)', ['Personnes concernées (effectif du plan)', 40]],
    ['Effectifs', 'Adhérents', ['Adhérents', 14]],
    ['Effectifs', 'En accompagnement', ['En accompagnement', 9]],
    ['Effectifs', 'Reclassés', ['Reclassés', 5]],
    ['Solutions', 'CDI', ['CDI', 5, 50, 20]],
    ['Solutions', 'Sans solution pour le moment', ['Sans solution pour le moment', 9, null, null]],
    // Lyon's figures would give Metz's away from the totals: hidden beside it (complementary).
    [
      'Par site',
      'Lyon',
      ['Lyon', { hidden: 'complementary' }, 0, { hidden: 'complementary' }, 0, { hidden: 'complementary' }],
    ],
    ['Par site', 'Metz', ['Metz', ...Array.from({ length: 5 }, () => ({ hidden: 'small_population' }))]],
  ])('%s, %s: the dashboard figure, or hidden with its reason', (sheet, label, expected) => {
    expect(row(sheet, label)).toEqual(expected);
  });

  it('keeps every hidden figure hidden and names why', () => {
    expect(hiddenReasons(table('Par site')).length).toBeGreaterThan(0);
    expect(hiddenReasons(table('Effectifs'))).toEqual([]);
  });

  it('has a row per month from the first enrolment to the date', () => {
    expect(table('Par mois').rows.map((cells) => cells[0])).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('writes a whole programme of fewer than 5 people as hidden, zeros included', () => {
    const small = committeePackTables(
      committeeDashboard({ programme: PROGRAMME, people: people.slice(0, 2), asOf: AS_OF }),
    );
    const effectifs = small.find((t) => t.sheet === 'Effectifs');
    expect(effectifs?.rows[0]).toEqual(['Personnes concernées (effectif du plan)', 40]);
    expect(effectifs?.rows.slice(1).map((cells) => cells[1])).toEqual(
      Array.from({ length: 5 }, () => ({ hidden: 'small_population' })),
    );
  });
});
