import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyData } from '@passerelle/shared/testing';
import {
  personOf,
  refusalOf,
  startScheduling,
  weekdays,
  workingDayAhead,
  type SchedulingUnderTest,
} from './test/scheduling-test-kit';

// Workshops people can choose (title, topic, description, language, office or remote, seats) and
// their waiting lists: a full workshop lists who waits, and every seat freed goes to the first of
// them in the same transaction, announced by SessionBooked (reason waiting_list).

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const opsElsewhere: Identity = {
  subject: 'ops-x',
  role: 'ops',
  officeIds: [randomUUID()],
  allOffices: false,
};

const CREATE = `mutation C($input: CreateWorkshopInput!) { createWorkshop(input: $input) {
  id kind mode officeId videoLink seatLimit seatsTaken workshop { title topic description language place } } }`;
const EDIT = `mutation E($input: EditWorkshopInput!) { editWorkshop(input: $input) { id seatLimit seatsTaken workshop { title } } }`;
const OPEN = `query O($candidateId: ID!, $topic: WorkshopTopic, $language: String) {
  openWorkshops(candidateId: $candidateId, topic: $topic, language: $language) {
    seatsLeft joined waitingPosition session { id videoLink workshop { title topic language place } } } }`;
const SIGN_UP = `mutation S($sessionId: ID!, $candidateId: ID!) { signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {
  seatsLeft joined waitingPosition session { id seatsTaken videoLink } } }`;
const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id } }`;
const LEAVE = `mutation L($sessionId: ID!, $candidateId: ID!) { leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id seatsTaken } }`;
const CANCEL = `mutation X($input: CancelSessionInput!) { cancelSession(input: $input) { id status } }`;

let kit: SchedulingUnderTest;
let coachId: string;
let roomId: string;
let day = 5;

/** A new workshop, remote by default, open to the programme, on its own day. */
async function workshop(input: Record<string, unknown> = {}): Promise<AnyData> {
  return (
    await kit.ok(ops, CREATE, {
      input: {
        coachId,
        title: 'Réussir ses entretiens',
        topic: 'INTERVIEWS',
        description: 'Se préparer aux questions, se présenter en deux minutes.',
        language: 'fr',
        place: 'REMOTE',
        startsAt: workingDayAhead(day++, 10).toISOString(),
        seatLimit: 2,
        programmeIds: [PROGRAMME],
        ...input,
      },
    })
  ).createWorkshop;
}

const people = (n: number) =>
  Promise.all(Array.from({ length: n }, () => kit.seedCandidate(PROGRAMME, SPONSOR, [LYON])));
const signUp = async (sessionId: string, candidateId: string) =>
  (await kit.ok(personOf(candidateId), SIGN_UP, { sessionId, candidateId })).signUpForWorkshop;
const openTo = async (candidateId: string, filter: Record<string, unknown> = {}) =>
  (await kit.ok(personOf(candidateId), OPEN, { candidateId, ...filter })).openWorkshops as AnyData[];
const seatedIn = async (sessionId: string): Promise<string[]> =>
  (
    await kit.dataSource.query(
      `SELECT candidate_id FROM session_participant WHERE session_id = $1 AND status = 'booked' ORDER BY candidate_id`,
      [sessionId],
    )
  ).map((row: { candidate_id: string }) => row.candidate_id);
const promotionsOf = async (candidateId: string) =>
  (await kit.outboxOf('SessionBooked.v1', candidateId)).filter((p) => p['reasonCode'] === 'waiting_list');

beforeAll(async () => {
  kit = await startScheduling('scheduling_waiting_list');
  await kit.ok(ops, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
    input: {
      id: LYON,
      name: 'Lyon Part-Dieu',
      address: '12 rue de la République, 69002 Lyon',
      timeZone: 'Europe/Paris',
      openingHours: weekdays('08:00', '19:00'),
      bufferMinutes: 0,
      minimumNoticeMinutes: 60,
    },
  });
  roomId = (
    await kit.ok(ops, `mutation R($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { officeId: LYON, name: 'Saône', capacity: 4, equipment: [] },
    })
  ).createRoom.id;
  coachId = (
    await kit.ok(ops, `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`, {
      input: {
        displayName: 'Nadia',
        email: 'nadia@lyon.passerelle.test',
        officeIds: [LYON],
        languages: ['fr'],
        specialties: ['DIRECT_REEMPLOYMENT'],
        maxCaseload: 50,
        weeklyHours: weekdays('08:00', '19:00'),
      },
    })
  ).createCoach.id;
  await kit.dataSource.query(
    `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
    [PROGRAMME, SPONSOR, [LYON]],
  );
});

afterAll(async () => {
  await kit?.stop();
});

describe('a workshop’s details', () => {
  it('ops create one in an office or remote; people of the programme see its details, soonest first, by topic or language', async () => {
    const remote = await workshop({ title: 'LinkedIn pas à pas', topic: 'NETWORKING', language: 'en' });
    expect(remote).toMatchObject({
      kind: 'GROUP_WORKSHOP',
      mode: 'VIDEO',
      officeId: LYON,
      videoLink: expect.stringMatching(/^https:\/\//),
      seatsTaken: 0,
      workshop: { title: 'LinkedIn pas à pas', topic: 'NETWORKING', language: 'en', place: 'REMOTE' },
    });
    const inOffice = await workshop({ place: 'OFFICE', roomId, topic: 'CV_AND_APPLICATIONS', seatLimit: 4 });
    expect(inOffice).toMatchObject({ mode: 'IN_PERSON', videoLink: null, workshop: { place: 'OFFICE' } });

    const [person] = await people(1);
    const listed = await openTo(person!);
    expect(listed.map((w) => w.session.id)).toEqual([remote.id, inOffice.id]);
    expect(listed[0]).toEqual({
      seatsLeft: 2,
      joined: false,
      waitingPosition: null,
      session: {
        id: remote.id,
        videoLink: null, // the link is for participants only
        workshop: { title: 'LinkedIn pas à pas', topic: 'NETWORKING', language: 'en', place: 'REMOTE' },
      },
    });
    expect((await openTo(person!, { topic: 'CV_AND_APPLICATIONS' })).map((w) => w.session.id)).toEqual([
      inOffice.id,
    ]);
    expect((await openTo(person!, { language: 'en' })).map((w) => w.session.id)).toEqual([remote.id]);
    expect(
      refusalOf(await kit.gql(personOf(person!), OPEN, { candidateId: person, language: 'english' })),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['language'] });
  });

  it('refuses bad input naming the field, and anyone but ops of the coach’s offices', async () => {
    const input = {
      coachId,
      title: 'Atelier',
      topic: 'WELLBEING',
      description: 'Prendre soin de soi pendant la recherche.',
      language: 'fr',
      place: 'REMOTE',
      startsAt: workingDayAhead(3, 15).toISOString(),
      seatLimit: 5,
      programmeIds: [PROGRAMME],
    };
    const refusal = async (identity: Identity, change: Record<string, unknown>) =>
      refusalOf(await kit.gql(identity, CREATE, { input: { ...input, ...change } }));
    const cases: [string, Promise<unknown>, unknown][] = [
      ['a short title', refusal(ops, { title: 'A' }), { code: 'BAD_USER_INPUT', fields: ['title'] }],
      [
        'no description',
        refusal(ops, { description: '  ' }),
        { code: 'BAD_USER_INPUT', fields: ['description'] },
      ],
      [
        'a language name',
        refusal(ops, { language: 'français' }),
        { code: 'BAD_USER_INPUT', fields: ['language'] },
      ],
      [
        'an office without a room',
        refusal(ops, { place: 'OFFICE' }),
        { code: 'BAD_USER_INPUT', fields: ['roomId'] },
      ],
      ['remote in a room', refusal(ops, { roomId }), { code: 'BAD_USER_INPUT', fields: ['roomId'] }],
      ['no seat', refusal(ops, { seatLimit: 0 }), { code: 'BAD_USER_INPUT', fields: ['seatLimit'] }],
      [
        'more seats than the room',
        refusal(ops, { place: 'OFFICE', roomId, seatLimit: 9 }),
        { code: 'BAD_USER_INPUT', fields: 'seatLimit' },
      ],
      [
        'no programme',
        refusal(ops, { programmeIds: [] }),
        { code: 'BAD_USER_INPUT', fields: ['programmeIds'] },
      ],
      [
        'a programme the office does not serve',
        refusal(ops, { programmeIds: [PROGRAMME, randomUUID()] }),
        { code: 'PROGRAMME_NOT_FOUND', fields: 'programmeIds.1' },
      ],
      [
        'in the past',
        refusal(ops, { startsAt: new Date(Date.now() - 3_600_000).toISOString() }),
        { code: 'BAD_USER_INPUT', fields: 'startsAt' },
      ],
      ['ops of another office', refusal(opsElsewhere, {}), { code: 'COACH_NOT_FOUND', fields: 'coachId' }],
      [
        'a coach',
        refusal({ subject: 'nadia', role: 'coach', coachId, officeIds: [LYON] }, {}),
        { code: 'FORBIDDEN', fields: undefined },
      ],
    ];
    const results = await Promise.all(cases.map(async ([name, answer]) => [name, await answer]));
    expect(results).toEqual(cases.map(([name, , expected]) => [name, expected]));
    expect(await kit.dataSource.query(`SELECT 1 FROM coaching_session WHERE title = 'Atelier'`)).toEqual([]);
  });
});

describe('the waiting list', () => {
  it('puts whoever signs up for a full workshop on its list, in order; they may leave it', async () => {
    const full = await workshop();
    const [a, b, w1, w2, w3, late] = await people(6);
    expect(await signUp(full.id, a!)).toMatchObject({ joined: true, seatsLeft: 1, waitingPosition: null });
    expect(await signUp(full.id, b!)).toMatchObject({
      joined: true,
      seatsLeft: 0,
      session: { seatsTaken: 2, videoLink: expect.stringMatching(/^https:/) },
    });
    expect(await signUp(full.id, w1!)).toEqual({
      joined: false,
      seatsLeft: 0,
      waitingPosition: 1,
      session: { id: full.id, seatsTaken: 2, videoLink: null },
    });
    expect((await signUp(full.id, w2!)).waitingPosition).toBe(2);
    expect((await signUp(full.id, w3!)).waitingPosition).toBe(3);
    expect(
      refusalOf(await kit.gql(personOf(w2!), SIGN_UP, { sessionId: full.id, candidateId: w2 })).code,
    ).toBe('ALREADY_WAITING');
    // The old mutation keeps its answer.
    expect(
      refusalOf(await kit.gql(personOf(late!), JOIN, { sessionId: full.id, candidateId: late })).code,
    ).toBe('WORKSHOP_FULL');

    await kit.ok(personOf(w2!), LEAVE, { sessionId: full.id, candidateId: w2 });
    const ofW3 = (await openTo(w3!)).find((w) => w.session.id === full.id);
    expect(ofW3).toMatchObject({ joined: false, waitingPosition: 2 });
    expect(await kit.outboxOf('SessionCancelled.v1', w2!)).toEqual([]); // leaving a list frees no seat
    expect(refusalOf(await kit.gql(personOf(w2!), LEAVE, { sessionId: full.id, candidateId: w2 })).code).toBe(
      'NOT_JOINED',
    );
  });

  it('gives a seat freed by leaving to the first waiting, with their hold, reminders and SessionBooked', async () => {
    const full = await workshop({ topic: 'JOB_MARKET' });
    const [a, b, w1, w2] = await people(4);
    for (const person of [a, b, w1, w2]) await signUp(full.id, person!);

    const left = await kit.ok(personOf(a!), LEAVE, { sessionId: full.id, candidateId: a });
    expect(left.leaveWorkshop).toEqual({ id: full.id, seatsTaken: 2 });
    expect(await seatedIn(full.id)).toEqual([b, w1].sort());
    expect(await promotionsOf(w1!)).toEqual([
      expect.objectContaining({
        sessionId: full.id,
        candidateId: w1,
        kind: 'group_workshop',
        reasonCode: 'waiting_list',
        workshopTopic: 'job_market',
      }),
    ]);
    expect(await kit.outboxOf('SessionCancelled.v1', a!)).toEqual([
      expect.objectContaining({ reasonCode: 'left_workshop' }),
    ]);
    const [hold] = await kit.dataSource.query(
      `SELECT 1 FROM booking WHERE session_id = $1 AND resource_kind = 'candidate' AND resource_id = $2`,
      [full.id, w1],
    );
    expect(hold).toBeDefined();
    const reminders = await kit.dataSource.query(
      `SELECT lead_minutes FROM session_reminder WHERE session_id = $1 AND candidate_id = $2 AND status = 'pending'`,
      [full.id, w1],
    );
    expect(reminders.length).toBeGreaterThan(0);
    expect((await openTo(w1!)).find((w) => w.session.id === full.id)).toMatchObject({
      joined: true,
      waitingPosition: null,
      session: { videoLink: expect.stringMatching(/^https:/) },
    });
    expect((await openTo(w2!)).find((w) => w.session.id === full.id)).toMatchObject({ waitingPosition: 1 });
  });

  it('gives a seat freed by a cancellation (a person cancelling their seat) to the first waiting', async () => {
    const full = await workshop({ seatLimit: 1 });
    const [a, w1] = await people(2);
    await signUp(full.id, a!);
    await signUp(full.id, w1!);
    await kit.ok(personOf(a!), CANCEL, { input: { sessionId: full.id, reason: 'ILLNESS' } });
    expect(await seatedIn(full.id)).toEqual([w1]);
    expect(await promotionsOf(w1!)).toHaveLength(1);
  });

  it('seats nobody from the list when the whole workshop is cancelled', async () => {
    const full = await workshop({ seatLimit: 1 });
    const [a, w1] = await people(2);
    await signUp(full.id, a!);
    await signUp(full.id, w1!);
    expect(
      (await kit.ok(ops, CANCEL, { input: { sessionId: full.id, reason: 'COACH_UNAVAILABLE' } }))
        .cancelSession,
    ).toEqual({ id: full.id, status: 'CANCELLED' });
    expect(await seatedIn(full.id)).toEqual([]);
    expect(await promotionsOf(w1!)).toEqual([]);
  });

  it('gives seats ops add to the people waiting; refuses fewer seats than taken', async () => {
    const full = await workshop({ seatLimit: 1 });
    const [a, w1, w2, w3] = await people(4);
    for (const person of [a, w1, w2, w3]) await signUp(full.id, person!);
    const edited = await kit.ok(ops, EDIT, {
      input: { sessionId: full.id, seatLimit: 3, title: 'Entretiens, niveau 2' },
    });
    expect(edited.editWorkshop).toEqual({
      id: full.id,
      seatLimit: 3,
      seatsTaken: 3,
      workshop: { title: 'Entretiens, niveau 2' },
    });
    expect(await seatedIn(full.id)).toEqual([a, w1, w2].sort());
    expect((await openTo(w3!)).find((w) => w.session.id === full.id)).toMatchObject({ waitingPosition: 1 });
    const refusals = [
      refusalOf(await kit.gql(ops, EDIT, { input: { sessionId: full.id, seatLimit: 2 } })),
      refusalOf(await kit.gql(ops, EDIT, { input: { sessionId: full.id, title: 'x' } })),
      refusalOf(await kit.gql(opsElsewhere, EDIT, { input: { sessionId: full.id, seatLimit: 4 } })),
      refusalOf(await kit.gql(personOf(a!), EDIT, { input: { sessionId: full.id, seatLimit: 4 } })),
    ];
    expect(refusals).toEqual([
      { code: 'BAD_USER_INPUT', fields: 'seatLimit' },
      { code: 'BAD_USER_INPUT', fields: ['title'] },
      { code: 'SESSION_NOT_FOUND', fields: 'sessionId' },
      { code: 'FORBIDDEN', fields: undefined },
    ]);
  });

  it('two people leaving at once promote the first two waiting once each, never beyond the seats', async () => {
    for (let round = 0; round < 3; round++) {
      const full = await workshop();
      const [a, b, w1, w2, w3] = await people(5);
      for (const person of [a, b, w1, w2, w3]) await signUp(full.id, person!);
      const answers = await Promise.all(
        [a, b].map((person) =>
          kit.gql(personOf(person!), LEAVE, { sessionId: full.id, candidateId: person }),
        ),
      );
      expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
      expect(await seatedIn(full.id)).toEqual([w1, w2].sort());
      expect([
        (await promotionsOf(w1!)).length,
        (await promotionsOf(w2!)).length,
        (await promotionsOf(w3!)).length,
      ]).toEqual([1, 1, 0]);
      expect((await openTo(w3!)).find((w) => w.session.id === full.id)).toMatchObject({
        seatsLeft: 0,
        waitingPosition: 1,
      });
    }
  });
});
