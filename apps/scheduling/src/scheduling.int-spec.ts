import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import * as ical from 'node-ical';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, InboxBatchContext, InboxContext } from '@passerelle/shared/messaging';
import { PinnableClock } from '@passerelle/shared/clock';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  subgraphAs,
  testInfrastructure,
  type AnyData,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { officeHolidays } from '@passerelle/scheduling/domain';
import {
  AssignmentEventsConsumer,
  CandidateErasureConsumer,
} from '@passerelle/scheduling/feature-assignment';
import { ReminderPoller } from '@passerelle/scheduling/feature-sessions';
import { schedulingApp } from './scheduling.app';

// The scheduling service on its own, against real PostgreSQL and Kafka, called as the gateway
// calls it (GraphQL with a signed forwarded identity). The whole platform is in tests/e2e.

const secret = randomBytes(32).toString('hex');
const LYON = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OTHER_SPONSOR = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const opsElsewhere: Identity = {
  subject: 'ops-paris',
  role: 'ops',
  officeIds: [randomUUID()],
  allOffices: false,
};

let database: TestDatabase;
/** The file's own topics (decision 0043): the service reads no other run's events. */
let topics: RunTopics;
/** The service's clock: the machine's, except where a test pins a date. */
const clock = new PinnableClock();
let app: INestApplication;
let baseUrl: string;
let dataSource: DataSource;
/** Holds the outbox relay's leader lock, as another replica would: events stay in the outbox to be read. */
let relayLeader: Client;

/** The service as the gateway calls it on behalf of `identity` (the test kit's client). */
const as = (identity: Identity) => subgraphAs(`${baseUrl}/graphql`, identity, secret);
const gql = async <T = AnyData>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  (await as(identity).request<T>(query, variables)).body;
const ok = <T = AnyData>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  as(identity).ok<T>(query, variables);

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

/** The `days`-th working day ahead (no weekend, no French holiday), at a local time in Lyon. */
function workingDayAhead(days: number, hour: number, minute = 0): Date {
  // The n-th working day from today: different n, different days.
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour, minute }).toJSDate();
}

async function seedCandidate(candidateId: string, languages = ['fr']): Promise<void> {
  const event = createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [LYON],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: null,
    languages,
  });
  // The access projection (shared consumer) and the assignment consumer, as the inbox runs them.
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
      [candidateId, PROGRAMME, SPONSOR, [LYON]],
    );
    await app.get(AssignmentEventsConsumer).onEnrolled([event], new InboxBatchContext([[event], manager]));
  });
}

const outboxOf = (
  type: string,
  aggregateId?: string,
): Promise<{ envelope: { payload: Record<string, unknown> } }[]> =>
  dataSource.query(
    `SELECT envelope FROM outbox_message WHERE event_type = $1 AND ($2::text IS NULL OR message_key = $2) ORDER BY id`,
    [type, aggregateId ?? null],
  );

const CREATE_COACH = `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id displayName specialties } }`;
const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id status startsAt endsAt kind mode coach { id } room { id } videoLink seatsTaken candidateIds } }`;

let roomId: string;
let coachA: string;
let coachB: string;
const coachC = randomUUID();

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('scheduling_service');
  topics = await createRunTopics(testInfrastructure().kafkaBrokers);
  await runMigrations(schedulingDataSourceOptions(database.url));
  relayLeader = new Client({ connectionString: database.url });
  await relayLeader.connect();
  await relayLeader.query(`SELECT pg_advisory_lock(hashtext('passerelle.outbox-relay'))`);
  const port = await freePort();
  app = await startService(
    schedulingApp,
    {
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_INTERVAL_MS: '1000',
      KAFKA_GROUP_PREFIX: `int-scheduling-${randomUUID().slice(0, 8)}`,
      KAFKA_TOPIC_PREFIX: topics.prefix,
      KAFKA_FETCH_MAX_WAIT_MS: '500',
    },
    clock,
  );
  baseUrl = `http://127.0.0.1:${port}`;
  dataSource = app.get(DataSource);

  await ok(ops, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
    input: {
      id: LYON,
      name: 'Lyon Part-Dieu',
      address: '12 rue de la République, 69002 Lyon',
      timeZone: 'Europe/Paris',
      openingHours: weekdays('08:00', '19:00'),
      extraHolidays: ['2027-12-26'],
      bufferMinutes: 15,
      minimumNoticeMinutes: 120,
    },
  });
  roomId = (
    await ok(ops, `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { officeId: LYON, name: 'Rhône', capacity: 3, equipment: ['screen'] },
    })
  ).createRoom.id;
  const coach = (
    displayName: string,
    languages: string[],
    specialties: string[],
    maxCaseload: number,
    id?: string,
  ) =>
    ok(ops, CREATE_COACH, {
      input: {
        id,
        displayName,
        email: `${displayName.toLowerCase()}@lyon.passerelle.test`,
        officeIds: [LYON],
        languages,
        specialties,
        maxCaseload,
        weeklyHours: weekdays('09:00', '17:00'),
      },
    });
  coachA = (await coach('Camille', ['fr'], ['RETRAINING'], 1)).createCoach.id;
  coachB = (await coach('Bastien', ['fr', 'en'], ['DIRECT_REEMPLOYMENT', 'RETRAINING'], 10)).createCoach.id;
  await coach('Chadia', ['ar', 'fr'], ['BUSINESS_CREATION'], 5, coachC);
  await dataSource.query(
    `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
    [PROGRAMME, SPONSOR, [LYON]],
  );
});

afterAll(async () => {
  await relayLeader?.end();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

describe('directory', () => {
  it('refuses bad input with the field at fault, and another office’s ops', async () => {
    const bad = await gql(ops, CREATE_COACH, {
      input: {
        displayName: 'X',
        email: 'x@lyon.passerelle.test',
        officeIds: [LYON],
        languages: ['french'],
        specialties: [],
        maxCaseload: 3,
        weeklyHours: [{ weekday: 8, start: '09:00', end: '08:00' }],
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('languages.0');
    expect(bad.errors?.[0]?.message).toContain('weeklyHours.0.weekday');
    const foreign = await gql(
      opsElsewhere,
      `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
      {
        input: { officeId: LYON, name: 'x', capacity: 2 },
      },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists an office’s holidays: French ones computed, plus its own', async () => {
    const data = await ok(
      ops,
      `query { office(id: "${LYON}") { holidays(year: 2027) rooms { name capacity } } }`,
    );
    expect(data.office.holidays).toEqual(
      expect.arrayContaining(['2027-03-29', '2027-05-06', '2027-05-17', '2027-07-14', '2027-12-26']),
    );
    expect(data.office.holidays).toHaveLength(12);
  });
});

describe('assignment', () => {
  it('assigns the least loaded eligible coach, explains it, and announces CoachAssigned', async () => {
    const first = randomUUID();
    await seedCandidate(first);
    const rows = await dataSource.query(
      `SELECT coach_id, mode, explanation FROM coach_assignment WHERE candidate_id = $1`,
      [first],
    );
    expect(rows).toHaveLength(1);
    // All three speak French; A and B have 0 people: equal ratio 0, equal count, B has more room.
    expect(rows[0].coach_id).toBe(coachB);
    expect(rows[0].explanation.eligible.map((e: { coachId: string }) => e.coachId)).toEqual([
      coachB,
      coachC,
      coachA,
    ]);
    const events = await outboxOf('CoachAssigned.v1', first);
    expect(events).toHaveLength(1);
    expect(events[0]!.envelope.payload).toMatchObject({
      coachId: coachB,
      mode: 'automatic',
      previousCoachId: null,
      officeId: LYON,
    });
  });

  it('queues a person no coach fits, with the reason, and ops reassign with a reason', async () => {
    const german = randomUUID();
    await seedCandidate(german, ['de']);
    const queue = await ok(
      ops,
      `{ assignmentQueue { nodes { candidateId reasonCode explanation { summary excluded { coachId reasons } } } } }`,
    );
    const entry = queue.assignmentQueue.nodes.find((e: { candidateId: string }) => e.candidateId === german);
    expect(entry.reasonCode).toBe('no_eligible_coach');
    expect(
      entry.explanation.excluded.every((e: { reasons: string[] }) =>
        e.reasons.includes('no_common_language'),
      ),
    ).toBe(true);
    expect(
      (await ok(opsElsewhere, `{ assignmentQueue { nodes { candidateId } } }`)).assignmentQueue.nodes,
    ).toEqual([]);

    const noReason = await gql(
      ops,
      `mutation { reassignCoach(input: { candidateId: "${german}", coachId: "${coachB}", reason: "" }) { mode } }`,
    );
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reassigned = await ok(
      ops,
      `mutation { reassignCoach(input: { candidateId: "${german}", coachId: "${coachB}", reason: "speaks some German" }) { mode reason coach { id } } }`,
    );
    expect(reassigned.reassignCoach).toEqual({
      mode: 'REASSIGNMENT',
      reason: 'speaks some German',
      coach: { id: coachB },
    });
    const queueAfter = await ok(ops, `{ assignmentQueue { nodes { candidateId } } }`);
    expect(queueAfter.assignmentQueue.nodes.map((e: { candidateId: string }) => e.candidateId)).not.toContain(
      german,
    );
    const events = await outboxOf('CoachAssigned.v1', german);
    expect(events.map((e) => e.envelope.payload['mode'])).toEqual(['reassignment']);
  });

  it('moves an automatic assignment when the diagnosis asks for a specialty the coach lacks', async () => {
    const founder = randomUUID();
    // Chadia (the only business-creation coach) is away at enrolment, so another coach is chosen.
    await dataSource.query(`UPDATE coach SET active = false WHERE id = $1`, [coachC]);
    await seedCandidate(founder, ['fr']);
    await dataSource.query(`UPDATE coach SET active = true WHERE id = $1`, [coachC]);
    const [initial] = await outboxOf('CoachAssigned.v1', founder);
    expect(initial!.envelope.payload['coachId']).not.toBe(coachC);
    const diagnosed = createEvent('CandidateDiagnosed.v1', founder, {
      candidateId: founder,
      programmeId: PROGRAMME,
      diagnosticId: randomUUID(),
      questionnaireVersion: 'v1',
      track: 'business_creation',
      source: 'rules',
      reasonCodes: ['wants_to_create'],
      distressFlag: false,
      mobilityRadiusKm: 30,
      languages: ['fr'],
      diagnosedAt: new Date().toISOString(),
    });
    await dataSource.transaction((manager) =>
      app.get(AssignmentEventsConsumer).onDiagnosed(diagnosed, new InboxContext([diagnosed, manager])),
    );
    const events = await outboxOf('CoachAssigned.v1', founder);
    expect(events.map((e) => e.envelope.payload['coachId'])).toEqual([
      initial!.envelope.payload['coachId'],
      coachC,
    ]);
    expect(events[1]!.envelope.payload).toMatchObject({
      previousCoachId: initial!.envelope.payload['coachId'],
      mode: 'automatic',
    });
  });
});

describe('sessions', () => {
  let person: string;
  const personIdentity = (): Identity => ({ subject: 'p', role: 'candidate', candidateId: person });
  const coachBIdentity = (): Identity => ({
    subject: 'b',
    role: 'coach',
    coachId: coachB,
    officeIds: [LYON],
  });

  beforeAll(async () => {
    person = randomUUID();
    await seedCandidate(person);
    const current = await dataSource.query(
      `SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`,
      [person],
    );
    if (current[0]?.coach_id !== coachB)
      await ok(
        ops,
        `mutation { reassignCoach(input: { candidateId: "${person}", coachId: "${coachB}", reason: "continuity" }) { mode } }`,
      );
  });

  it('books, then answers a taken slot with SLOT_TAKEN and the next free slots', async () => {
    const startsAt = workingDayAhead(3, 10);
    const booked = await ok(ops, BOOK, {
      input: {
        candidateIds: [person],
        kind: 'WELCOME',
        mode: 'IN_PERSON',
        roomId,
        startsAt: startsAt.toISOString(),
      },
    });
    expect(booked.bookSession).toMatchObject({
      status: 'BOOKED',
      kind: 'WELCOME',
      coach: { id: coachB },
      room: { id: roomId },
      seatsTaken: 1,
    });
    const other = randomUUID();
    await seedCandidate(other);
    const clash = await gql(ops, BOOK, {
      input: {
        candidateIds: [other],
        coachId: coachB,
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        startsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
      },
    });
    expect(clash.errors?.[0]?.extensions?.code).toBe('SLOT_TAKEN');
    expect(clash.errors?.[0]?.extensions?.['resource']).toBe('coach');
    const next = clash.errors?.[0]?.extensions?.['nextSlots'] as { startsAt: string }[];
    expect(next.length).toBe(3);
    // After the session and its 15 min buffer: 11:15 local.
    expect(new Date(next[0]!.startsAt).getTime()).toBe(startsAt.getTime() + 75 * 60_000);
    // Within the buffer after the session is taken too; right after it is free.
    const inBuffer = await gql(ops, BOOK, {
      input: {
        candidateIds: [other],
        coachId: coachB,
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: new Date(startsAt.getTime() + 65 * 60_000).toISOString(),
      },
    });
    expect(inBuffer.errors?.[0]?.extensions?.code).toBe('SLOT_TAKEN');
    const sameRoom = await gql(ops, BOOK, {
      input: {
        candidateIds: [other],
        coachId: coachC,
        kind: 'FOLLOW_UP',
        mode: 'IN_PERSON',
        roomId,
        startsAt: startsAt.toISOString(),
      },
    });
    expect(sameRoom.errors?.[0]?.extensions).toMatchObject({ code: 'SLOT_TAKEN', resource: 'room' });
    expect(await outboxOf('SessionBooked.v1', person)).toHaveLength(1);
  });

  it('lets a person self-book with their coach within the rules only', async () => {
    const saturday = DateTime.fromJSDate(workingDayAhead(7, 10))
      .setZone('Europe/Paris')
      .set({ weekday: 6 })
      .toJSDate();
    const outside = await gql(personIdentity(), BOOK, {
      input: { candidateIds: [person], kind: 'FOLLOW_UP', mode: 'VIDEO', startsAt: saturday.toISOString() },
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'OUTSIDE_BOOKING_RULES',
      rule: 'outside_hours',
    });
    const someoneElse = await gql(personIdentity(), BOOK, {
      input: {
        candidateIds: [randomUUID()],
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        startsAt: workingDayAhead(8, 10).toISOString(),
      },
    });
    expect(someoneElse.errors?.[0]?.extensions?.code).toBe('CANDIDATE_NOT_FOUND');
    const wrongCoach = await gql(personIdentity(), BOOK, {
      input: {
        candidateIds: [person],
        coachId: coachA,
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        startsAt: workingDayAhead(8, 10).toISOString(),
      },
    });
    expect(wrongCoach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const fine = await ok(personIdentity(), BOOK, {
      input: {
        candidateIds: [person],
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        startsAt: workingDayAhead(8, 14).toISOString(),
      },
    });
    expect(fine.bookSession.videoLink).toMatch(/^https:\/\//);
    expect(fine.bookSession.candidateIds).toEqual([person]);
  });

  it('reschedules with the same coach, replaces reminders, and cancels with a reason', async () => {
    const startsAt = workingDayAhead(10, 9);
    const booked = await ok(coachBIdentity(), BOOK, {
      input: { candidateIds: [person], kind: 'DEBRIEF', mode: 'PHONE', startsAt: startsAt.toISOString() },
    });
    const id = booked.bookSession.id;
    const pending = () =>
      dataSource.query(
        `SELECT due_at FROM session_reminder WHERE session_id = $1 AND status = 'pending' ORDER BY due_at`,
        [id],
      );
    expect((await pending()).map((r: { due_at: Date }) => r.due_at.getTime())).toEqual([
      startsAt.getTime() - 24 * 3_600_000,
      startsAt.getTime() - 3_600_000,
    ]);
    const later = new Date(startsAt.getTime() + 5 * 3_600_000);
    const moved = await ok(
      coachBIdentity(),
      `mutation M($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { startsAt coach { id } } }`,
      { input: { sessionId: id, startsAt: later.toISOString() } },
    );
    expect(moved.rescheduleSession).toEqual({ startsAt: later.toISOString(), coach: { id: coachB } });
    expect((await pending()).map((r: { due_at: Date }) => r.due_at.getTime())).toEqual([
      later.getTime() - 24 * 3_600_000,
      later.getTime() - 3_600_000,
    ]);
    const [rescheduled] = await outboxOf('SessionRescheduled.v1', person);
    expect(rescheduled!.envelope.payload).toMatchObject({
      previousStartsAt: startsAt.toISOString(),
      previousCoachId: coachB,
    });

    const cancelled = await ok(
      personIdentity(),
      `mutation { cancelSession(input: { sessionId: "${id}", reason: ILLNESS }) { status cancelReason } }`,
    );
    expect(cancelled.cancelSession).toEqual({ status: 'CANCELLED', cancelReason: 'ILLNESS' });
    expect(await pending()).toEqual([]);
    expect((await outboxOf('SessionCancelled.v1', person))[0]!.envelope.payload).toMatchObject({
      cancelledBy: 'candidate',
      reasonCode: 'illness',
    });
    // The time is free again.
    await ok(coachBIdentity(), BOOK, {
      input: { candidateIds: [person], kind: 'DEBRIEF', mode: 'PHONE', startsAt: later.toISOString() },
    });
  });

  it('fills a group workshop up to its seat limit, one event per person', async () => {
    const startsAt = workingDayAhead(12, 14);
    const people = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    for (const p of people) await seedCandidate(p);
    const workshop = await ok(ops, BOOK, {
      input: {
        candidateIds: people.slice(0, 2),
        coachId: coachC,
        kind: 'GROUP_WORKSHOP',
        mode: 'IN_PERSON',
        roomId,
        seatLimit: 3,
        startsAt: startsAt.toISOString(),
      },
    });
    const id = workshop.bookSession.id;
    const join = (candidateId: string) =>
      gql(ops, `mutation { joinWorkshop(sessionId: "${id}", candidateId: "${candidateId}") { seatsTaken } }`);
    expect((await join(people[2]!)).data?.joinWorkshop).toEqual({ seatsTaken: 3 });
    expect((await join(people[3]!)).errors?.[0]?.extensions?.code).toBe('WORKSHOP_FULL');
    expect((await join(people[2]!)).errors?.[0]?.extensions?.code).toBe('ALREADY_BOOKED');
    const noShow = await ok(
      ops,
      `mutation { markNoShow(sessionId: "${id}", candidateIds: ["${people[0]}"]) { status } }`,
    );
    expect(noShow.markNoShow.status).toBe('BOOKED');
    const done = await ok(ops, `mutation { completeSession(sessionId: "${id}") { status } }`);
    expect(done.completeSession.status).toBe('COMPLETED');
    expect(await outboxOf('SessionNoShow.v1', people[0])).toHaveLength(1);
    expect(await outboxOf('SessionCompleted.v1', people[1])).toHaveLength(1);
    expect(await outboxOf('SessionCompleted.v1', people[0])).toHaveLength(0);
  });

  it('finds slots across a daylight-saving change and a public holiday (Easter Monday 2027)', async () => {
    clock.pin('2027-03-01T09:00:00.000Z'); // slots are offered only in the service's future
    const data = await ok(
      ops,
      `query A($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt coachId } }`,
      {
        input: {
          coachId: coachA,
          from: '2027-03-26T00:00:00Z',
          to: '2027-03-31T00:00:00Z',
          kind: 'FOLLOW_UP',
          mode: 'VIDEO',
        },
      },
    );
    const starts: string[] = data.availableSlots.map((s: { startsAt: string }) => s.startsAt);
    const days = [...new Set(starts.map((s) => s.slice(0, 10)))];
    expect(days).toEqual(['2027-03-26', '2027-03-30']); // Sat, Sun, Easter Monday skipped
    expect(starts[0]).toBe('2027-03-26T08:00:00.000Z'); // 9:00 CET
    expect(starts.find((s) => s.startsWith('2027-03-30'))).toBe('2027-03-30T07:00:00.000Z'); // 9:00 CEST
    expect(starts.at(-1)).toBe('2027-03-30T14:00:00.000Z'); // last 1 h slot ends at 17:00 CEST
    const office = await ok(
      ops,
      `query A($input: AvailabilityInput!) { availableSlots(input: $input) { coachId } }`,
      {
        input: {
          officeId: LYON,
          from: '2027-03-26T08:00:00Z',
          to: '2027-03-26T09:00:00Z',
          kind: 'FOLLOW_UP',
          mode: 'VIDEO',
          track: 'RETRAINING',
        },
      },
    );
    expect(office.availableSlots.map((s: { coachId: string }) => s.coachId).sort()).toEqual(
      [coachA, coachB].sort(),
    );
    clock.unpin();
  });
});

describe('reminders', () => {
  it('sends each due reminder once, however many pollers (replicas, or one restarted) run at once', async () => {
    const person = randomUUID();
    await seedCandidate(person);
    const startsAt = workingDayAhead(14, 11);
    const booked = await ok(ops, BOOK, {
      input: {
        candidateIds: [person],
        coachId: coachA,
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: startsAt.toISOString(),
      },
    });
    const poller = app.get(ReminderPoller);
    const dayBefore = new Date(startsAt.getTime() - 24 * 3_600_000 + 1000);
    // A second poller, as another replica (or this one after a restart) would run it.
    const counts = await Promise.all([
      poller.sendDue(dayBefore),
      poller.sendDue(dayBefore),
      poller.sendDue(dayBefore),
    ]);
    const mine = async () =>
      (await outboxOf('SessionReminderDue.v1', person)).filter(
        (e) => e.envelope.payload['sessionId'] === booked.bookSession.id,
      );
    expect((await mine()).map((e) => e.envelope.payload['leadMinutes'])).toEqual([1440]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await poller.sendDue(dayBefore);
    expect(await mine()).toHaveLength(1);
    await poller.sendDue(new Date(startsAt.getTime() - 3_600_000));
    expect((await mine()).map((e) => e.envelope.payload['leadMinutes'])).toEqual([1440, 60]);
  });
});

describe('calendar feed', () => {
  it('serves the coach’s sessions as RFC 5545, read back by node-ical, behind a rotatable token', async () => {
    const coach: Identity = { subject: 'c', role: 'coach', coachId: coachC, officeIds: [LYON] };
    const first = await ok(coach, `mutation { rotateCalendarToken(coachId: "${coachC}") { path } }`);
    const feed = await fetch(`${baseUrl}${first.rotateCalendarToken.path}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = await feed.text();
    expect(text).toContain('\r\n');
    const events = Object.values(ical.sync.parseICS(text)).filter(
      (e): e is ical.VEvent => e?.type === 'VEVENT',
    );
    const sessions = await dataSource.query(
      `SELECT id, starts_at, ends_at FROM coaching_session WHERE coach_id = $1`,
      [coachC],
    );
    expect(events).toHaveLength(sessions.length);
    for (const session of sessions) {
      const event = events.find((e) => e.uid === `${session.id}@passerelle`)!;
      expect(event.start.toISOString()).toBe(session.starts_at.toISOString());
      expect(event.end!.toISOString()).toBe(session.ends_at.toISOString());
    }
    const second = await ok(ops, `mutation { rotateCalendarToken(coachId: "${coachC}") { path } }`);
    expect((await fetch(`${baseUrl}${first.rotateCalendarToken.path}`)).status).toBe(404);
    expect((await fetch(`${baseUrl}${second.rotateCalendarToken.path}`)).status).toBe(200);
    const stranger = await gql(
      { subject: 'x', role: 'coach', coachId: coachA, officeIds: [LYON] },
      `mutation { rotateCalendarToken(coachId: "${coachC}") { path } }`,
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('COACH_NOT_FOUND');
  });
});

describe('erasure', () => {
  it('forgets a person on CandidateErased: profile, assignment, seats, holds and reminders', async () => {
    const person = randomUUID();
    await seedCandidate(person);
    await ok(ops, BOOK, {
      input: {
        candidateIds: [person],
        coachId: coachA,
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: workingDayAhead(20, 15).toISOString(),
      },
    });
    const erased = createEvent('CandidateErased.v1', person, {
      candidateId: person,
      erasedAt: new Date().toISOString(),
    });
    await dataSource.transaction((manager) =>
      app.get(CandidateErasureConsumer).onErased(erased, new InboxContext([erased, manager])),
    );
    const left = await dataSource.query(
      `SELECT (SELECT count(*) FROM candidate_profile WHERE candidate_id = $1)::int AS profiles,
              (SELECT count(*) FROM coach_assignment WHERE candidate_id = $1)::int AS assignments,
              (SELECT count(*) FROM session_participant WHERE candidate_id = $1)::int AS seats,
              (SELECT count(*) FROM booking WHERE resource_id = $1)::int AS holds,
              (SELECT count(*) FROM session_reminder WHERE candidate_id = $1)::int AS reminders`,
      [person],
    );
    expect(left).toEqual([{ profiles: 0, assignments: 0, seats: 0, holds: 0, reminders: 0 }]);
  });
});

describe('authorisation', () => {
  it('gives sponsors aggregate counts of their own programmes only, none under k', async () => {
    const COUNTS = `{ sessionCounts(programmeId: "${PROGRAMME}") { status count suppressed suppression } }`;
    const mine = await ok({ subject: 's', role: 'sponsor', sponsorIds: [SPONSOR] }, COUNTS);
    const exact = await ok(ops, COUNTS);
    const statuses = ['BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'];
    expect(exact.sessionCounts.map((c: { status: string }) => c.status)).toEqual(statuses);
    expect(exact.sessionCounts.some((c: { count: number }) => c.count > 0 && c.count < 5)).toBe(true);
    // What ops read exactly, a sponsor reads only as 0, k or more, or hidden with the reason.
    for (const [i, seen] of (
      mine.sessionCounts as { count: number | null; suppression: string | null }[]
    ).entries()) {
      expect(seen).toEqual(
        seen.count === null
          ? {
              status: statuses[i],
              count: null,
              suppressed: true,
              suppression: expect.stringMatching(/^SMALL_/),
            }
          : {
              status: statuses[i],
              count: exact.sessionCounts[i].count,
              suppressed: false,
              suppression: null,
            },
      );
      expect(seen.count === null || seen.count === 0 || seen.count >= 5).toBe(true);
    }
    const other = await ok(
      { subject: 's2', role: 'sponsor', sponsorIds: [OTHER_SPONSOR] },
      `{ sessionCounts(programmeId: "${PROGRAMME}") { status count } }`,
    );
    expect(other.sessionCounts).toEqual([]);
    const denied = await gql(
      { subject: 's', role: 'sponsor', sponsorIds: [SPONSOR] },
      `{ coach(id: "${coachA}") { id } }`,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a coach their own caseload and calendar, not another coach’s', async () => {
    const own = await ok(
      { subject: 'b', role: 'coach', coachId: coachB, officeIds: [LYON] },
      `{ caseload(coachId: "${coachB}") { candidateId } }`,
    );
    expect(own.caseload.length).toBeGreaterThan(0);
    const others = await ok(
      { subject: 'b', role: 'coach', coachId: coachB, officeIds: [LYON] },
      `{ caseload(coachId: "${coachC}") { candidateId } coachCalendar(coachId: "${coachC}", from: "2027-01-01T00:00:00Z", to: "2027-03-01T00:00:00Z") { id } }`,
    );
    expect(others).toEqual({ caseload: [], coachCalendar: [] });
    const opsOther = await ok(opsElsewhere, `{ caseload(coachId: "${coachB}") { candidateId } }`);
    expect(opsOther.caseload).toEqual([]);
  });
});
