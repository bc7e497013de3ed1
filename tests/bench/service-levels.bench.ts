// The firm's service levels (issue 17, item 7) of a large programme, in-process on the real
// PostgreSQL: a synthetic read model (people enrolled over 6 months, a coach each out of
// `--coaches`, attended sessions every two to five weeks, no-shows, pauses and exits, some never
// met) written straight into reporting's tables, then timed: reading the facts
// (`ReportingRepository.caseloadOf`), and the rules on them (breaches, workload, summary).
// Not a test: it prints figures (p50 and p95 of `--rounds` runs after 3 warm-up).
//   npm run bench:service-levels [-- --people 10000 --coaches 330 --rounds 20 --seed 7]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { runMigrations } from '@passerelle/shared/runtime';
import { createTestDatabase } from '@passerelle/shared/testing';
import { ReportingRepository, reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import {
  coachWorkloads,
  serviceLevelBreaches,
  serviceLevelSummary,
  serviceLevelTermsOf,
} from '@passerelle/reporting/domain';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    coaches: { type: 'string', default: '330' },
    rounds: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
  },
});
const PEOPLE = Number(values.people);
const COACHES = Number(values.coaches);
const ROUNDS = Number(values.rounds);
const AS_OF = new Date('2026-11-30T23:00:00.000Z');
const START = new Date('2026-05-04T08:00:00.000Z').getTime();
const DAY = 86_400_000;

/** mulberry32: the same programme for the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function insert(dataSource: DataSource, table: string, columns: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    const values = chunk
      .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
      .join(', ');
    await dataSource.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}

async function seed(dataSource: DataSource, programmeId: string): Promise<number> {
  const random = prng(Number(values.seed));
  const office = randomUUID();
  const coaches = Array.from({ length: COACHES }, () => randomUUID());
  await dataSource.query(
    `INSERT INTO reporting_programme (programme_id, sponsor_id, office_ids, headcount, outcome_targets, status, terms_at, service_levels)
     VALUES ($1, $2, $3, $4, '[]', 'contracted', $5, $6)`,
    [
      programmeId,
      randomUUID(),
      [office],
      PEOPLE,
      new Date(START - 30 * DAY),
      JSON.stringify({ firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 30 }),
    ],
  );
  const people: unknown[][] = [];
  const assignments: unknown[][] = [];
  const sessions: unknown[][] = [];
  const changes: unknown[][] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const key = randomUUID();
    const enrolled = START + Math.floor(random() * 200) * DAY;
    people.push([key, programmeId, new Date(enrolled), random() < 0.08]);
    assignments.push([
      randomUUID(),
      key,
      coaches[Math.floor(random() * COACHES)],
      office,
      new Date(enrolled + DAY),
    ]);
    if (random() < 0.03) continue; // never met
    let at = enrolled + (3 + Math.floor(random() * 12)) * DAY;
    while (at < AS_OF.getTime()) {
      const coach = assignments[assignments.length - 1]![2];
      const missed = random() < 0.08;
      sessions.push([
        randomUUID(),
        key,
        missed ? 'no_show' : 'completed',
        new Date(at),
        missed ? null : new Date(at),
        coach,
      ]);
      at += (14 + Math.floor(random() * 21)) * DAY;
    }
    const fate = random();
    if (fate < 0.1) changes.push([randomUUID(), key, 'paused', new Date(enrolled + 60 * DAY)]);
    else if (fate < 0.35) changes.push([randomUUID(), key, 'exited', new Date(enrolled + 120 * DAY)]);
  }
  await insert(
    dataSource,
    'reporting_person',
    ['person_key', 'programme_id', 'enrolled_at', 'at_risk'],
    people,
  );
  await insert(
    dataSource,
    'reporting_coach_assignment',
    ['event_id', 'person_key', 'coach_id', 'office_id', 'assigned_at'],
    assignments,
  );
  await insert(
    dataSource,
    'reporting_session',
    ['session_id', 'person_key', 'status', 'starts_at', 'completed_at', 'coach_id'],
    sessions,
  );
  await insert(
    dataSource,
    'reporting_status_change',
    ['event_id', 'person_key', 'to_status', 'changed_at'],
    changes,
  );
  await dataSource.query('ANALYZE');
  return sessions.length;
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_service_levels');
  const dataSource = new DataSource(reportingDataSourceOptions(database.url, 4));
  try {
    await runMigrations(reportingDataSourceOptions(database.url));
    await dataSource.initialize();
    const programmeId = randomUUID();
    const sessions = await seed(dataSource, programmeId);
    const repository = new ReportingRepository(dataSource);
    const reads: number[] = [];
    const rules: number[] = [];
    const each = { breaches: [] as number[], workload: [] as number[], summary: [] as number[] };
    let last = { breaches: 0, coaches: 0 };
    for (let round = 0; round < ROUNDS + 3; round++) {
      const t0 = performance.now();
      const programme = await repository.findProgramme(programmeId);
      const people = await repository.caseloadOf(programmeId);
      const t1 = performance.now();
      const terms = serviceLevelTermsOf(programme?.serviceLevels);
      const breaches = serviceLevelBreaches(people, terms, AS_OF);
      const tb = performance.now();
      const workload = coachWorkloads(people, terms, AS_OF);
      const tw = performance.now();
      serviceLevelSummary(people, terms, AS_OF);
      const t2 = performance.now();
      if (round >= 3) {
        reads.push(t1 - t0);
        rules.push(t2 - t1);
        each.breaches.push(tb - t1);
        each.workload.push(tw - tb);
        each.summary.push(t2 - tw);
      }
      last = { breaches: breaches.length, coaches: workload.length };
    }
    const show = (label: string, times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `  ${label}: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`,
      );
    };
    console.log(
      `service levels of ${PEOPLE.toLocaleString('en-GB')} people, ${COACHES} coaches, ${sessions.toLocaleString('en-GB')} sessions (${ROUNDS} runs):`,
    );
    show('reading the facts (caseloadOf)', reads);
    show('breaches, workload and summary', rules);
    show('  of which breaches', each.breaches);
    show('  of which workload', each.workload);
    show('  of which summary', each.summary);
    show(
      'in all',
      reads.map((read, i) => read + rules[i]!),
    );
    console.log(`  ${last.breaches} breaches, ${last.coaches} coaches in the workload`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

runBenchmark(main);
