import { randomUUID } from 'node:crypto';
import {
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  createRoom,
  enrol,
  Mailbox,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// Ops of an office edit and deactivate its offices, rooms and coaches; a coach leaving with a
// session ahead: ops offer the person another coach (the person is asked by email), the person
// accepts through the gateway and is told by email. Who may do each of it, with real tokens,
// through the gateway.

const LYON = randomUUID();
const PARIS = randomUUID();
const { mailbox } = Mailbox.fromEnvironment();
let platform: RunningPlatform;
const tokens: Record<'ops' | 'opsParis' | 'coach' | 'person' | 'otherPerson' | 'sponsor', string> = {
  ops: '',
  opsParis: '',
  coach: '',
  person: '',
  otherPerson: '',
  sponsor: '',
};
let alix: string;
let bruno: string;
let room: string;
let spare: string;
let person: string;
let sessionId: string;
const personAddress = `directory-${randomUUID().slice(0, 8)}@example.org`;

/** The error code when refused, else the data. */
const answer = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const { body } = await platform.as(token).request(query, variables);
  return body.errors?.[0]?.extensions?.['code'] ?? body.data;
};

const inDays = (days: number, hour: number) => {
  const at = new Date(Date.now() + days * 86_400_000);
  // A weekday at hour:00 Paris time (UTC+1 or +2): always within the coaches' 08:00-19:00.
  while ([0, 6].includes(at.getUTCDay())) at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(hour - 1, 0, 0, 0);
  return at;
};

beforeAll(async () => {
  platform = await startPlatform();
  tokens.ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  tokens.opsParis = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
  tokens.sponsor = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [randomUUID()] });
  const ops = platform.as(tokens.ops);
  await createOffice(ops, { id: LYON, openingHours: weekdays('08:00', '19:00') });
  await createOffice(platform.as(tokens.opsParis), { id: PARIS, name: 'Paris Bastille' });
  room = await createRoom(ops, { officeId: LYON, name: 'Rhône', capacity: 3 });
  spare = await createRoom(ops, { officeId: LYON, name: 'Saône', capacity: 2 });
  const coach = { officeIds: [LYON], specialties: ['RETRAINING'], weeklyHours: weekdays('08:00', '19:00') };
  alix = await createCoach(ops, { ...coach, displayName: 'Alix' });
  const { programmeId } = await setUpProgramme(ops, {
    sponsorName: 'Acme',
    name: 'PSE Acme',
    officeIds: [LYON],
  });
  person = await enrol(ops, { programmeId, email: personAddress, languages: ['fr'] });
  const other = await enrol(ops, { programmeId, languages: ['fr'] });
  expect(await coachAssignedTo(ops, person)).toBe(alix);
  bruno = await createCoach(ops, { ...coach, displayName: 'Bruno' });
  tokens.coach = await platform.token({ sub: 'alix', role: 'coach', coach_id: alix, office_ids: [LYON] });
  tokens.person = await platform.token({ sub: `p-${person}`, role: 'candidate', candidate_id: person });
  tokens.otherPerson = await platform.token({ sub: `p-${other}`, role: 'candidate', candidate_id: other });
  sessionId = (
    await bookSession<{ id: string }>(ops, {
      candidateIds: [person],
      coachId: alix,
      roomId: room,
      kind: 'FOLLOW_UP',
      mode: 'IN_PERSON',
      startsAt: inDays(9, 10).toISOString(),
    })
  ).id;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const UPDATE_OFFICE = `mutation U($input: UpdateOfficeInput!) { updateOffice(input: $input) { name active } }`;
const UPDATE_ROOM = `mutation U($input: UpdateRoomInput!) { updateRoom(input: $input) { name capacity active } }`;
const UPDATE_COACH = `mutation U($input: UpdateCoachInput!) { updateCoach(input: $input) { displayName maxCaseload } }`;
const DEACTIVATE_OFFICE = `mutation D($id: ID!) { deactivateOffice(id: $id) { active } }`;
const REACTIVATE_OFFICE = `mutation R($id: ID!) { reactivateOffice(id: $id) { active } }`;
const DEACTIVATE_ROOM = `mutation D($id: ID!) { deactivateRoom(id: $id) { active } }`;
const REACTIVATE_ROOM = `mutation R($id: ID!) { reactivateRoom(id: $id) { active } }`;
const DEACTIVATE_COACH = `mutation D($id: ID!) { deactivateCoach(id: $id) { active } }`;
const REACTIVATE_COACH = `mutation R($id: ID!) { reactivateCoach(id: $id) { active } }`;
const TO_MOVE = `query M($coachId: ID!) { sessionsToMove(input: { coachId: $coachId }) {
  session { id } freeRooms { id } freeCoaches { displayName } coachChangeProposal { status } } }`;
const PROPOSE = `mutation P($sessionId: ID!, $coachId: ID!) { proposeCoachChange(sessionId: $sessionId, coachId: $coachId) {
  sessionId status previousCoachId proposedAt answeredAt coach { displayName } } }`;
const ANSWER = `mutation A($sessionId: ID!) { answerCoachChange(sessionId: $sessionId, accept: true) { status coach { displayName } } }`;
const OFFICE = `query O($id: ID!) { office(id: $id) { active rooms { name active } } }`;
const SESSION = `query S($id: ID!) { session(id: $id) { coach { displayName } coachChangeProposal { status coach { displayName } } } }`;

describe('editing and deactivating, through the gateway', () => {
  it('every new mutation: ops of the office only; ops elsewhere get the scope code; coach, person, sponsor FORBIDDEN', async () => {
    const others = ['opsParis', 'coach', 'person', 'sponsor'] as const;
    const cases: [
      string,
      string,
      Record<string, unknown>,
      Record<(typeof others)[number], string>,
      unknown,
    ][] = [
      [
        'updateOffice',
        UPDATE_OFFICE,
        { input: { id: LYON, name: 'Lyon Part-Dieu (2e)' } },
        { opsParis: 'FORBIDDEN', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { updateOffice: { name: 'Lyon Part-Dieu (2e)', active: true } },
      ],
      [
        'updateRoom',
        UPDATE_ROOM,
        { input: { id: room, capacity: 4 } },
        { opsParis: 'FORBIDDEN', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { updateRoom: { name: 'Rhône', capacity: 4, active: true } },
      ],
      [
        'updateCoach',
        UPDATE_COACH,
        { input: { id: bruno, displayName: 'Bruno M.', maxCaseload: 15 } },
        { opsParis: 'COACH_NOT_FOUND', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { updateCoach: { displayName: 'Bruno M.', maxCaseload: 15 } },
      ],
      [
        'deactivateRoom (none ahead)',
        DEACTIVATE_ROOM,
        { id: spare },
        { opsParis: 'FORBIDDEN', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { deactivateRoom: { active: false } },
      ],
      [
        'reactivateRoom',
        REACTIVATE_ROOM,
        { id: spare },
        { opsParis: 'FORBIDDEN', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { reactivateRoom: { active: true } },
      ],
      [
        'deactivateCoach (a session ahead)',
        DEACTIVATE_COACH,
        { id: alix },
        { opsParis: 'COACH_NOT_FOUND', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        'FUTURE_SESSIONS_REMAIN',
      ],
      [
        'reactivateCoach (already active)',
        REACTIVATE_COACH,
        { id: bruno },
        { opsParis: 'COACH_NOT_FOUND', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { reactivateCoach: { active: true } },
      ],
      [
        'deactivateOffice (rooms and coaches active)',
        DEACTIVATE_OFFICE,
        { id: LYON },
        { opsParis: 'FORBIDDEN', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        'OFFICE_IN_USE',
      ],
      [
        'reactivateOffice (already active)',
        REACTIVATE_OFFICE,
        { id: LYON },
        { opsParis: 'FORBIDDEN', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        { reactivateOffice: { active: true } },
      ],
      [
        'sessionsToMove',
        TO_MOVE,
        { coachId: alix },
        { opsParis: 'COACH_NOT_FOUND', coach: 'FORBIDDEN', person: 'FORBIDDEN', sponsor: 'FORBIDDEN' },
        {
          sessionsToMove: [
            {
              session: { id: sessionId },
              freeRooms: [],
              freeCoaches: [{ displayName: 'Bruno M.' }],
              coachChangeProposal: null,
            },
          ],
        },
      ],
    ];
    const seen: unknown[] = [];
    const expected: unknown[] = [];
    for (const [name, query, variables, refused, granted] of cases) {
      for (const who of others) {
        seen.push([name, who, await answer(tokens[who], query, variables)]);
        expected.push([name, who, refused[who]]);
      }
      seen.push([name, 'ops of the office', await answer(tokens.ops, query, variables)]);
      expected.push([name, 'ops of the office', granted]);
    }
    expect(seen).toEqual(expected);
  });

  it('Office.active and Room.active: ops and coaches of the office; ops elsewhere see no office; person and sponsor FORBIDDEN', async () => {
    const rows = [
      ['ops of the office', tokens.ops],
      ['its coach', tokens.coach],
      ['ops elsewhere', tokens.opsParis],
      ['the person', tokens.person],
      ['sponsor', tokens.sponsor],
    ] as const;
    const seen = [];
    for (const [who, token] of rows) seen.push([who, await answer(token, OFFICE, { id: LYON })]);
    const office = {
      office: {
        active: true,
        rooms: [
          { name: 'Rhône', active: true },
          { name: 'Saône', active: true },
        ],
      },
    };
    expect(seen).toEqual([
      ['ops of the office', office],
      ['its coach', office],
      ['ops elsewhere', { office: null }],
      ['the person', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
  });

  it('another coach offered: ops of the office propose; the person (only) accepts, the session changes coach, and they are emailed', async () => {
    const propose = { sessionId, coachId: bruno };
    const refused = [];
    for (const who of ['opsParis', 'coach', 'person', 'sponsor'] as const)
      refused.push([who, await answer(tokens[who], PROPOSE, propose)]);
    expect(refused).toEqual([
      ['opsParis', 'SESSION_NOT_FOUND'],
      ['coach', 'FORBIDDEN'],
      ['person', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    expect(await answer(tokens.ops, PROPOSE, propose)).toEqual({
      proposeCoachChange: {
        sessionId,
        status: 'PENDING',
        previousCoachId: alix,
        proposedAt: expect.any(String),
        answeredAt: null,
        coach: { displayName: 'Bruno M.' },
      },
    });

    // The notifier asks the person (CoachChangeProposed), by email whatever their preferences.
    const asked = await waitFor(
      async () =>
        (await mailbox.messagesTo(personAddress)).find((message) =>
          message.Subject.startsWith('Un autre consultant vous est proposé'),
        ) ?? null,
      { what: 'the email offering another coach', timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(await mailbox.find(asked, /Répondre à la proposition/)).toBe('Répondre à la proposition');

    // CoachingSession.coachChangeProposal: whoever sees the session.
    const proposal = { coachChangeProposal: { status: 'PENDING', coach: { displayName: 'Bruno M.' } } };
    const sessionRows = [];
    for (const who of ['person', 'coach', 'ops', 'opsParis', 'otherPerson', 'sponsor'] as const)
      sessionRows.push([who, await answer(tokens[who], SESSION, { id: sessionId })]);
    const session = { session: { coach: { displayName: 'Alix' }, ...proposal } };
    expect(sessionRows).toEqual([
      ['person', session],
      ['coach', session],
      ['ops', session],
      ['opsParis', { session: null }],
      ['otherPerson', { session: null }],
      ['sponsor', 'FORBIDDEN'],
    ]);

    const answers = [];
    for (const who of ['ops', 'coach', 'sponsor', 'otherPerson', 'person'] as const)
      answers.push([who, await answer(tokens[who], ANSWER, { sessionId })]);
    expect(answers).toEqual([
      ['ops', 'FORBIDDEN'],
      ['coach', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
      ['otherPerson', 'PROPOSAL_NOT_FOUND'],
      ['person', { answerCoachChange: { status: 'ACCEPTED', coach: { displayName: 'Bruno M.' } } }],
    ]);
    expect(await answer(tokens.person, SESSION, { id: sessionId })).toEqual({
      session: {
        coach: { displayName: 'Bruno M.' },
        coachChangeProposal: { status: 'ACCEPTED', coach: { displayName: 'Bruno M.' } },
      },
    });

    // The notifier tells the person the appointment keeps its time, with another coach or room.
    const changed = await waitFor(
      async () =>
        (await mailbox.messagesTo(personAddress)).find((message) =>
          message.Subject.startsWith('Rendez-vous modifié'),
        ) ?? null,
      { what: 'the email of the changed appointment', timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(await mailbox.find(changed, /garde sa date et son heure/)).toBe('garde sa date et son heure');

    // Nothing ahead holds Alix now: she is deactivated, and takes no booking.
    expect(await answer(tokens.ops, DEACTIVATE_COACH, { id: alix })).toEqual({
      deactivateCoach: { active: false },
    });
  });
});
