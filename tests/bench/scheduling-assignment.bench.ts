// Scheduling's coach assignment on enrolment (issue 16 item 2), on the real PostgreSQL and Kafka: N
// CandidateEnrolled events of two programmes (offices in Lyon, Paris, Marseille and Lille, coaches with
// room for about two thirds of the people, so the rest wait in the queue with their reason),
// published once to a fresh bench topic (6 partitions, keyed by person as intake keys them), then
// consumed in the same run by:
//   one-by-one  the previous per-event path (`AssignCoachesOneByOne`: the access projection's row,
//               the profile, then `AssignCoachHandler`, coaches locked per person),
//   batch       the consumer's batch path (`AssignmentEventsConsumer.onEnrolled`, `@OnEventBatch`,
//               `AssignCoachesHandler`),
// each on the same database with its people, assignments and queue emptied in between. Prints
// people/s, the process's CPU ms per person, SQL statements per person (every statement the
// service's data source sends, BEGIN and COMMIT included) and the ratio; checks both runs assigned
// and queued as many people and announced as many CoachAssigned. Not a test.
//   npm run bench:scheduling-assignment [-- --people 10000 --modes one-by-one,batch]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { FixedClock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import {
  InboxBatchContext,
  OutboxWriter,
  createEvent,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import {
  AssignmentRepository,
  CapacityRepository,
  schedulingDataSourceOptions,
} from '@passerelle/scheduling/data-access';
import {
  AssignCoachHandler,
  AssignCoachesHandler,
  AssignCoachesOneByOne,
  AssignmentEventsConsumer,
  DrainQueueHandler,
} from '@passerelle/scheduling/feature-assignment';
import { loadAverage, perSecond, printTable, runBenchmark } from './bench-kit';
import {
  BENCH_PARTITIONS,
  BENCH_QUERY,
  BenchTopic,
  benchKafka,
  countedDatabase,
  type CountedDatabase,
} from './event-bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '5000' },
    modes: { type: 'string', default: 'one-by-one,batch' },
  },
});
const PEOPLE = Number(values.people);
type Mode = 'one-by-one' | 'batch';
const MODES = values.modes.split(',') as Mode[];
const NOW = '2026-12-07T09:00:00.000Z';

const OFFICES = Array.from({ length: 4 }, () => randomUUID());
const PROGRAMMES = [
  { programmeId: randomUUID(), sponsorId: randomUUID(), officeIds: OFFICES.slice(0, 2) },
  { programmeId: randomUUID(), sponsorId: randomUUID(), officeIds: OFFICES.slice(2) },
];
/** Coaches per office; their caseloads add up to about two thirds of the people. */
const COACHES_PER_OFFICE = 12;

/** Two programmes' people, one enrolment each, as intake announces an HR file. */
function enrolments(): AnyEvent[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const candidateId = randomUUID();
    const programme = PROGRAMMES[i % 2]!;
    return createEvent('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: programme.programmeId,
      sponsorId: programme.sponsorId,
      officeIds: [programme.officeIds[Math.floor(i / 2) % 2]!],
      enrolledAt: NOW,
      formerOccupationCode: null,
      languages: ['fr'],
    }) as AnyEvent;
  });
}

async function seed(dataSource: DataSource): Promise<void> {
  for (const programme of PROGRAMMES)
    await dataSource.query(
      `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, $4)`,
      [programme.programmeId, programme.sponsorId, programme.officeIds, NOW],
    );
  const perCoach = Math.max(1, Math.round((PEOPLE * 2) / 3 / (OFFICES.length * COACHES_PER_OFFICE)));
  await dataSource.query(
    `INSERT INTO coach (id, display_name, email, office_ids, languages, specialties, max_caseload, weekly_hours,
                        calendar_token, active, created_at)
     SELECT gen_random_uuid(), 'Coach ' || i, 'coach-' || i || '@bench.passerelle.test',
            ARRAY[($1::uuid[])[1 + i % $2]], CASE WHEN i % 3 = 0 THEN ARRAY['fr', 'en'] ELSE ARRAY['fr'] END,
            ARRAY['direct_reemployment', 'retraining'], $3 - 2 + i % 5, '[]', md5(random()::text), true, $4
       FROM generate_series(0, $5 - 1) AS i`,
    [OFFICES, OFFICES.length, perCoach, NOW, OFFICES.length * COACHES_PER_OFFICE],
  );
}

/** Deadlocks PostgreSQL detected in the bench's database so far (a batch given back and applied again). */
async function deadlocks(dataSource: DataSource): Promise<number> {
  const [{ n }] = await dataSource.query(
    `${BENCH_QUERY} SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`,
  );
  return n;
}

async function main(): Promise<void> {
  const kafka = benchKafka('bench-scheduling-assignment');
  let topic: BenchTopic | null = null;
  let bench: CountedDatabase | null = null;
  try {
    bench = await countedDatabase('bench_scheduling_assignment', schedulingDataSourceOptions);
    const { database, dataSource, counter } = bench;
    await seed(dataSource);

    // The service's objects, as Nest wires them.
    const clock = new FixedClock(NOW);
    const outbox = new OutboxWriter();
    const scopes = new CandidateScopeRepository(dataSource);
    const assignments = new AssignmentRepository(dataSource);
    const capacity = new CapacityRepository(dataSource);
    const assignOne = new AssignCoachHandler(assignments, scopes, outbox, clock);
    const drain = new DrainQueueHandler(capacity, assignOne);
    const consumer = new AssignmentEventsConsumer(
      assignments,
      assignOne,
      capacity,
      drain,
      new AssignCoachesHandler(assignments, scopes, outbox),
      scopes,
      clock,
    );
    const oneByOne = new AssignCoachesOneByOne(scopes, assignments, assignOne);
    const handlers: Record<Mode, InboxHandler> = {
      'one-by-one': (event, manager) => oneByOne.enrolled(manager, event as EventOf<'CandidateEnrolled.v1'>),
      batch: {
        applyBatch: (events, manager) =>
          consumer.onEnrolled(events, new InboxBatchContext([events, manager])),
      },
    };

    topic = await BenchTopic.create(kafka, 'scheduling');
    await topic.publish(enrolments());

    process.stdout.write(
      `scheduling assignment benchmark: ${PEOPLE} CandidateEnrolled, ${BENCH_PARTITIONS} partitions, ` +
        `${OFFICES.length * COACHES_PER_OFFICE} coaches in ${OFFICES.length} offices\n`,
    );
    const results: {
      mode: Mode;
      ms: number;
      cpuMs: number;
      statements: number;
      calls: number;
      outcome: { assigned: number; queued: number; announced: number };
      load: string;
    }[] = [];
    for (const mode of MODES) {
      await dataSource.query(
        `TRUNCATE candidate_profile, coach_assignment, assignment_queue, candidate_scope, candidate_coach,
                  outbox_message, inbox_message`,
      );
      const load = loadAverage();
      const deadlocksBefore = await deadlocks(dataSource);
      const { ms, cpuMs, statements, calls } = await topic.consumeToEnd({
        dataSource,
        databaseUrl: database.url,
        counter,
        handlers: new Map([['CandidateEnrolled.v1', handlers[mode]]]),
        events: PEOPLE,
      });
      await new Promise((done) => setTimeout(done, 1500)); // the server's statistics are flushed within a second
      const deadlocked = (await deadlocks(dataSource)) - deadlocksBefore;
      const [outcome] = await dataSource.query(
        `${BENCH_QUERY} SELECT (SELECT count(*) FROM coach_assignment WHERE ended_at IS NULL)::int AS assigned,
                (SELECT count(*) FROM assignment_queue)::int AS queued,
                (SELECT count(*) FROM outbox_message WHERE event_type = 'CoachAssigned.v1')::int AS announced`,
      );
      results.push({ mode, ms, cpuMs, statements, calls, outcome, load });
      for (const [kind, { ms: spent, n }] of counter.longest(6))
        process.stdout.write(
          `    ${(spent / 1000).toFixed(2).padStart(6)} s in ${String(n).padStart(6)} x ${kind}\n`,
        );
      process.stdout.write(
        `  ${mode}: ${(ms / 1000).toFixed(2)} s, ${calls} handler calls, ${outcome.assigned} assigned, ` +
          `${outcome.queued} queued, ${outcome.announced} CoachAssigned, ${deadlocked} deadlocks, load ${load}\n`,
      );
    }

    process.stdout.write('\n');
    printTable(
      ['path', 'people/s', 'CPU ms/person', 'statements/person', 'events per handler call'],
      results.map((r) => [
        r.mode,
        perSecond(PEOPLE, r.ms),
        (r.cpuMs / PEOPLE).toFixed(2),
        (r.statements / PEOPLE).toFixed(3),
        (PEOPLE / r.calls).toFixed(1),
      ]),
    );
    const one = results.find((r) => r.mode === 'one-by-one');
    const batch = results.find((r) => r.mode === 'batch');
    if (one && batch) {
      process.stdout.write(
        `\nbatch / one-by-one: ${(one.ms / batch.ms).toFixed(2)}x people/s, ` +
          `${(one.cpuMs / batch.cpuMs).toFixed(2)}x less CPU, ${(one.statements / batch.statements).toFixed(1)}x fewer statements\n`,
      );
      // Kafka hands the partitions over in another order each run, so who gets which coach may
      // differ; how many are followed, wait and are announced may not.
      if (JSON.stringify(one.outcome) !== JSON.stringify(batch.outcome))
        throw new Error(
          `the batch path stored or announced otherwise: ${JSON.stringify(batch.outcome)} against ${JSON.stringify(one.outcome)}`,
        );
    }
  } finally {
    await topic?.delete();
    await bench?.drop();
  }
}

runBenchmark(main);
