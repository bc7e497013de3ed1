// The sponsor's outcome aggregate and a person's erasure on a firm-sized intake database, each
// beside a baseline measured in the same run on the same data. Not a test: it prints figures
// (ratio = ours / baseline time, lower is better).
//   npm run bench:intake-outcomes [-- --candidates 100000 --programmes 10 --erasures 200]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import {
  OutcomeRepository,
  PersonalDataRepository,
  intakeDataSourceOptions,
} from '@passerelle/intake/data-access';
import { OUTCOME_CATEGORIES } from '@passerelle/shared/contracts';
import { suppressList } from '@passerelle/shared/disclosure';
import { createTestDatabase } from '@passerelle/shared/testing';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    programmes: { type: 'string', default: '10' },
    erasures: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '5' },
  },
});
const CANDIDATES = Number(values.candidates);
const PROGRAMMES = Number(values.programmes);
const ERASURES = Number(values.erasures);
const ROUNDS = Number(values.rounds);

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;

/** Programmes, people spread over them, and for 60% of them an outcome (a tenth corrected once). */
async function seed(dataSource: DataSource): Promise<string[]> {
  const sponsorId = randomUUID();
  await dataSource.query(`INSERT INTO sponsor (id, name) VALUES ($1, 'Bench')`, [sponsorId]);
  const programmeIds = Array.from({ length: PROGRAMMES }, () => randomUUID());
  await dataSource.query(
    `INSERT INTO programme (id, sponsor_id, name, office_ids)
     SELECT id, $2, 'Bench ' || ord, ARRAY[gen_random_uuid()] FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, ord)`,
    [programmeIds, sponsorId],
  );
  await dataSource.query(
    `INSERT INTO candidate (id, programme_id, sponsor_id, employee_number, first_name, last_name, email, languages, status, enrolled_at)
     SELECT gen_random_uuid(), ($1::uuid[])[1 + i % $2], $3, 'E' || i, 'First' || i, 'Last' || i, 'p' || i || '@example.org', '{fr}', 'active', now()
       FROM generate_series(1, $4) AS i`,
    [programmeIds, PROGRAMMES, sponsorId, CANDIDATES],
  );
  await dataSource.query(
    `INSERT INTO outcome (id, candidate_id, programme_id, category, outcome_date, employer_name, superseded, recorded_by, recorded_at)
     SELECT gen_random_uuid(), c.id, c.programme_id, ($1::text[])[1 + (abs(hashtext(c.id::text)) % 7)], current_date,
            'Employer', row_number() OVER () % 10 = 0, 'bench', now()
       FROM candidate c WHERE abs(hashtext(c.id::text)) % 10 < 6`,
    [OUTCOME_CATEGORIES.filter((category) => category !== 'still_searching')],
  );
  await dataSource.query(
    `INSERT INTO outcome (id, candidate_id, programme_id, category, outcome_date, superseded, recorded_by, recorded_at)
     SELECT gen_random_uuid(), candidate_id, programme_id, 'training', current_date, false, 'bench', now()
       FROM outcome WHERE superseded`,
  );
  await dataSource.query(
    `INSERT INTO consent (id, candidate_id, notice_version, granted, recorded_at)
     SELECT gen_random_uuid(), id, '2026.1', true, now() FROM candidate`,
  );
  await dataSource.query(`ANALYZE`);
  return programmeIds;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_intake_outcomes');
  const dataSource = new DataSource(intakeDataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const seeded = await time(async () => seed(dataSource));
    const programmeIds = (await dataSource.query(`SELECT id FROM programme`)).map(
      (row: { id: string }) => row.id,
    );
    const outcomes = new OutcomeRepository(dataSource);
    const personalData = new PersonalDataRepository(dataSource);

    // Aggregate: counts by category with suppression, vs counting the programme's people.
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const programmeId of programmeIds) {
        ours.push(
          await time(async () => {
            const counts = new Map(
              (await outcomes.categoryCounts(programmeId)).map((c) => [c.category, c.count]),
            );
            return suppressList(OUTCOME_CATEGORIES.map((key) => ({ key, count: counts.get(key) ?? 0 })));
          }),
        );
        baseline.push(
          await time(() =>
            dataSource.query(`SELECT count(*) FROM candidate WHERE programme_id = $1`, [programmeId]),
          ),
        );
      }
    }

    // Erasure: every table of the person in one transaction, vs deleting the person's row alone.
    const victims: { id: string }[] = await dataSource.query(
      `SELECT id FROM candidate ORDER BY random() LIMIT $1`,
      [ERASURES * 2],
    );
    const erase: number[] = [];
    const deleteOnly: number[] = [];
    for (const [index, { id }] of victims.entries()) {
      if (index % 2 === 0) {
        erase.push(
          await time(() => dataSource.transaction((manager) => personalData.erase(manager, id, new Date()))),
        );
      } else {
        deleteOnly.push(
          await time(() =>
            dataSource.transaction(async (manager) => {
              await manager.query(`DELETE FROM consent WHERE candidate_id = $1`, [id]);
              await manager.query(`DELETE FROM outcome WHERE candidate_id = $1`, [id]);
              await manager.query(`DELETE FROM candidate WHERE id = $1`, [id]);
            }),
          ),
        );
      }
    }

    const row = (figure: string, mine: number, base: number) =>
      console.log(
        `${figure.padEnd(38)}${base.toFixed(2).padStart(12)}${mine.toFixed(2).padStart(12)}${(mine / base).toFixed(2).padStart(8)}x`,
      );
    console.log(
      `intake outcomes: ${CANDIDATES.toLocaleString('en')} people in ${PROGRAMMES} programmes, 60% with an outcome, ` +
        `seeded in ${(seeded / 1000).toFixed(1)} s; median of ${ROUNDS} rounds x ${PROGRAMMES} programmes, ${ERASURES} erasures`,
    );
    console.log(
      `${'figure (median ms)'.padEnd(38)}${'baseline'.padStart(12)}${'intake'.padStart(12)}${'ratio'.padStart(9)}`,
    );
    row('sponsor aggregate of one programme', median(ours), median(baseline));
    row('erasure of one person', median(erase), median(deleteOnly));
    console.log(
      "aggregate baseline = count(*) of the programme's people; erasure baseline = delete the person, their consent and outcomes",
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

runBenchmark(main);
