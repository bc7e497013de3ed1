import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// A group workshop is open to the programmes of the people it was created with (or, created by
// ops with its details, to the programmes they name): two sponsors' programmes served by one office
// must not meet in each other's workshops, nor get their video link; a full workshop's waiting
// list gives the next seat freed to its first person. After a session, its coach's confidential note
// and the summary the person acknowledges, role by role (person, their coach, another coach, ops,
// sponsor), the note's reads recorded.

const LYON = randomUUID();
let platform: RunningPlatform;
let ops: string;
let coachId: string;
/** The workshop the first test creates, open to Acme's programme: `first` and `colleague` seated. */
let workshopId = '';
let acmeProgramme = '';
const people: Record<'first' | 'colleague' | 'otherSponsor', string> = {
  first: '',
  colleague: '',
  otherSponsor: '',
};

async function programmeOf(sponsorName: string): Promise<string> {
  const { programmeId } = await setUpProgramme(platform.as(ops), {
    sponsorName,
    name: `PSE ${sponsorName}`,
    officeIds: [LYON],
  });
  return programmeId;
}

const enrolWorkshopper = (programmeId: string, n: string) =>
  enrol(platform.as(ops), {
    programmeId,
    employeeNumber: `W-${n}`,
    firstName: 'Prénom',
    lastName: `Nom ${n}`,
    email: `workshop-${n}@example.org`,
    languages: ['fr'],
  });

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  await createOffice(platform.as(ops), { id: LYON, openingHours: weekdays('08:00', '19:00') });
  coachId = await createCoach(platform.as(ops), {
    displayName: 'Amel',
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 10,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  const acme = await programmeOf('Acme Industrie');
  acmeProgramme = acme;
  const globex = await programmeOf('Globex');
  people.first = await enrolWorkshopper(acme, '1');
  people.colleague = await enrolWorkshopper(acme, '2');
  people.otherSponsor = await enrolWorkshopper(globex, '3');
  for (const candidateId of Object.values(people)) await coachAssignedTo(platform.as(ops), candidateId);
});

afterAll(async () => {
  await platform?.stop();
});

const JOIN = `mutation J($sessionId: ID!, $candidateId: ID!) { joinWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id videoLink } }`;

describe('who may take a seat in a workshop', () => {
  it('seats people of the programmes it is open to, and no one else, whoever asks', async () => {
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const inTwoWeeks = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 14 * 86_400_000);
    const workshop = await bookSession<{ id: string; videoLink: string }>(
      platform.as(coach),
      {
        candidateIds: [people.first],
        kind: 'GROUP_WORKSHOP',
        mode: 'VIDEO',
        startsAt: inTwoWeeks.toISOString(),
        seatLimit: 6,
      },
      'id videoLink',
    );
    expect(workshop.videoLink).toMatch(/^https:\/\//);
    workshopId = workshop.id;

    const asPerson = async (candidateId: string) =>
      platform
        .as(await platform.token({ sub: `p-${candidateId}`, role: 'candidate', candidate_id: candidateId }))
        .request<{ joinWorkshop: { id: string; videoLink: string | null } }>(JOIN, {
          sessionId: workshop.id,
          candidateId,
        });

    const outsider = await asPerson(people.otherSponsor);
    expectGraphQLError(outsider, 'SESSION_NOT_FOUND');
    expect(JSON.stringify(outsider.body)).not.toContain(workshop.videoLink);
    const seatedByOps = await platform
      .as(ops)
      .request(JOIN, { sessionId: workshop.id, candidateId: people.otherSponsor });
    expectGraphQLError(seatedByOps, 'SESSION_NOT_FOUND');

    const colleague = await asPerson(people.colleague);
    expect(colleague.body).toEqual({
      data: { joinWorkshop: { id: workshop.id, videoLink: workshop.videoLink } },
    });
  });
});

const OPEN = `query O($candidateId: ID!) { openWorkshops(candidateId: $candidateId) { seatsLeft joined session { id } } }`;
const LEAVE = `mutation L($sessionId: ID!, $candidateId: ID!) { leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) { id seatsTaken } }`;

describe('who may list the workshops open to a person, and free a seat', () => {
  const personToken = (candidateId: string) =>
    platform.token({ sub: `p-${candidateId}`, role: 'candidate', candidate_id: candidateId });
  const codeOrData = (response: {
    body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }) => response.body.errors?.[0]?.extensions?.code ?? response.body.data;

  it('openWorkshops: the person, their coach, ops of their office; no one else', async () => {
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const sponsor = await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [randomUUID()] });
    const opsParis = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [randomUUID()] });
    const committee = await platform.token({ sub: 'cse', role: 'committee', sponsor_ids: [randomUUID()] });
    const listed = { openWorkshops: [{ seatsLeft: 4, joined: true, session: { id: workshopId } }] };
    const rows: [string, string, string, unknown][] = [
      ['the person themself', await personToken(people.first), people.first, listed],
      ['their coach', coach, people.first, listed],
      ['ops of their office', ops, people.first, listed],
      ['another person', await personToken(people.otherSponsor), people.first, 'CANDIDATE_NOT_FOUND'],
      ['ops of another office', opsParis, people.first, 'CANDIDATE_NOT_FOUND'],
      ['sponsor HR', sponsor, people.first, 'FORBIDDEN'],
      ['a committee member', committee, people.first, 'FORBIDDEN'],
      [
        'a person of another sponsor, for themself',
        await personToken(people.otherSponsor),
        people.otherSponsor,
        { openWorkshops: [] },
      ],
    ];
    const results = await Promise.all(
      rows.map(async ([who, token, candidateId]) => [
        who,
        codeOrData(await platform.as(token).request(OPEN, { candidateId })),
      ]),
    );
    expect(results).toEqual(rows.map(([who, , , expected]) => [who, expected]));
  });

  it('leaveWorkshop: the person or ops of the office; not another sponsor’s person nor a coach', async () => {
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const leave = async (token: string, candidateId: string) =>
      codeOrData(await platform.as(token).request(LEAVE, { sessionId: workshopId, candidateId }));
    const results = [
      [
        'a person of another sponsor',
        await leave(await personToken(people.otherSponsor), people.otherSponsor),
      ],
      ['their coach', await leave(coach, people.colleague)],
      ['another person, for them', await leave(await personToken(people.first), people.colleague)],
      ['the person themself', await leave(await personToken(people.colleague), people.colleague)],
      ['the person again', await leave(await personToken(people.colleague), people.colleague)],
      ['ops of the office, for a person', await leave(ops, people.first)],
    ];
    expect(results).toEqual([
      ['a person of another sponsor', 'SESSION_NOT_FOUND'],
      ['their coach', 'FORBIDDEN'],
      ['another person, for them', 'CANDIDATE_NOT_FOUND'],
      ['the person themself', { leaveWorkshop: { id: workshopId, seatsTaken: 1 } }],
      ['the person again', 'NOT_JOINED'],
      ['ops of the office, for a person', { leaveWorkshop: { id: workshopId, seatsTaken: 0 } }],
    ]);
  });
});

const CREATE = `mutation C($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id videoLink workshop { title place } } }`;
const EDIT = `mutation E($input: EditWorkshopInput!) { editWorkshop(input: $input) { id seatLimit } }`;
const SIGN_UP = `mutation S($sessionId: ID!, $candidateId: ID!) { signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {
  joined waitingPosition session { id videoLink } } }`;
const DETAILS = `query O($candidateId: ID!) { openWorkshops(candidateId: $candidateId, topic: NETWORKING) {
  seatsLeft joined waitingPosition session { id videoLink workshop { title topic description language place } } } }`;

describe('workshops with their details and a waiting list, through the gateway', () => {
  const personToken = (candidateId: string) =>
    platform.token({ sub: `p-${candidateId}`, role: 'candidate', candidate_id: candidateId });
  const codeOrData = (response: {
    body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }) => response.body.errors?.[0]?.extensions?.code ?? response.body.data;
  const input = (startsAt: Date) => ({
    coachId,
    title: 'LinkedIn, mode d’emploi',
    topic: 'NETWORKING',
    description: 'Un profil qui donne envie, et trois messages pour se faire connaître.',
    language: 'fr',
    place: 'REMOTE',
    startsAt: startsAt.toISOString(),
    seatLimit: 1,
    programmeIds: [acmeProgramme],
  });
  let remote: { id: string; videoLink: string };

  it('createWorkshop and editWorkshop: ops of the coach’s office only', async () => {
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const sponsor = await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [randomUUID()] });
    const opsParis = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [randomUUID()] });
    const person = await personToken(people.first);
    const committee = await platform.token({ sub: 'cse', role: 'committee', sponsor_ids: [randomUUID()] });
    const inFifteenDays = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 15 * 86_400_000);
    const create = async (token: string, hoursLater: number) =>
      codeOrData(
        await platform
          .as(token)
          .request(CREATE, { input: input(new Date(inFifteenDays.getTime() + hoursLater * 3_600_000)) }),
      );
    const created = (await create(ops, 0)) as { createWorkshop: { id: string; videoLink: string } };
    expect(created).toEqual({
      createWorkshop: {
        id: expect.any(String),
        videoLink: expect.stringMatching(/^https:\/\//),
        workshop: { title: 'LinkedIn, mode d’emploi', place: 'REMOTE' },
      },
    });
    remote = created.createWorkshop;
    expect([
      ['their coach', await create(coach, 3)],
      ['a person', await create(person, 3)],
      ['sponsor HR', await create(sponsor, 3)],
      ['a committee member', await create(committee, 3)],
      ['ops of another office', await create(opsParis, 3)],
    ]).toEqual([
      ['their coach', 'FORBIDDEN'],
      ['a person', 'FORBIDDEN'],
      ['sponsor HR', 'FORBIDDEN'],
      ['a committee member', 'FORBIDDEN'],
      ['ops of another office', 'COACH_NOT_FOUND'],
    ]);
    const edit = async (token: string) =>
      codeOrData(await platform.as(token).request(EDIT, { input: { sessionId: remote.id, seatLimit: 1 } }));
    expect([
      ['ops of the office', await edit(ops)],
      ['their coach', await edit(coach)],
      ['a person', await edit(person)],
      ['sponsor HR', await edit(sponsor)],
      ['a committee member', await edit(committee)],
      ['ops of another office', await edit(opsParis)],
    ]).toEqual([
      ['ops of the office', { editWorkshop: { id: remote.id, seatLimit: 1 } }],
      ['their coach', 'FORBIDDEN'],
      ['a person', 'FORBIDDEN'],
      ['sponsor HR', 'FORBIDDEN'],
      ['a committee member', 'FORBIDDEN'],
      ['ops of another office', 'SESSION_NOT_FOUND'],
    ]);
  });

  it('shows the details to people of the programme, the joining link to participants only, and seats the first waiting when a seat is freed', async () => {
    const first = await personToken(people.first);
    const colleague = await personToken(people.colleague);
    const details = {
      title: 'LinkedIn, mode d’emploi',
      topic: 'NETWORKING',
      description: 'Un profil qui donne envie, et trois messages pour se faire connaître.',
      language: 'fr',
      place: 'REMOTE',
    };
    const listedFor = async (token: string, candidateId: string) =>
      codeOrData(await platform.as(token).request(DETAILS, { candidateId }));
    expect(await listedFor(colleague, people.colleague)).toEqual({
      openWorkshops: [
        {
          seatsLeft: 1,
          joined: false,
          waitingPosition: null,
          session: { id: remote.id, videoLink: null, workshop: details },
        },
      ],
    });
    expect(await listedFor(await personToken(people.otherSponsor), people.otherSponsor)).toEqual({
      openWorkshops: [],
    });
    // The new fields, role by role: what the person sees, their coach and ops of their office see too.
    const coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
    const opsParis = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [randomUUID()] });
    const hr = await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [randomUUID()] });
    const seen = await listedFor(colleague, people.colleague);
    expect([
      ['their coach', await listedFor(coach, people.colleague)],
      ['ops of their office', await listedFor(ops, people.colleague)],
      ['ops of another office', await listedFor(opsParis, people.colleague)],
      ['sponsor HR', await listedFor(hr, people.colleague)],
    ]).toEqual([
      ['their coach', seen],
      ['ops of their office', seen],
      ['ops of another office', 'CANDIDATE_NOT_FOUND'],
      ['sponsor HR', 'FORBIDDEN'],
    ]);

    const signUp = async (token: string, candidateId: string) =>
      codeOrData(await platform.as(token).request(SIGN_UP, { sessionId: remote.id, candidateId }));
    const sponsor = await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [randomUUID()] });
    expect([
      ['the person', await signUp(first, people.first)],
      ['a colleague, full', await signUp(colleague, people.colleague)],
      ['another sponsor’s person', await signUp(await personToken(people.otherSponsor), people.otherSponsor)],
      ['another person, for them', await signUp(first, people.otherSponsor)],
      ['sponsor HR', await signUp(sponsor, people.first)],
    ]).toEqual([
      [
        'the person',
        {
          signUpForWorkshop: {
            joined: true,
            waitingPosition: null,
            session: { id: remote.id, videoLink: remote.videoLink },
          },
        },
      ],
      [
        'a colleague, full',
        {
          signUpForWorkshop: {
            joined: false,
            waitingPosition: 1,
            session: { id: remote.id, videoLink: null },
          },
        },
      ],
      ['another sponsor’s person', 'SESSION_NOT_FOUND'],
      ['another person, for them', 'CANDIDATE_NOT_FOUND'],
      ['sponsor HR', 'FORBIDDEN'],
    ]);
    // Waiting, the colleague still has no link, and no session of it.
    expect(JSON.stringify(await listedFor(colleague, people.colleague))).not.toContain(remote.videoLink);
    const session = `query S($id: ID!) { session(id: $id) { id videoLink } }`;
    expect((await platform.as(colleague).request(session, { id: remote.id })).body).toEqual({
      data: { session: null },
    });

    expect(
      codeOrData(
        await platform.as(first).request(LEAVE, { sessionId: remote.id, candidateId: people.first }),
      ),
    ).toEqual({
      leaveWorkshop: { id: remote.id, seatsTaken: 1 },
    });
    expect(await listedFor(colleague, people.colleague)).toEqual({
      openWorkshops: [
        {
          seatsLeft: 0,
          joined: true,
          waitingPosition: null,
          session: { id: remote.id, videoLink: remote.videoLink, workshop: details },
        },
      ],
    });
    expect((await platform.as(colleague).request(session, { id: remote.id })).body).toEqual({
      data: { session: { id: remote.id, videoLink: remote.videoLink } },
    });
  });
});

const NOTE_FIELDS = `query N($id: ID!) { session(id: $id) { confidentialNotes { candidateId current { version text } } } }`;
const SUMMARY_FIELDS = `query S($id: ID!) { session(id: $id) { summaries { candidateId current { version text nextSteps } amended acknowledged acknowledgedVersion } } }`;
const WRITE_NOTE = `mutation W($input: WriteConfidentialNoteInput!) { writeConfidentialNote(input: $input) { current { version } } }`;
const AMEND_NOTE = `mutation A($input: AmendConfidentialNoteInput!) { amendConfidentialNote(input: $input) { current { version } } }`;
const WRITE_SUMMARY = `mutation W($input: WriteSessionSummaryInput!) { writeSessionSummary(input: $input) { current { version } } }`;
const AMEND_SUMMARY = `mutation A($input: AmendSessionSummaryInput!) { amendSessionSummary(input: $input) { current { version } amended } }`;
const ACKNOWLEDGE = `mutation K($sessionId: ID!, $version: Int!) { acknowledgeSessionSummary(sessionId: $sessionId, version: $version) { acknowledged acknowledgedVersion } }`;
const TEMPLATE = `query T { sessionNoteTemplate(kind: FOLLOW_UP, type: SUMMARY, language: "fr") { headings } }`;

describe('session notes and summaries, role by role, through the gateway', () => {
  const codeOrData = (response: {
    body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }) => response.body.errors?.[0]?.extensions?.code ?? response.body.data;
  const tokens: Record<'person' | 'colleague' | 'coach' | 'otherCoach' | 'ops' | 'sponsor', string> = {
    person: '',
    colleague: '',
    coach: '',
    otherCoach: '',
    ops: '',
    sponsor: '',
  };
  const roles = ['person', 'coach', 'otherCoach', 'ops', 'sponsor'] as const;
  let sessionId = '';
  /** Each role's answer to one request, in the order of `roles`. */
  const byRole = async (
    query: string,
    variables: (role: (typeof roles)[number]) => Record<string, unknown>,
  ) => {
    const answers: [string, unknown][] = [];
    for (const role of roles)
      answers.push([role, codeOrData(await platform.as(tokens[role]).request(query, variables(role)))]);
    return answers;
  };

  beforeAll(async () => {
    tokens.person = await platform.token({
      sub: `p-${people.first}`,
      role: 'candidate',
      candidate_id: people.first,
    });
    tokens.colleague = await platform.token({
      sub: `p-${people.colleague}`,
      role: 'candidate',
      candidate_id: people.colleague,
    });
    tokens.coach = await platform.token({
      sub: 'amel',
      role: 'coach',
      coach_id: coachId,
      office_ids: [LYON],
    });
    const otherCoachId = await createCoach(platform.as(ops), {
      displayName: 'Bruno',
      officeIds: [LYON],
      languages: ['fr'],
      specialties: ['DIRECT_REEMPLOYMENT'],
      maxCaseload: 10,
      weeklyHours: weekdays('08:00', '19:00'),
    });
    tokens.otherCoach = await platform.token({
      sub: 'bruno',
      role: 'coach',
      coach_id: otherCoachId,
      office_ids: [LYON],
    });
    tokens.ops = ops;
    tokens.sponsor = await platform.token({ sub: 'hr-acme', role: 'sponsor', sponsor_ids: [randomUUID()] });
    const inThreeWeeks = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 21 * 86_400_000);
    sessionId = (
      await bookSession<{ id: string }>(platform.as(tokens.coach), {
        candidateIds: [people.first],
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: inThreeWeeks.toISOString(),
      })
    ).id;
  });

  it('the coach writes after the session only; nobody else writes', async () => {
    const note = { sessionId, candidateId: people.first, text: 'Hésite entre deux métiers ; fatigue.' };
    expect(codeOrData(await platform.as(tokens.coach).request(WRITE_NOTE, { input: note }))).toBe(
      'SESSION_NOT_HELD',
    );
    await platform
      .as(tokens.coach)
      .ok(`mutation C($id: ID!) { completeSession(sessionId: $id) { status } }`, { id: sessionId });
    const summary = {
      sessionId,
      candidateId: people.first,
      text: 'Où vous en êtes\n\nDeux pistes : logistique et maintenance.',
      nextSteps: 'Comparer les deux fiches métier.',
    };
    expect(await byRole(WRITE_NOTE, () => ({ input: note }))).toEqual([
      ['person', 'FORBIDDEN'],
      ['coach', { writeConfidentialNote: { current: { version: 1 } } }],
      ['otherCoach', 'SESSION_NOT_FOUND'],
      ['ops', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    expect(await byRole(WRITE_SUMMARY, () => ({ input: summary }))).toEqual([
      ['person', 'FORBIDDEN'],
      ['coach', { writeSessionSummary: { current: { version: 1 } } }],
      ['otherCoach', 'SESSION_NOT_FOUND'],
      ['ops', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    expect(await byRole(TEMPLATE, () => ({}))).toEqual([
      ['person', 'FORBIDDEN'],
      ['coach', { sessionNoteTemplate: { headings: ['Où vous en êtes', 'Ce que nous avons travaillé'] } }],
      [
        'otherCoach',
        { sessionNoteTemplate: { headings: ['Où vous en êtes', 'Ce que nous avons travaillé'] } },
      ],
      ['ops', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
  });

  it('the confidential note: its author only, every read and refusal recorded', async () => {
    expect(await byRole(NOTE_FIELDS, () => ({ id: sessionId }))).toEqual([
      ['person', 'NOTE_CONFIDENTIAL'],
      [
        'coach',
        {
          session: {
            confidentialNotes: [
              {
                candidateId: people.first,
                current: { version: 1, text: 'Hésite entre deux métiers ; fatigue.' },
              },
            ],
          },
        },
      ],
      ['otherCoach', { session: null }],
      ['ops', 'NOTE_CONFIDENTIAL'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    const db = new Client({ connectionString: platform.databaseUrls['scheduling']! });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT reader_subject, reader_role, outcome FROM session_note_read WHERE session_id = $1 ORDER BY read_at, id`,
        [sessionId],
      );
      expect(rows).toEqual([
        { reader_subject: `p-${people.first}`, reader_role: 'candidate', outcome: 'refused' },
        { reader_subject: 'amel', reader_role: 'coach', outcome: 'read' },
        { reader_subject: 'ops-lyon', reader_role: 'ops', outcome: 'refused' },
      ]);
    } finally {
      await db.end();
    }
  });

  it('the summary: the person and their coach; amended, then acknowledged by the person only', async () => {
    const shown = (version: number, amended: boolean, acknowledgedVersion: number | null) => ({
      session: {
        summaries: [
          {
            candidateId: people.first,
            current: {
              version,
              text: expect.stringContaining('Deux pistes'),
              nextSteps: 'Comparer les deux fiches métier.',
            },
            amended,
            acknowledged: acknowledgedVersion === version,
            acknowledgedVersion,
          },
        ],
      },
    });
    expect(await byRole(SUMMARY_FIELDS, () => ({ id: sessionId }))).toEqual([
      ['person', shown(1, false, null)],
      ['coach', shown(1, false, null)],
      ['otherCoach', { session: null }],
      ['ops', 'SUMMARY_PRIVATE'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    expect(await byRole(ACKNOWLEDGE, () => ({ sessionId, version: 1 }))).toEqual([
      ['person', { acknowledgeSessionSummary: { acknowledged: true, acknowledgedVersion: 1 } }],
      ['coach', 'FORBIDDEN'],
      ['otherCoach', 'FORBIDDEN'],
      ['ops', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    expect(
      codeOrData(await platform.as(tokens.colleague).request(ACKNOWLEDGE, { sessionId, version: 1 })),
    ).toBe('NOTE_NOT_FOUND');
    const amendment = {
      sessionId,
      candidateId: people.first,
      text: 'Où vous en êtes\n\nDeux pistes : logistique et maintenance industrielle.',
      nextSteps: 'Comparer les deux fiches métier.',
      reason: 'Précision sur la maintenance',
    };
    expect(await byRole(AMEND_SUMMARY, () => ({ input: amendment }))).toEqual([
      ['person', 'FORBIDDEN'],
      ['coach', { amendSessionSummary: { current: { version: 2 }, amended: true } }],
      ['otherCoach', 'NOTE_AUTHOR_ONLY'],
      ['ops', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    const noteAmendment = {
      sessionId,
      candidateId: people.first,
      text: 'Hésite encore.',
      reason: 'mise à jour',
    };
    expect(await byRole(AMEND_NOTE, () => ({ input: noteAmendment }))).toEqual([
      ['person', 'FORBIDDEN'],
      ['coach', { amendConfidentialNote: { current: { version: 2 } } }],
      ['otherCoach', 'NOTE_AUTHOR_ONLY'],
      ['ops', 'FORBIDDEN'],
      ['sponsor', 'FORBIDDEN'],
    ]);
    // The person sees it was amended since they acknowledged it, and acknowledges the new version.
    expect(codeOrData(await platform.as(tokens.person).request(SUMMARY_FIELDS, { id: sessionId }))).toEqual(
      shown(2, true, 1),
    );
    expect(codeOrData(await platform.as(tokens.person).request(ACKNOWLEDGE, { sessionId, version: 1 }))).toBe(
      'SUMMARY_AMENDED',
    );
    expect(
      codeOrData(await platform.as(tokens.person).request(ACKNOWLEDGE, { sessionId, version: 2 })),
    ).toEqual({ acknowledgeSessionSummary: { acknowledged: true, acknowledgedVersion: 2 } });
  });
});
