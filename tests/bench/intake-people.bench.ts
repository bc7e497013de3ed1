// The people list of one 100,000-person programme (issue 15), as ops call it: intake's GraphQL API
// (`people`, a page of 50 and its total, with the fields a list needs), run by the intake service
// over HTTP with a forwarded ops identity, as the gateway calls it. Baseline, in the same run: the
// bare indexed SQL of the same page (the page's rows and its count, hand-written, nothing else).
// Not a test: it prints p50 and p95 of each, and ratio = bare SQL p95 / API p95 (higher is better;
// the target is at least 0.5x, i.e. the API costs at most twice the SQL it needs).
//   npm run bench:people [-- --people 100000 --rounds 40]
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { startService } from '@passerelle/shared/runtime';
import { createTestDatabase, freePort, subgraphAs, testInfrastructure } from '@passerelle/shared/testing';
import { intakeApp } from '../../apps/intake/src/intake.app';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '40' },
  },
});
const PEOPLE = Number(values.people);
const ROUNDS = Number(values.rounds);
const OFFICE = randomUUID();

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

const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? NaN;

/** One programme of PEOPLE people; 70% followed by one of 25 coaches, 30% with an outcome. */
async function seed(dataSource: DataSource): Promise<string> {
  const sponsorId = randomUUID();
  const programmeId = randomUUID();
  await dataSource.query(`INSERT INTO sponsor (id, name) VALUES ($1, 'Bench')`, [sponsorId]);
  await dataSource.query(
    `INSERT INTO programme (id, sponsor_id, name, office_ids) VALUES ($1, $2, 'Bench', ARRAY[$3::uuid])`,
    [programmeId, sponsorId, OFFICE],
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

const LIST = `query L($programmeId: ID!, $search: String, $filter: PeopleFilter, $orderBy: PeopleOrder, $after: String) {
  people(programmeId: $programmeId, search: $search, filter: $filter, orderBy: $orderBy, first: 50, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { track coachId outcome candidate { id employeeNumber firstName lastName status enrolledAt } }
  }
}`;

/** The columns the API's page shows, as bare SQL reads them. */
const ROW = `c.id, c.employee_number, c.first_name, c.last_name, c.status, c.enrolled_at,
  (SELECT coach_id FROM caseload_assignment a WHERE a.candidate_id = c.id) AS coach_id,
  (SELECT category FROM outcome o WHERE o.candidate_id = c.id AND NOT o.superseded) AS outcome`;
const NAME_ORDER = `ORDER BY intake_fold(c.last_name), intake_fold(c.first_name), c.id`;
const SEARCHED = `intake_fold(c.last_name || ' ' || c.first_name || ' ' || c.employee_number || ' ' || c.email)`;

interface Figure {
  name: string;
  variables: Record<string, unknown>;
  /** Pages of 50 walked first, to start from the cursor where they end. */
  deep?: number;
  /** The same page in bare SQL: its rows, then its count ($1: the programme, $2...: `params`). */
  sql: { page: string; count: string; params?: (cursor: unknown[]) => unknown[] };
}

const FIGURES: Figure[] = [
  {
    name: 'first page, name order',
    variables: { orderBy: 'NAME' },
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1 ${NAME_ORDER} LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1`,
    },
  },
  {
    name: 'page 1,000 people deep, name order',
    variables: { orderBy: 'NAME' },
    deep: 20,
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1
               AND (intake_fold(c.last_name), intake_fold(c.first_name), c.id) > ($2, $3, $4::uuid) ${NAME_ORDER} LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1`,
      params: (cursor) => cursor,
    },
  },
  {
    name: 'first page, newest enrolled',
    variables: { orderBy: 'ENROLLED_NEWEST' },
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1 ORDER BY c.enrolled_at DESC, c.id DESC LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1`,
    },
  },
  {
    name: 'search "moreira"',
    variables: { search: 'moreira', orderBy: 'NAME' },
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1 AND ${SEARCHED} LIKE '%moreira%' ${NAME_ORDER} LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1 AND ${SEARCHED} LIKE '%moreira%'`,
    },
  },
  {
    name: 'search "ines moreira"',
    variables: { search: 'ines moreira', orderBy: 'NAME' },
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1 AND ${SEARCHED} LIKE '%ines%'
               AND ${SEARCHED} LIKE '%moreira%' ${NAME_ORDER} LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1 AND ${SEARCHED} LIKE '%ines%'
               AND ${SEARCHED} LIKE '%moreira%'`,
    },
  },
  {
    name: 'search an employee number',
    variables: { search: 'E-042170', orderBy: 'NAME' },
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1 AND ${SEARCHED} LIKE '%e-042170%' ${NAME_ORDER} LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1 AND ${SEARCHED} LIKE '%e-042170%'`,
    },
  },
  {
    name: 'waiting for a coach, no outcome',
    variables: { filter: { assigned: false, withoutOutcome: true }, orderBy: 'NAME' },
    sql: {
      page: `SELECT ${ROW} FROM candidate c WHERE c.programme_id = $1
               AND NOT EXISTS (SELECT 1 FROM caseload_assignment a WHERE a.candidate_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.candidate_id = c.id AND NOT o.superseded)
               ${NAME_ORDER} LIMIT 51`,
      count: `SELECT count(*) FROM candidate c WHERE c.programme_id = $1
               AND NOT EXISTS (SELECT 1 FROM caseload_assignment a WHERE a.candidate_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.candidate_id = c.id AND NOT o.superseded)`,
    },
  },
];

interface Run {
  p50: number;
  p95: number;
}

const summary = (samples: number[]): Run => ({
  p50: percentile(samples, 0.5),
  p95: percentile(samples, 0.95),
});

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_intake_people');
  const dataSource = new DataSource({ ...intakeDataSourceOptions(database.url), extra: { max: 4 } });
  let app: INestApplication | null = null;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const seeded = await time(async () => seed(dataSource));
    const programmeId = (await dataSource.query(`SELECT id FROM programme`))[0].id as string;
    const secret = randomBytes(32).toString('hex');
    const port = await freePort();
    app = await startService(intakeApp, {
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testInfrastructure().kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'warn',
      KAFKA_GROUP_PREFIX: `bench-people-${randomUUID().slice(0, 8)}`,
    });
    const ops: Identity = { subject: 'bench-ops', role: 'ops', officeIds: [OFFICE], allOffices: false };
    const api = subgraphAs(`http://127.0.0.1:${port}/graphql`, ops, secret);
    type Page = { people: { totalCount: number; pageInfo: { endCursor: string | null } } };

    const results: { figure: Figure; api: Run; sql: Run; rows: number }[] = [];
    for (const figure of FIGURES) {
      let after: string | null = null;
      let sqlCursor: unknown[] = [];
      for (let page = 0; page < (figure.deep ?? 0); page++) {
        after = (await api.ok<Page>(LIST, { programmeId, ...figure.variables, after })).people.pageInfo
          .endCursor;
      }
      if (figure.deep) {
        const [row] = (await dataSource.query(
          `SELECT intake_fold(last_name) AS a, intake_fold(first_name) AS b, id FROM candidate c
            WHERE programme_id = $1 ${NAME_ORDER} OFFSET $2 LIMIT 1`,
          [programmeId, figure.deep * 50 - 1],
        )) as { a: string; b: string; id: string }[];
        sqlCursor = [row!.a, row!.b, row!.id];
      }
      const variables = { programmeId, ...figure.variables, after };
      const params = [programmeId, ...(figure.sql.params?.(sqlCursor) ?? [])];
      const runApi = () => api.ok<Page>(LIST, variables);
      const runSql = () =>
        Promise.all([
          dataSource.query(figure.sql.page, params),
          dataSource.query(figure.sql.count, [programmeId]),
        ]);
      const rows = (await runApi()).people.totalCount;
      await runSql(); // warm-up, both
      const apiSamples: number[] = [];
      const sqlSamples: number[] = [];
      // Interleaved, so a slow moment of the machine falls on both.
      for (let round = 0; round < ROUNDS; round++) {
        apiSamples.push(await time(runApi));
        sqlSamples.push(await time(runSql));
      }
      results.push({ figure, api: summary(apiSamples), sql: summary(sqlSamples), rows });
    }

    console.log(
      `people list: one programme of ${PEOPLE.toLocaleString('en')} people (70% with a coach, 30% with an outcome), ` +
        `seeded in ${(seeded / 1000).toFixed(1)} s; ${ROUNDS} rounds each, API and bare SQL interleaved; a page of 50 and its total`,
    );
    console.log(
      `${'figure (ms)'.padEnd(38)}${'matches'.padStart(9)}${'SQL p50'.padStart(9)}${'SQL p95'.padStart(9)}` +
        `${'API p50'.padStart(9)}${'API p95'.padStart(9)}${'ratio'.padStart(8)}`,
    );
    for (const { figure, api: a, sql, rows } of results)
      console.log(
        `${figure.name.padEnd(38)}${String(rows).padStart(9)}${sql.p50.toFixed(1).padStart(9)}${sql.p95.toFixed(1).padStart(9)}` +
          `${a.p50.toFixed(1).padStart(9)}${a.p95.toFixed(1).padStart(9)}${(sql.p95 / a.p95).toFixed(2).padStart(7)}x`,
      );
    console.log(
      'ratio = bare indexed SQL p95 / API p95 (the API: HTTP, GraphQL, access check, the repository, the page and total); target >= 0.5x',
    );
  } finally {
    await app?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

runBenchmark(main);
