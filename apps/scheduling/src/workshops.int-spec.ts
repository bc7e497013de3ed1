import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, InboxBatchContext } from '@passerelle/shared/messaging';
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
import { AssignmentEventsConsumer } from '@passerelle/scheduling/feature-assignment';
import { schedulingApp } from './scheduling.app';

// The workshops open to a person, joining and leaving one: the scheduling service on its own,
// against real PostgreSQL and Kafka, called as the gateway calls it (signed forwarded identity).

const secret = randomBytes(32).toString('hex');
const LYON = randomUUID();
const PROGRAMME = randomUUID();
const OTHER_PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OTHER_SPONSOR = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const opsElsewhere: Identity = {
  subject: 'ops-paris',
  role: 'ops',
  officeIds: [randomUUID()],
  allOffices: false,
};
const sponsor: Identity = { subject: 'hr', role: 'sponsor', sponsorIds: [SPONSOR] };

let database: TestDatabase;
/** The file's own topics (decision 0043): the service reads no other run's events. */
let topics: RunTopics;
const clock = new PinnableClock();
let app: INestApplication;
let baseUrl: string;
let dataSource: DataSource;
let relayLeader: Client;

const as = (identity: Identity) => subgraphAs(`${baseUrl}/graphql`, identity, secret);
const gql = async <T = AnyData>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  (await as(identity).request<T>(query, variables)).body;
const ok = <T = AnyData>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
  as(identity).ok<T>(query, variables);
const codeOf = (body: AnyData) => body.errors?.[0]?.extensions?.code;

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

/** The `days`-th working day ahead (no weekend, no French holiday), at a local time in Lyon. */
function workingDayAhead(days: number, hour: number): Date {
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour }).toJSDate();
}

async function seedCandidate(candidateId: string, programmeId: string, sponsorId: string): Promise<void> {
  const event = createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId,
    sponsorId,
    officeIds: [LYON],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  });
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
      [candidateId, programmeId, sponsorId, [LYON]],
    );
    await app.get(AssignmentEventsConsumer).onEnrolled([event], new InboxBatchContext([[event], manager]));
  });
}

const outboxOf = (type: string, key: string): Promise<{ envelope: { payload: Record<string, unknown> } }[]> =>
  dataSource.query(
    `SELECT envelope FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
    [type, key],
  );

const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const OPEN = `query O($candidateId: ID!) { openWorkshops(candidateId: $candidateId) {
  seatsLeft joined session { id kind mode startsAt endsAt officeId room { name } videoLink seatLimit seatsTaken } } }`;
const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id seatsTaken } }`;
const LEAVE = `mutation L($sessionId: ID!, $candidateId: ID!) { leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id status seatsTaken } }`;

const first = randomUUID();
const second = randomUUID();
const outsider = randomUUID();
const personOf = (candidateId: string): Identity => ({
  subject: `p-${candidateId}`,
  role: 'candidate',
  candidateId,
});
let coachId: string;
let firstCoach: Identity;
let roomId: string;
/** In person, in the Rhône room, 2 seats, `first` seated; later in time. */
let later: { id: string; startsAt: Date };
/** By video, 3 seats, `second` seated; sooner. */
let sooner: { id: string; startsAt: Date };
/** Open to the other programme only. */
let otherProgrammes: string;

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('scheduling_workshops');
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
      KAFKA_GROUP_PREFIX: `int-workshops-${randomUUID().slice(0, 8)}`,
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
      bufferMinutes: 15,
      minimumNoticeMinutes: 120,
    },
  });
  roomId = (
    await ok(ops, `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { officeId: LYON, name: 'Rhône', capacity: 3, equipment: ['screen'] },
    })
  ).createRoom.id;
  coachId = (
    await ok(ops, `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`, {
      input: {
        displayName: 'Camille',
        email: 'camille@lyon.passerelle.test',
        officeIds: [LYON],
        languages: ['fr'],
        specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING', 'BUSINESS_CREATION'],
        maxCaseload: 20,
        weeklyHours: weekdays('09:00', '18:00'),
      },
    })
  ).createCoach.id;
  for (const [programmeId, sponsorId] of [
    [PROGRAMME, SPONSOR],
    [OTHER_PROGRAMME, OTHER_SPONSOR],
  ])
    await dataSource.query(
      `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
      [programmeId, sponsorId, [LYON]],
    );
  await seedCandidate(first, PROGRAMME, SPONSOR);
  await seedCandidate(second, PROGRAMME, SPONSOR);
  await seedCandidate(outsider, OTHER_PROGRAMME, OTHER_SPONSOR);
  const [assigned] = await dataSource.query(
    `SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`,
    [first],
  );
  firstCoach = { subject: 'camille', role: 'coach', coachId: assigned.coach_id, officeIds: [LYON] };

  const book = async (input: Record<string, unknown>) => ({
    id: (await ok(ops, BOOK, { input: { coachId, kind: 'GROUP_WORKSHOP', ...input } })).bookSession
      .id as string,
    startsAt: new Date(input['startsAt'] as string),
  });
  later = await book({
    candidateIds: [first],
    mode: 'IN_PERSON',
    roomId,
    seatLimit: 2,
    startsAt: workingDayAhead(9, 14).toISOString(),
  });
  sooner = await book({
    candidateIds: [second],
    mode: 'VIDEO',
    seatLimit: 3,
    startsAt: workingDayAhead(6, 10).toISOString(),
  });
  otherProgrammes = (
    await book({
      candidateIds: [outsider],
      mode: 'VIDEO',
      seatLimit: 3,
      startsAt: workingDayAhead(7, 10).toISOString(),
    })
  ).id;
  // A one-to-one session of the person: never a workshop to join.
  await ok(ops, BOOK, {
    input: {
      candidateIds: [first],
      coachId,
      kind: 'FOLLOW_UP',
      mode: 'PHONE',
      startsAt: workingDayAhead(8, 11).toISOString(),
    },
  });
});

afterAll(async () => {
  clock.unpin();
  await relayLeader?.end();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

describe('the workshops open to a person', () => {
  it('lists the programme’s upcoming workshops in the person’s offices, soonest first, with seats left', async () => {
    const { openWorkshops } = await ok(personOf(first), OPEN, { candidateId: first });
    expect(openWorkshops).toEqual([
      {
        seatsLeft: 2,
        joined: false,
        session: expect.objectContaining({
          id: sooner.id,
          kind: 'GROUP_WORKSHOP',
          mode: 'VIDEO',
          startsAt: sooner.startsAt.toISOString(),
          officeId: LYON,
          room: null,
          videoLink: null, // the seat's, not the list's
          seatLimit: 3,
          seatsTaken: 1,
        }),
      },
      {
        seatsLeft: 1,
        joined: true,
        session: expect.objectContaining({
          id: later.id,
          mode: 'IN_PERSON',
          room: { name: 'Rhône' },
          seatLimit: 2,
          seatsTaken: 1,
        }),
      },
    ]);
    expect(JSON.stringify(openWorkshops)).not.toContain(otherProgrammes);
    const ofOutsider = await ok(personOf(outsider), OPEN, { candidateId: outsider });
    expect(ofOutsider.openWorkshops.map((w: { session: { id: string } }) => w.session.id)).toEqual([
      otherProgrammes,
    ]);
  });

  it('shows the same list to the person’s coach and the ops of their office; refuses anyone else', async () => {
    const mine = (await ok(personOf(first), OPEN, { candidateId: first })).openWorkshops;
    expect((await ok(firstCoach, OPEN, { candidateId: first })).openWorkshops).toEqual(mine);
    expect((await ok(ops, OPEN, { candidateId: first })).openWorkshops).toEqual(mine);
    const anotherCoach: Identity = { subject: 'x', role: 'coach', coachId: randomUUID(), officeIds: [LYON] };
    const refusals = {
      'another person': codeOf(await gql(personOf(second), OPEN, { candidateId: first })),
      'another coach': codeOf(await gql(anotherCoach, OPEN, { candidateId: first })),
      'ops of another office': codeOf(await gql(opsElsewhere, OPEN, { candidateId: first })),
      'sponsor HR': codeOf(await gql(sponsor, OPEN, { candidateId: first })),
      'an unknown person': codeOf(await gql(ops, OPEN, { candidateId: randomUUID() })),
      'not an id': codeOf(await gql(ops, OPEN, { candidateId: 'first' })),
    };
    expect(refusals).toEqual({
      'another person': 'CANDIDATE_NOT_FOUND',
      'another coach': 'CANDIDATE_NOT_FOUND',
      'ops of another office': 'CANDIDATE_NOT_FOUND',
      'sponsor HR': 'FORBIDDEN',
      'an unknown person': 'CANDIDATE_NOT_FOUND',
      'not an id': 'BAD_USER_INPUT',
    });
  });
});

describe('joining, then leaving a workshop', () => {
  it('frees the seat, the person’s time and reminders, announces SessionCancelled, and lets them join again', async () => {
    const me = personOf(first);
    expect((await ok(me, JOIN, { sessionId: sooner.id, candidateId: first })).joinWorkshop.seatsTaken).toBe(
      2,
    );
    const joined = (await ok(me, OPEN, { candidateId: first })).openWorkshops[0];
    expect(joined).toMatchObject({
      seatsLeft: 1,
      joined: true,
      session: { videoLink: expect.stringMatching(/^https:\/\//) },
    });
    const holds = () =>
      dataSource.query(
        `SELECT 1 FROM booking WHERE session_id = $1 AND resource_kind = 'candidate' AND resource_id = $2`,
        [sooner.id, first],
      );
    const pendingReminders = () =>
      dataSource.query(
        `SELECT 1 FROM session_reminder WHERE session_id = $1 AND candidate_id = $2 AND status = 'pending'`,
        [sooner.id, first],
      );
    expect(await holds()).toHaveLength(1);
    expect((await pendingReminders()).length).toBeGreaterThan(0);

    const left = await ok(me, LEAVE, { sessionId: sooner.id, candidateId: first });
    expect(left.leaveWorkshop).toEqual({ id: sooner.id, status: 'BOOKED', seatsTaken: 1 });
    expect((await ok(me, OPEN, { candidateId: first })).openWorkshops[0]).toMatchObject({
      seatsLeft: 2,
      joined: false,
    });
    expect(await holds()).toHaveLength(0);
    expect(await pendingReminders()).toHaveLength(0);
    const events = await outboxOf('SessionCancelled.v1', first);
    expect(events.map((e) => e.envelope.payload)).toEqual([
      expect.objectContaining({
        sessionId: sooner.id,
        candidateId: first,
        kind: 'group_workshop',
        cancelledBy: 'candidate',
        reasonCode: 'left_workshop',
      }),
    ]);
    // The other person keeps their seat, and the workshop goes on.
    expect(await outboxOf('SessionCancelled.v1', second)).toHaveLength(0);

    expect((await ok(me, JOIN, { sessionId: sooner.id, candidateId: first })).joinWorkshop.seatsTaken).toBe(
      2,
    );
    const byOps = await ok(ops, LEAVE, { sessionId: sooner.id, candidateId: first });
    expect(byOps.leaveWorkshop.seatsTaken).toBe(1);
    expect(
      (await outboxOf('SessionCancelled.v1', first)).map((e) => e.envelope.payload['cancelledBy']),
    ).toEqual(['candidate', 'ops']);
  });

  it('refuses with a precise code: not joined, someone else’s seat, not open, a coach, bad input', async () => {
    const anotherCoach: Identity = { subject: 'x', role: 'coach', coachId: randomUUID(), officeIds: [LYON] };
    const refusals = {
      'not joined (left already)': codeOf(
        await gql(personOf(first), LEAVE, { sessionId: sooner.id, candidateId: first }),
      ),
      'not joined (ops for them)': codeOf(
        await gql(ops, LEAVE, { sessionId: sooner.id, candidateId: first }),
      ),
      'someone else’s seat': codeOf(
        await gql(personOf(first), LEAVE, { sessionId: sooner.id, candidateId: second }),
      ),
      'a workshop not open to them': codeOf(
        await gql(personOf(outsider), LEAVE, { sessionId: later.id, candidateId: outsider }),
      ),
      'ops of another office': codeOf(
        await gql(opsElsewhere, LEAVE, { sessionId: later.id, candidateId: first }),
      ),
      'no such workshop': codeOf(
        await gql(personOf(first), LEAVE, { sessionId: randomUUID(), candidateId: first }),
      ),
      'a coach': codeOf(await gql(anotherCoach, LEAVE, { sessionId: later.id, candidateId: first })),
      'not an id': codeOf(await gql(personOf(first), LEAVE, { sessionId: 'later', candidateId: first })),
    };
    expect(refusals).toEqual({
      'not joined (left already)': 'NOT_JOINED',
      'not joined (ops for them)': 'NOT_JOINED',
      'someone else’s seat': 'CANDIDATE_NOT_FOUND',
      'a workshop not open to them': 'SESSION_NOT_FOUND',
      'ops of another office': 'CANDIDATE_NOT_FOUND',
      'no such workshop': 'SESSION_NOT_FOUND',
      'a coach': 'FORBIDDEN',
      'not an id': 'BAD_USER_INPUT',
    });
    // Still seated where they were: no refusal changed anything.
    expect((await ok(personOf(first), OPEN, { candidateId: first })).openWorkshops[1]).toMatchObject({
      joined: true,
      session: { id: later.id, seatsTaken: 1 },
    });
  });

  it('refuses to free a seat once the workshop has started, and no longer lists it', async () => {
    clock.pin(new Date(later.startsAt.getTime() + 10 * 60_000));
    try {
      const started = await gql(personOf(first), LEAVE, { sessionId: later.id, candidateId: first });
      expect(codeOf(started)).toBe('WORKSHOP_STARTED');
      expect((await ok(personOf(first), OPEN, { candidateId: first })).openWorkshops).toEqual([]);
    } finally {
      clock.unpin();
    }
    expect((await ok(personOf(first), OPEN, { candidateId: first })).openWorkshops[1]).toMatchObject({
      joined: true,
    });
  });
});
