// The people list of one 100,000-person programme (issue 15): a page in name order, a page deep in
// the list, searches, a filter, each as the API runs it (the page and its total). Baseline: the
// same queries on the same data once the people list's indexes (migration 1763900017000) are
// dropped. Not a test: it prints figures (ratio = indexed / baseline time, lower is better).
//   npm run bench:people [-- --people 100000 --rounds 7]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import {
  PeopleRepository,
  intakeDataSourceOptions,
  type PeopleCriteria,
  type PeopleOrder,
} from '@passerelle/intake/data-access';
import { createTestDatabase } from '@passerelle/shared/testing';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '7' },
    // Prints each query's plan (EXPLAIN ANALYZE) on the indexed run: where the time goes.
    explain: { type: 'boolean', default: false },
  },
});
const PEOPLE = Number(values.people);
const ROUNDS = Number(values.rounds);

const FIRST_NAMES = [
  'Inês',
  'Élodie',
  'Jérôme',
  'Zoé',
  'Chloé',
  'Anaïs',
  'François',
  'Hélène',
  'Noël',
  'Maëlle',
  'Karim',
  'Nadia',
  'Thomas',
  'Léa',
  'Hugo',
  'Camille',
  'Mathéo',
  'Sébastien',
  'Amélie',
  'Céline',
  'Loïc',
  'Gaëlle',
  'Raphaël',
  'Bérénice',
  'Yanis',
  'Aurélie',
  'Cédric',
  'Josée',
  'Stéphane',
  'Agnès',
];
const LAST_NAMES = [
  'Moreira',
  'Lefèvre',
  'Écuyer',
  'Évrard',
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Müller',
];

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;

/** One programme of PEOPLE people; 70% followed by one of 25 coaches, 30% with an outcome. */
async function seed(dataSource: DataSource): Promise<string> {
  const sponsorId = randomUUID();
  const programmeId = randomUUID();
  await dataSource.query(`INSERT INTO sponsor (id, name) VALUES ($1, 'Bench')`, [sponsorId]);
  await dataSource.query(
    `INSERT INTO programme (id, sponsor_id, name, office_ids) VALUES ($1, $2, 'Bench', ARRAY[gen_random_uuid()])`,
    [programmeId, sponsorId],
  );
  await dataSource.query(
    `INSERT INTO candidate (id, programme_id, sponsor_id, employee_number, first_name, last_name, email, languages, status, enrolled_at)
     SELECT gen_random_uuid(), $1, $2, 'E-' || lpad(i::text, 6, '0'),
            ($3::text[])[1 + i % 30], ($4::text[])[1 + (i / 30) % 40],
            'p' || i || '@example.org', '{fr}', 'active', now() - (i || ' seconds')::interval
       FROM generate_series(1, $5) AS i`,
    [programmeId, sponsorId, FIRST_NAMES, LAST_NAMES, PEOPLE],
  );
  const coaches = Array.from({ length: 25 }, () => randomUUID());
  await dataSource.query(
    `INSERT INTO caseload_assignment (candidate_id, coach_id, assigned_at)
     SELECT id, ($1::uuid[])[1 + abs(hashtext(id::text)) % 25], now() FROM candidate WHERE abs(hashtext(id::text)) % 10 < 7`,
    [coaches],
  );
  await dataSource.query(
    `INSERT INTO outcome (id, candidate_id, programme_id, category, outcome_date, employer_name, superseded, recorded_by, recorded_at)
     SELECT gen_random_uuid(), id, programme_id, 'permanent_contract', current_date, 'Employer', false, 'bench', now()
       FROM candidate WHERE abs(hashtext(id::text || 'o')) % 10 < 3`,
  );
  await dataSource.query(`ANALYZE`);
  return programmeId;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

interface Figure {
  name: string;
  criteria: Partial<PeopleCriteria>;
  order: PeopleOrder;
  /** How many rows into the list the page starts (a cursor taken from there). */
  skip: number;
}

const FIGURES: Figure[] = [
  { name: 'first page, name order', criteria: {}, order: 'name', skip: 0 },
  { name: 'page 1,000 people deep, name order', criteria: {}, order: 'name', skip: 1000 },
  { name: 'first page, newest enrolled', criteria: {}, order: 'enrolled_newest', skip: 0 },
  { name: 'search "moreira"', criteria: { words: ['moreira'] }, order: 'name', skip: 0 },
  { name: 'search "ines moreira"', criteria: { words: ['ines', 'moreira'] }, order: 'name', skip: 0 },
  { name: 'search an employee number', criteria: { words: ['E-042170'] }, order: 'name', skip: 0 },
  {
    name: 'waiting for a coach, no outcome',
    criteria: { assigned: false, withoutOutcome: true },
    order: 'name',
    skip: 0,
  },
];

async function measure(
  people: PeopleRepository,
  programmeId: string,
  dataSource: DataSource,
): Promise<number[]> {
  const medians: number[] = [];
  for (const figure of FIGURES) {
    const criteria: PeopleCriteria = {
      programmeId,
      followedBy: null,
      words: [],
      statuses: [],
      tracks: [],
      coachId: null,
      assigned: null,
      outcomes: [],
      withoutOutcome: false,
      site: null,
      enrolledFrom: null,
      enrolledTo: null,
      ...figure.criteria,
    };
    const after = figure.skip
      ? (
          (await dataSource.query(
            `SELECT intake_fold(last_name) AS a, intake_fold(first_name) AS b, id FROM candidate
            WHERE programme_id = $1 ORDER BY 1, 2, 3 OFFSET $2 LIMIT 1`,
            [programmeId, figure.skip - 1],
          )) as { a: string; b: string; id: string }[]
        ).map((row) => [row.a, row.b, row.id])[0]!
      : null;
    const samples: number[] = [];
    await Promise.all([people.page(criteria, figure.order, after, 51), people.count(criteria)]); // warm-up
    if (values.explain)
      await explain(
        dataSource,
        figure.name,
        () => people.page(criteria, figure.order, after, 51),
        () => people.count(criteria),
      );
    for (let round = 0; round < ROUNDS; round++)
      samples.push(
        await time(() =>
          Promise.all([people.page(criteria, figure.order, after, 51), people.count(criteria)]),
        ),
      );
    medians.push(median(samples));
  }
  return medians;
}

/** Runs the page and the count once with every query's plan printed. */
async function explain(
  dataSource: DataSource,
  name: string,
  ...queries: (() => Promise<unknown>)[]
): Promise<void> {
  const query = dataSource.query.bind(dataSource);
  dataSource.query = (async (sql: string, parameters?: unknown[]) => {
    if (/^\s*SELECT/i.test(sql) && !sql.includes('"CandidateEntity"')) {
      const plan = (await query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, parameters)) as {
        'QUERY PLAN': string;
      }[];
      console.log(`--- ${name}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
    return query(sql, parameters);
  }) as typeof dataSource.query;
  try {
    for (const run of queries) await run();
  } finally {
    dataSource.query = query;
  }
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_intake_people');
  const dataSource = new DataSource(intakeDataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const seeded = await time(async () => seed(dataSource));
    const programmeId = (await dataSource.query(`SELECT id FROM programme`))[0].id as string;
    const people = new PeopleRepository(dataSource);

    const indexed = await measure(people, programmeId, dataSource);
    for (const index of [
      'candidate_people_search',
      'candidate_people_by_name',
      'candidate_people_by_enrolment',
    ])
      await dataSource.query(`DROP INDEX ${index}`);
    await dataSource.query(`ANALYZE candidate`);
    const baseline = await measure(people, programmeId, dataSource);

    console.log(
      `people list: one programme of ${PEOPLE.toLocaleString('en')} people (70% with a coach, 30% with an outcome), ` +
        `seeded in ${(seeded / 1000).toFixed(1)} s; median of ${ROUNDS} rounds; each figure is a page of 50 and its total`,
    );
    console.log(
      `${'figure (median ms)'.padEnd(40)}${'baseline'.padStart(12)}${'indexed'.padStart(12)}${'ratio'.padStart(9)}`,
    );
    FIGURES.forEach((figure, index) =>
      console.log(
        `${figure.name.padEnd(40)}${baseline[index]!.toFixed(2).padStart(12)}${indexed[index]!.toFixed(2).padStart(12)}` +
          `${(indexed[index]! / baseline[index]!).toFixed(2).padStart(8)}x`,
      ),
    );
    console.log(
      'baseline = the same queries after dropping the people list indexes (search, name order, enrolment order)',
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

runBenchmark(main);
