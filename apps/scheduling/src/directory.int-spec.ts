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

// Editing and deactivating offices, rooms and coaches, and moving the sessions a leaving room or
// coach holds: the scheduling service on its own, against real PostgreSQL and Kafka, called as the
// gateway calls it (signed forwarded identity). The outbox relay is kept from running (its advisory
// lock is held here), so the events each change appends can be read back.

const secret = randomBytes(32).toString('hex');
const LYON = randomUUID();
const PARIS = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const opsParis: Identity = { subject: 'ops-paris', role: 'ops', officeIds: [PARIS], allOffices: false };
const globalOps: Identity = { subject: 'ops-all', role: 'ops', officeIds: [], allOffices: true };

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
const errorOf = (body: AnyData) => body.errors?.[0]?.extensions;

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

async function seedCandidate(candidateId: string): Promise<void> {
  const event = createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [LYON],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  });
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
      [candidateId, PROGRAMME, SPONSOR, [LYON]],
    );
    await app.get(AssignmentEventsConsumer).onEnrolled([event], new InboxBatchContext([[event], manager]));
  });
  // Diagnosed on the retraining track (what CandidateDiagnosed would have written).
  await dataSource.query(`UPDATE candidate_profile SET track = 'retraining' WHERE candidate_id = $1`, [
    candidateId,
  ]);
}

const outboxOf = (type: string, key: string): Promise<{ envelope: { payload: Record<string, unknown> } }[]> =>
  dataSource.query(
    `SELECT envelope FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
    [type, key],
  );

const CREATE_COACH = `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`;
const BOOK = `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const UPDATE_OFFICE = `mutation U($input: UpdateOfficeInput!) { updateOffice(input: $input) { id name bufferMinutes openingHours { weekday start end } active } }`;
const UPDATE_ROOM = `mutation U($input: UpdateRoomInput!) { updateRoom(input: $input) { id name capacity equipment active } }`;
const UPDATE_COACH = `mutation U($input: UpdateCoachInput!) { updateCoach(input: $input) { id displayName languages specialties officeIds maxCaseload weeklyHours { weekday start end } } }`;
const DEACTIVATE_ROOM = `mutation D($id: ID!, $cancel: CancelReason) { deactivateRoom(id: $id, cancelRemaining: $cancel) { id active } }`;
const REACTIVATE_ROOM = `mutation R($id: ID!) { reactivateRoom(id: $id) { id active } }`;
const DEACTIVATE_COACH = `mutation D($id: ID!, $cancel: CancelReason) { deactivateCoach(id: $id, cancelRemaining: $cancel) { id active } }`;
const DEACTIVATE_OFFICE = `mutation D($id: ID!) { deactivateOffice(id: $id) { id active } }`;
const TO_MOVE = `query M($input: SessionsToMoveInput!) { sessionsToMove(input: $input) {
  session { id kind startsAt candidateIds room { id } coach { id } }
  freeRooms { id name } freeCoaches { id displayName }
  coachChangeProposal { status coach { id } previousCoachId } } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt room { id } } }`;
const PROPOSE = `mutation P($sessionId: ID!, $coachId: ID!) { proposeCoachChange(sessionId: $sessionId, coachId: $coachId) { sessionId status coach { id displayName } previousCoachId } }`;
const ANSWER = `mutation A($sessionId: ID!, $accept: Boolean!) { answerCoachChange(sessionId: $sessionId, accept: $accept) { sessionId status answeredAt coach { id } } }`;
const SESSION = `query S($id: ID!) { session(id: $id) { id status cancelReason coach { id } coachChangeProposal { status coach { displayName } } } }`;

const personOf = (candidateId: string): Identity => ({
  subject: `p-${candidateId}`,
  role: 'candidate',
  candidateId,
});
const first = randomUUID();
const second = randomUUID();
const third = randomUUID();
let rhone: string;
let saone: string;
let loire: string;
let leaving: string;
let bruno: string;
let chloe: string;

const coachInput = (displayName: string, specialties: string[]) => ({
  displayName,
  email: `coach-${randomUUID().slice(0, 8)}@lyon.passerelle.test`,
  officeIds: [LYON],
  languages: ['fr'],
  specialties,
  maxCaseload: 20,
  weeklyHours: weekdays('09:00', '18:00'),
});
const book = async (input: Record<string, unknown>): Promise<string> =>
  (await ok(ops, BOOK, { input: { kind: 'FOLLOW_UP', mode: 'IN_PERSON', ...input } })).bookSession.id;

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('scheduling_directory');
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
      KAFKA_GROUP_PREFIX: `int-directory-${randomUUID().slice(0, 8)}`,
      KAFKA_TOPIC_PREFIX: topics.prefix,
      KAFKA_FETCH_MAX_WAIT_MS: '500',
    },
    clock,
  );
  baseUrl = `http://127.0.0.1:${port}`;
  dataSource = app.get(DataSource);

  for (const [id, name, identity] of [
    [LYON, 'Lyon Part-Dieu', ops],
    [PARIS, 'Paris Bastille', opsParis],
  ] as const)
    await ok(identity, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
      input: {
        id,
        name,
        address: '12 rue de la République, 69002 Lyon',
        timeZone: 'Europe/Paris',
        openingHours: weekdays('08:00', '19:00'),
        bufferMinutes: 15,
      },
    });
  const room = async (name: string, capacity: number) =>
    (
      await ok(ops, `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
        input: { officeId: LYON, name, capacity },
      })
    ).createRoom.id as string;
  rhone = await room('Rhône', 3);
  saone = await room('Saône', 2);
  loire = await room('Loire', 2);
  leaving = (await ok(ops, CREATE_COACH, { input: coachInput('Alix', ['RETRAINING']) })).createCoach.id;
  await dataSource.query(
    `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
    [PROGRAMME, SPONSOR, [LYON]],
  );
  // Alix is the only coach when the three enrol: each is Alix's.
  for (const candidateId of [first, second, third]) await seedCandidate(candidateId);
  bruno = (await ok(ops, CREATE_COACH, { input: coachInput('Bruno', ['RETRAINING']) })).createCoach.id;
  chloe = (await ok(ops, CREATE_COACH, { input: coachInput('Chloé', ['BUSINESS_CREATION']) })).createCoach.id;
}, 60_000);

afterAll(async () => {
  clock.unpin();
  await relayLeader?.end();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

describe('editing', () => {
  it('ops of the office edit an office, a room and a coach; the fields given change, the others stay', async () => {
    const { updateOffice } = await ok(ops, UPDATE_OFFICE, {
      input: { id: LYON, name: 'Lyon Part-Dieu (2e étage)', bufferMinutes: 10 },
    });
    expect(updateOffice).toEqual({
      id: LYON,
      name: 'Lyon Part-Dieu (2e étage)',
      bufferMinutes: 10,
      openingHours: weekdays('08:00', '19:00'),
      active: true,
    });
    const { updateRoom } = await ok(ops, UPDATE_ROOM, {
      input: { id: rhone, capacity: 4, equipment: ['écran'] },
    });
    expect(updateRoom).toEqual({ id: rhone, name: 'Rhône', capacity: 4, equipment: ['écran'], active: true });
    const { updateCoach } = await ok(ops, UPDATE_COACH, {
      input: { id: bruno, displayName: 'Bruno M.', languages: ['fr', 'en'], maxCaseload: 12 },
    });
    expect(updateCoach).toEqual({
      id: bruno,
      displayName: 'Bruno M.',
      languages: ['fr', 'en'],
      specialties: ['RETRAINING'],
      officeIds: [LYON],
      maxCaseload: 12,
      weeklyHours: weekdays('09:00', '18:00'),
    });
  });

  it('keeps who changed which fields (never their values), and nothing for an edit that changes nothing', async () => {
    await ok(ops, UPDATE_ROOM, { input: { id: rhone, capacity: 4 } });
    const rows = await dataSource.query(
      `SELECT subject_kind, action, fields, changed_by, changed_by_role FROM directory_change WHERE subject_id = $1`,
      [rhone],
    );
    expect(rows).toEqual([
      {
        subject_kind: 'room',
        action: 'updated',
        fields: ['capacity', 'equipment'],
        changed_by: 'ops-lyon',
        changed_by_role: 'ops',
      },
    ]);
  });

  it.each([
    ['a room of no seats', UPDATE_ROOM, () => ({ id: rhone, capacity: 0 }), 'capacity'],
    ['an empty room name', UPDATE_ROOM, () => ({ id: rhone, name: ' ' }), 'name'],
    ['an unknown time zone', UPDATE_OFFICE, () => ({ id: LYON, timeZone: 'Europe/Lyon' }), 'timeZone'],
    [
      'a closed day that is no date',
      UPDATE_OFFICE,
      () => ({ id: LYON, extraHolidays: ['26/12'] }),
      'extraHolidays.0',
    ],
    [
      'hours ending before they start',
      UPDATE_OFFICE,
      () => ({ id: LYON, openingHours: [{ weekday: 1, start: '18:00', end: '09:00' }] }),
      'openingHours.0.end',
    ],
    [
      'a language that is no ISO code',
      UPDATE_COACH,
      () => ({ id: bruno, languages: ['french'] }),
      'languages.0',
    ],
    ['a coach with no language', UPDATE_COACH, () => ({ id: bruno, languages: [] }), 'languages'],
    ['a caseload of nobody', UPDATE_COACH, () => ({ id: bruno, maxCaseload: 0 }), 'maxCaseload'],
    ['a coach in no office', UPDATE_COACH, () => ({ id: bruno, officeIds: [] }), 'officeIds'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, mutation, input, field) => {
    const body = await gql(ops, mutation, { input: input() });
    expect(errorOf(body)?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(body)?.fields.map((issue: { field: string }) => issue.field)).toEqual([field]);
  });

  it('refuses ops of another office with the scope rules’ codes, and changes nothing', async () => {
    expect(errorOf(await gql(opsParis, UPDATE_OFFICE, { input: { id: LYON, name: 'x' } }))?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await gql(opsParis, UPDATE_ROOM, { input: { id: rhone, name: 'x' } }))?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await gql(opsParis, UPDATE_COACH, { input: { id: bruno, displayName: 'x' } }))?.code).toBe(
      'COACH_NOT_FOUND',
    );
    // Ops of Lyon may not move a coach into an office that is not theirs.
    expect(
      errorOf(await gql(ops, UPDATE_COACH, { input: { id: bruno, officeIds: [LYON, PARIS] } }))?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await gql(ops, UPDATE_ROOM, { input: { id: randomUUID(), name: 'x' } }))).toMatchObject({
      code: 'ROOM_NOT_FOUND',
      field: 'id',
    });
    const [room] = await dataSource.query(`SELECT name FROM room WHERE id = $1`, [rhone]);
    expect(room.name).toBe('Rhône');
  });

  it('lets global ops add an office to a coach, and Lyon’s ops no longer remove it', async () => {
    const { updateCoach } = await ok(globalOps, UPDATE_COACH, {
      input: { id: chloe, officeIds: [LYON, PARIS] },
    });
    expect(updateCoach.officeIds).toEqual([LYON, PARIS]);
    expect(errorOf(await gql(ops, UPDATE_COACH, { input: { id: chloe, officeIds: [LYON] } }))?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('deactivating a room', () => {
  let session: string;
  let startsAt: Date;

  beforeAll(async () => {
    startsAt = workingDayAhead(5, 10);
    session = await book({
      candidateIds: [first],
      coachId: bruno,
      roomId: rhone,
      startsAt: startsAt.toISOString(),
    });
    // Loire is taken at the same time by Chloé's session with the second person: not free.
    await book({
      candidateIds: [second],
      coachId: chloe,
      roomId: loire,
      startsAt: startsAt.toISOString(),
    });
  });

  it('is refused while a session ahead still needs it, with their count and ids', async () => {
    const body = await gql(ops, DEACTIVATE_ROOM, { id: rhone });
    expect(errorOf(body)).toMatchObject({ code: 'FUTURE_SESSIONS_REMAIN', count: 1, sessionIds: [session] });
    const [room] = await dataSource.query(`SELECT active FROM room WHERE id = $1`, [rhone]);
    expect(room.active).toBe(true);
  });

  it('lists the sessions to move with the rooms of the office free at that time', async () => {
    const { sessionsToMove } = await ok(ops, TO_MOVE, { input: { roomId: rhone } });
    expect(sessionsToMove).toEqual([
      {
        session: {
          id: session,
          kind: 'FOLLOW_UP',
          startsAt: startsAt.toISOString(),
          candidateIds: [first],
          room: { id: rhone },
          coach: { id: bruno },
        },
        freeRooms: [{ id: saone, name: 'Saône' }],
        freeCoaches: [],
        coachChangeProposal: null,
      },
    ]);
    expect(errorOf(await gql(opsParis, TO_MOVE, { input: { roomId: rhone } }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(ops, TO_MOVE, { input: { roomId: rhone, coachId: leaving } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'roomId', message: 'give exactly one of roomId and coachId' }],
    });
  });

  it('moves the session to the free room at the same time, and the person is told (SessionRescheduled)', async () => {
    const { rescheduleSession } = await ok(ops, RESCHEDULE, {
      input: { sessionId: session, startsAt: startsAt.toISOString(), roomId: saone },
    });
    expect(rescheduleSession).toEqual({ id: session, startsAt: startsAt.toISOString(), room: { id: saone } });
    const events = await outboxOf('SessionRescheduled.v1', first);
    expect(events.at(-1)?.envelope.payload).toMatchObject({
      sessionId: session,
      startsAt: startsAt.toISOString(),
      previousStartsAt: startsAt.toISOString(),
      previousCoachId: bruno,
    });
  });

  it('then deactivates it; it takes no booking until reactivated', async () => {
    expect((await ok(ops, DEACTIVATE_ROOM, { id: rhone })).deactivateRoom).toEqual({
      id: rhone,
      active: false,
    });
    const body = await gql(ops, BOOK, {
      input: {
        candidateIds: [third],
        coachId: bruno,
        roomId: rhone,
        kind: 'FOLLOW_UP',
        mode: 'IN_PERSON',
        startsAt: workingDayAhead(6, 10).toISOString(),
      },
    });
    expect(errorOf(body)).toMatchObject({ code: 'ROOM_INACTIVE', field: 'roomId' });
    expect(
      errorOf(
        await gql(ops, RESCHEDULE, {
          input: { sessionId: session, startsAt: startsAt.toISOString(), roomId: rhone },
        }),
      )?.code,
    ).toBe('ROOM_INACTIVE');
    expect((await ok(ops, REACTIVATE_ROOM, { id: rhone })).reactivateRoom).toEqual({
      id: rhone,
      active: true,
    });
    const audit = await dataSource.query(
      `SELECT action FROM directory_change WHERE subject_id = $1 ORDER BY changed_at, action`,
      [rhone],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['deactivated', 'reactivated']),
    );
  });
});

describe('deactivating a coach', () => {
  let accepted: string;
  let declined: string;
  let lapsing: string;
  let at: Date;

  beforeAll(async () => {
    at = workingDayAhead(8, 10);
    accepted = await book({
      candidateIds: [first],
      coachId: leaving,
      roomId: rhone,
      startsAt: at.toISOString(),
    });
    declined = await book({
      candidateIds: [second],
      coachId: leaving,
      roomId: saone,
      startsAt: workingDayAhead(8, 15).toISOString(),
    });
    lapsing = await book({
      candidateIds: [third],
      coachId: leaving,
      mode: 'PHONE',
      startsAt: workingDayAhead(9, 11).toISOString(),
    });
  });

  it('is refused while sessions ahead remain, and lists them with the free coaches of the same track', async () => {
    expect(errorOf(await gql(ops, DEACTIVATE_COACH, { id: leaving }))).toMatchObject({
      code: 'FUTURE_SESSIONS_REMAIN',
      count: 3,
      sessionIds: [accepted, declined, lapsing],
    });
    const { sessionsToMove } = await ok(ops, TO_MOVE, { input: { coachId: leaving } });
    expect(sessionsToMove.map((row: AnyData) => [row.session.id, row.freeCoaches, row.freeRooms])).toEqual([
      [accepted, [{ id: bruno, displayName: 'Bruno M.' }], []],
      [declined, [{ id: bruno, displayName: 'Bruno M.' }], []],
      [lapsing, [{ id: bruno, displayName: 'Bruno M.' }], []],
    ]);
  });

  it('offers only a coach free then, of the person’s track, for a one-person session of the office', async () => {
    expect(errorOf(await gql(ops, PROPOSE, { sessionId: accepted, coachId: chloe }))).toMatchObject({
      code: 'COACH_NOT_FREE',
      field: 'coachId',
    });
    expect(errorOf(await gql(opsParis, PROPOSE, { sessionId: accepted, coachId: bruno }))?.code).toBe(
      'SESSION_NOT_FOUND',
    );
    const { proposeCoachChange } = await ok(ops, PROPOSE, { sessionId: accepted, coachId: bruno });
    expect(proposeCoachChange).toEqual({
      sessionId: accepted,
      status: 'PENDING',
      coach: { id: bruno, displayName: 'Bruno M.' },
      previousCoachId: leaving,
    });
    const asked = await outboxOf('CoachChangeProposed.v1', first);
    expect(asked.map((row) => row.envelope.payload)).toEqual([
      expect.objectContaining({
        sessionId: accepted,
        candidateId: first,
        coachId: leaving,
        proposedCoachId: bruno,
      }),
    ]);
  });

  it('the person sees the proposal on their session; only they may answer it', async () => {
    const { session } = await ok(personOf(first), SESSION, { id: accepted });
    expect(session.coachChangeProposal).toEqual({ status: 'PENDING', coach: { displayName: 'Bruno M.' } });
    expect(errorOf(await gql(personOf(second), ANSWER, { sessionId: accepted, accept: true }))?.code).toBe(
      'PROPOSAL_NOT_FOUND',
    );
  });

  it('accepted, the session changes coach, holds and reminders follow, and the person is told', async () => {
    const { answerCoachChange } = await ok(personOf(first), ANSWER, { sessionId: accepted, accept: true });
    expect(answerCoachChange).toMatchObject({
      sessionId: accepted,
      status: 'ACCEPTED',
      coach: { id: bruno },
    });
    const { session } = await ok(ops, SESSION, { id: accepted });
    expect(session.coach).toEqual({ id: bruno });
    const holds = await dataSource.query(
      `SELECT resource_id FROM booking WHERE session_id = $1 AND resource_kind = 'coach'`,
      [accepted],
    );
    expect(holds).toEqual([{ resource_id: bruno }]);
    const reminders = await dataSource.query(
      `SELECT DISTINCT coach_id FROM session_reminder WHERE session_id = $1 AND status = 'pending'`,
      [accepted],
    );
    expect(reminders).toEqual([{ coach_id: bruno }]);
    const events = await outboxOf('SessionRescheduled.v1', first);
    expect(events.at(-1)?.envelope.payload).toMatchObject({
      sessionId: accepted,
      coachId: bruno,
      previousCoachId: leaving,
      startsAt: at.toISOString(),
      previousStartsAt: at.toISOString(),
    });
    expect(errorOf(await gql(personOf(first), ANSWER, { sessionId: accepted, accept: false }))).toMatchObject(
      {
        code: 'PROPOSAL_NOT_PENDING',
        status: 'accepted',
      },
    );
  });

  it('declined, nothing changes and ops see the answer', async () => {
    await ok(ops, PROPOSE, { sessionId: declined, coachId: bruno });
    expect(
      (await ok(personOf(second), ANSWER, { sessionId: declined, accept: false })).answerCoachChange.status,
    ).toBe('DECLINED');
    const { sessionsToMove } = await ok(ops, TO_MOVE, { input: { coachId: leaving } });
    expect(
      sessionsToMove.map((row: AnyData) => [row.session.id, row.coachChangeProposal?.status ?? null]),
    ).toEqual([
      [declined, 'DECLINED'],
      [lapsing, null],
    ]);
  });

  it('lapses when the coach proposed is taken before the person accepts', async () => {
    await ok(ops, PROPOSE, { sessionId: lapsing, coachId: bruno });
    const { sessionsToMove } = await ok(ops, TO_MOVE, { input: { coachId: leaving } });
    const lapsingAt = sessionsToMove.find((row: AnyData) => row.session.id === lapsing).session.startsAt;
    await book({ candidateIds: [second], coachId: bruno, mode: 'PHONE', startsAt: lapsingAt });
    expect(errorOf(await gql(personOf(third), ANSWER, { sessionId: lapsing, accept: true }))?.code).toBe(
      'COACH_NOT_FREE',
    );
    const { session } = await ok(ops, SESSION, { id: lapsing });
    expect(session).toMatchObject({ coach: { id: leaving }, coachChangeProposal: { status: 'LAPSED' } });
  });

  it('cancels what remains only when ops say so, with the reason; each person is told; then no booking', async () => {
    const { deactivateCoach } = await ok(ops, DEACTIVATE_COACH, { id: leaving, cancel: 'COACH_UNAVAILABLE' });
    expect(deactivateCoach).toEqual({ id: leaving, active: false });
    for (const [id, person] of [
      [declined, second],
      [lapsing, third],
    ] as const) {
      const { session } = await ok(ops, SESSION, { id });
      expect(session).toMatchObject({ status: 'CANCELLED', cancelReason: 'COACH_UNAVAILABLE' });
      const events = await outboxOf('SessionCancelled.v1', person);
      expect(events.at(-1)?.envelope.payload).toMatchObject({
        sessionId: id,
        reasonCode: 'coach_unavailable',
        cancelledBy: 'ops',
      });
    }
    const body = await gql(ops, BOOK, {
      input: {
        candidateIds: [third],
        coachId: leaving,
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: workingDayAhead(10, 10).toISOString(),
      },
    });
    expect(errorOf(body)).toMatchObject({ code: 'COACH_INACTIVE', field: 'coachId' });
    const [coach] = await dataSource.query(`SELECT active FROM coach WHERE id = $1`, [leaving]);
    expect(coach.active).toBe(false);
  });
});

describe('deactivating an office', () => {
  it('is refused while active rooms or coaches remain, with both counts', async () => {
    expect(errorOf(await gql(ops, DEACTIVATE_OFFICE, { id: LYON }))).toMatchObject({
      code: 'OFFICE_IN_USE',
      activeRooms: 3,
      activeCoaches: 2,
    });
    expect(errorOf(await gql(opsParis, DEACTIVATE_OFFICE, { id: LYON }))?.code).toBe('FORBIDDEN');
  });

  it('closes an office with nothing active left, and reopens it', async () => {
    const EMPTY = randomUUID();
    await ok(globalOps, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
      input: { id: EMPTY, name: 'Annecy', address: '1 quai', timeZone: 'Europe/Paris', openingHours: [] },
    });
    expect((await ok(globalOps, DEACTIVATE_OFFICE, { id: EMPTY })).deactivateOffice).toEqual({
      id: EMPTY,
      active: false,
    });
    expect(
      (await ok(globalOps, `mutation R($id: ID!) { reactivateOffice(id: $id) { active } }`, { id: EMPTY }))
        .reactivateOffice,
    ).toEqual({ active: true });
  });
});
