// Scheduling: booking through the real handler vs raw INSERTs of the same holds into the same
// exclusion-constrained table, and an office-wide availability search, measured in the same run.
// Not a test: it prints figures.   npm run bench:scheduling [-- --bookings 2000 --concurrency 8]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Identity } from '@passerelle/shared/auth';
import { SystemClock } from '@passerelle/shared/clock';
import { createTestDatabase } from '@passerelle/shared/testing';
import {
  DirectoryRepository,
  SessionRepository,
  schedulingDataSourceOptions,
  type CoachEntity,
  type OfficeEntity,
} from '@passerelle/scheduling/data-access';
import {
  AvailabilityService,
  BookSessionHandler,
  bookSessionCommandSchema,
  SessionSlots,
} from '@passerelle/scheduling/feature-sessions';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    bookings: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    searches: { type: 'string', default: '100' },
  },
});
const BOOKINGS = Number(values.bookings);
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = Number(values.rounds);
const SEARCHES = Number(values.searches);
const COACHES = 50;
const HOUR = 3_600_000;
const ops: Identity = { subject: 'bench', role: 'ops', officeIds: [], allOffices: true };

/** Runs `count` tasks with at most `concurrency` in flight; returns the elapsed milliseconds. */
async function timed(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < count; index = next++) await task(index);
    }),
  );
  return performance.now() - started;
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bench_scheduling');
  const dataSource = new DataSource(schedulingDataSourceOptions(database.url, CONCURRENCY + 2));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const directory = new DirectoryRepository(dataSource);
  const sessions = new SessionRepository(dataSource);
  const availability = new AvailabilityService(directory, sessions);
  const clock = new SystemClock();
  const handler = new BookSessionHandler(sessions, new SessionSlots(directory, availability, clock), clock);
  // The resolver's parse, then the handler: what a booking through the API costs in the service.
  const book = (input: unknown) => handler.execute(ops, bookSessionCommandSchema.parse(input));

  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '20:00' }));
  const office: OfficeEntity = {
    id: randomUUID(),
    name: 'Lyon',
    address: '12 rue de la République, 69002 Lyon',
    timeZone: 'Europe/Paris',
    openingHours: weekdays,
    frenchPublicHolidays: true,
    extraHolidays: [],
    bufferMinutes: 10,
    minimumNoticeMinutes: 60,
    active: true,
    createdAt: new Date(),
  };
  await directory.insertOffice(office);
  const coaches: CoachEntity[] = [];
  for (let i = 0; i < COACHES; i++) {
    const coach: CoachEntity = {
      id: randomUUID(),
      displayName: `Coach ${i}`,
      email: `coach-${i}@bench.passerelle.test`,
      officeIds: [office.id],
      languages: ['fr'],
      specialties: ['retraining'],
      maxCaseload: 100,
      weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
      calendarToken: randomUUID(),
      active: true,
      createdAt: new Date(),
    };
    coaches.push(coach);
    await directory.insertCoach(coach);
  }
  const total = BOOKINGS * (ROUNDS + 1);
  const people = Array.from({ length: total }, () => randomUUID());
  await dataSource.query(
    `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at)
     SELECT unnest($1::uuid[]), $2, $3, $4, now()`,
    [people, randomUUID(), randomUUID(), [office.id]],
  );

  // Booking k: coach k mod 50, its own person, each coach's sessions 2 h apart: no collisions.
  const base = Date.now() + 7 * 24 * HOUR;
  const bookingInput = (k: number) => ({
    candidateIds: [people[k]],
    coachId: coaches[k % COACHES]!.id,
    kind: 'FOLLOW_UP',
    mode: 'PHONE',
    startsAt: new Date(base + Math.floor(k / COACHES) * 2 * HOUR),
  });
  // The same holds (coach with buffer, person) as one raw INSERT, on resources of their own, as a
  // named prepared statement on the same pool, as the handler's statements are.
  const rawCoaches = Array.from({ length: COACHES }, () => randomUUID());
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const rawInsert = (k: number) => {
    const start = new Date(base + Math.floor(k / COACHES) * 2 * HOUR);
    return pool.query({
      name: 'bench.raw-holds',
      text: `INSERT INTO booking (id, session_id, resource_kind, resource_id, during) VALUES
         (gen_random_uuid(), $1, 'coach', $2, tstzrange($4, $5, '[)')),
         (gen_random_uuid(), $1, 'candidate', $3, tstzrange($4, $6, '[)'))`,
      values: [
        randomUUID(),
        rawCoaches[k % COACHES],
        randomUUID(),
        start,
        new Date(start.getTime() + 70 * 60_000),
        new Date(start.getTime() + HOUR),
      ],
    });
  };

  // Warm-up, not measured.
  let offset = 0;
  const warm = Math.min(200, BOOKINGS);
  await timed(warm, CONCURRENCY, (i) => book(bookingInput(i)));
  await timed(warm, CONCURRENCY, (i) => rawInsert(i));
  offset = BOOKINGS;

  const raw: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = offset + round * BOOKINGS;
    raw.push(await timed(BOOKINGS, CONCURRENCY, (i) => rawInsert(start + i + total)));
    ours.push(await timed(BOOKINGS, CONCURRENCY, (i) => book(bookingInput(start + i - BOOKINGS + warm))));
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const rate = (ms: number) => Math.round((BOOKINGS / ms) * 1000);

  // Office-wide availability: 50 coaches over 4 weeks, with the sessions just booked and some leave.
  for (const [i, coach] of coaches.entries()) {
    if (i % 5 !== 0) continue;
    await directory.insertException({
      id: randomUUID(),
      coachId: coach.id,
      kind: 'leave',
      startsAt: new Date(base + 3 * 24 * HOUR),
      endsAt: new Date(base + 5 * 24 * HOUR),
      note: null,
    });
  }
  const range = { start: new Date(base - 24 * HOUR), end: new Date(base + 27 * 24 * HOUR) };
  const query = {
    range,
    mode: 'in_person' as const,
    durationMinutes: 60,
    now: new Date(),
    withSessions: true,
  };
  const searchMs: number[] = [];
  const readMs: number[] = [];
  let slotCount = 0;
  for (let i = 0; i < SEARCHES + 5; i++) {
    let started = performance.now();
    const coachesOfOffice = await directory.listCoachesOfOffice(office.id);
    const slots = await availability.slots(coachesOfOffice, office, query);
    const searched = performance.now() - started;
    // Baseline: the same reads alone (coaches, absences, sessions), without the search.
    started = performance.now();
    const ids = (await directory.listCoachesOfOffice(office.id)).map((c) => c.id);
    await Promise.all([
      directory.listExceptions(ids, range.start, range.end),
      sessions.busyCoachTime(ids, range.start, range.end),
    ]);
    const read = performance.now() - started;
    if (i >= 5) {
      searchMs.push(searched);
      readMs.push(read);
      slotCount = slots.length;
    }
  }
  const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.ceil(v.length * 0.95) - 1]!;
  const booked = await dataSource.query(`SELECT count(*)::int AS n FROM coaching_session`);

  console.log(
    `scheduling benchmark: ${BOOKINGS} bookings per round, ${CONCURRENCY} concurrent, median of ${ROUNDS} rounds; ` +
      `${SEARCHES} office searches`,
  );
  console.log('figure                                   baseline        passerelle      ratio');
  const r = rate(median(raw));
  const o = rate(median(ours));
  console.log(
    `${'booking throughput (bookings/s)'.padEnd(40)} ${String(r).padStart(8)} raw   ${String(o).padStart(8)}      ${(o / r).toFixed(2)}x`,
  );
  const s = p95(searchMs);
  const b = p95(readMs);
  console.log(
    `${`office availability p95 (ms, ${COACHES} coaches, 4 weeks)`.padEnd(40)} ${b.toFixed(1).padStart(8)} reads ${s.toFixed(1).padStart(8)}      ${(s / b).toFixed(2)}x`,
  );
  console.log(
    `booking = BookSessionHandler (input validation, access checks, coach/office/scope reads, session + person + ` +
      `holds + 2 reminders + SessionBooked outbox row in one statement) vs one raw INSERT of the same two holds into booking`,
  );
  console.log(
    `availability = coaches, absences and ${booked[0].n} sessions read and ${slotCount} free 60-min slots found ` +
      `(15-min steps, 10-min buffers, holidays, DST-safe) vs the same reads alone`,
  );
  await dataSource.destroy();
  await database.drop();
}

runBenchmark(main);
