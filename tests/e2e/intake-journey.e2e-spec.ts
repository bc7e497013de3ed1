import { randomUUID } from 'node:crypto';
import { PinnableClock } from '@passerelle/shared/clock';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import {
  dataOf,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  testInfrastructure,
  waitFor,
  type GraphQLBody,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

/**
 * The intake journey's role matrix through the gateway with real tokens: ops manage programmes
 * of their offices, a coach sees their caseload, a person sees and answers their own, sponsor HR
 * sees aggregates only and never a diagnostic answer.
 */
const LYON = randomUUID();
const PARIS = randomUUID();
const COACH = randomUUID();
const OTHER_COACH = randomUUID();

const TERMS = {
  type: 'CONGE_DE_RECLASSEMENT',
  sites: ['Lyon Gerland'],
  headcount: 300,
  startDate: '2026-03-02',
  durationMonths: 12,
  sessionBudgetPerPerson: 18,
  outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
};

const ANSWERS = [
  { questionId: 'income_urgency', choice: 'immediate' },
  { questionId: 'wellbeing', number: 1 },
  { questionId: 'stress', number: 5 },
  { questionId: 'distress_signal', choice: 'often' },
  { questionId: 'project_clarity', choice: 'some_ideas' },
  { questionId: 'project_kind', choice: 'same_occupation' },
  { questionId: 'open_to_training', choice: 'no' },
  { questionId: 'years_to_retirement', number: 9 },
  { questionId: 'mobility_radius_km', number: 25 },
  { questionId: 'relocation', choice: 'no' },
  { questionId: 'constraints', choices: ['health'] },
  { questionId: 'languages', choices: ['fr'] },
];
/** Values only the answers hold: none may ever reach a sponsor's response. */
const ANSWER_MARKERS = ['"health"', 'often', 'same_occupation', 'distress_signal'];

let platform: RunningPlatform;
let producer: Producer;
const tokens: Record<string, string> = {};
let sponsorId: string;
let programmeId: string;
let candidateId: string;

type Body = GraphQLBody<Record<string, unknown>>;
const as = async (who: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> =>
  (await platform.as(tokens[who]!).request<Record<string, unknown>>(query, variables)).body;
/** The data of an answer that must hold no error (the errors, printed, fail the test). */
const ok = (body: Body): Record<string, unknown> => dataOf(body);

beforeAll(async () => {
  // The story is set in 2026 (programme from March, an outcome in June): the services live in mid-June.
  platform = await startPlatform(new PinnableClock('2026-06-15T09:00:00.000Z'));
  producer = new Kafka({
    clientId: 'e2e-scheduling',
    brokers: testInfrastructure().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  }).producer();
  await producer.connect();
  tokens['ops'] = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  tokens['opsParis'] = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
  tokens['coach'] = await platform.token({
    sub: 'coach-1',
    role: 'coach',
    coach_id: COACH,
    office_ids: [LYON],
  });
  tokens['otherCoach'] = await platform.token({
    sub: 'coach-2',
    role: 'coach',
    coach_id: OTHER_COACH,
    office_ids: [LYON],
  });

  const ops = platform.as(tokens['ops']);
  ({ sponsorId, programmeId } = await setUpProgramme(ops, {
    sponsorName: 'Verrerie du Rhône',
    name: 'Congé de reclassement 2026',
    officeIds: [LYON],
    terms: TERMS,
  }));
  candidateId = await enrol(ops, {
    programmeId,
    employeeNumber: 'VR-77',
    firstName: 'Karim',
    lastName: 'Haddad',
    email: 'karim@example.org',
    phone: '06 12 34 56 78',
  });
  tokens['candidate'] = await platform.token({ sub: 'karim', role: 'candidate', candidate_id: candidateId });
  tokens['stranger'] = await platform.token({
    sub: 'someone',
    role: 'candidate',
    candidate_id: randomUUID(),
  });
  tokens['sponsor'] = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] });
  tokens['otherSponsor'] = await platform.token({
    sub: 'hr-2',
    role: 'sponsor',
    sponsor_ids: [randomUUID()],
  });
  // A member of the programme's commission de suivi: the committee's dashboard (reporting) and the
  // list of their sponsors' programmes, nothing personal.
  tokens['committee'] = await platform.token({ sub: 'cse', role: 'committee', sponsor_ids: [sponsorId] });
  tokens['otherCommittee'] = await platform.token({
    sub: 'cse-2',
    role: 'committee',
    sponsor_ids: [randomUUID()],
  });

  // Scheduling assigns the coach; intake learns it from CoachAssigned.
  const assigned = createEvent('CoachAssigned.v1', candidateId, {
    candidateId,
    programmeId,
    coachId: COACH,
    officeId: LYON,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt: '2026-03-10T09:00:00.000Z',
  });
  await producer.send({
    topic: platform.topics.topic('passerelle.scheduling.assignment'),
    messages: [{ key: candidateId, value: JSON.stringify(assigned), headers: eventHeaders(assigned, null) }],
  });
  await waitFor(
    async () =>
      (await as('coach', `query C($id: ID!) { candidate(id: $id) { id } }`, { id: candidateId })).data?.[
        'candidate'
      ],
    { what: 'the coach to have the person in their caseload', timeoutMs: 30_000 },
  );
});

afterAll(async () => {
  await producer?.disconnect();
  await platform?.stop();
});

const SAVE = `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`;
const SUBMIT = `mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { orientation { track distressFlag } } }`;
const ANSWERS_QUERY = `query A($id: ID!) { candidate(id: $id) { diagnostic { answers { questionId choice choices number } } } }`;
const ORIENTATION_QUERY = `query O($id: ID!) { candidate(id: $id) { diagnostic { status orientation { track source distressFlag } } } }`;

describe('programmes: ops of their offices manage them', () => {
  const AMEND = `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { headcount } }`;

  it.each([
    ['coach', 'FORBIDDEN'],
    ['candidate', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['committee', 'FORBIDDEN'],
    ['opsParis', 'PROGRAMME_NOT_FOUND'],
  ])('%s cannot amend the programme (%s)', async (who, code) => {
    expectGraphQLError(
      await as(who, AMEND, { input: { programmeId, terms: { ...TERMS, headcount: 1 } } }),
      code,
    );
  });

  it('ops of the office amend it', async () => {
    expect(
      ok(await as('ops', AMEND, { input: { programmeId, terms: { ...TERMS, headcount: 320 } } })),
    ).toEqual({
      amendProgramme: { headcount: 320 },
    });
  });

  it('ops of another office cannot set one up for this office', async () => {
    const body = await as(
      'opsParis',
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: { sponsorId, name: 'Hors périmètre', officeIds: [LYON], terms: TERMS },
      },
    );
    expectGraphQLError(body, 'FORBIDDEN');
  });

  it.each([
    ['sponsor', true],
    ['otherSponsor', false],
    ['ops', true],
    ['opsParis', false],
    ['committee', true],
    ['otherCommittee', false],
  ])('%s lists the programme: %s', async (who, listed) => {
    const ids = (
      ok(await as(who, `{ programmes { nodes { id type sessionBudgetPerPerson sponsor { name } } } }`))[
        'programmes'
      ] as {
        nodes: { id: string }[];
      }
    ).nodes.map((p) => p.id);
    expect(ids.includes(programmeId)).toBe(listed);
  });

  it.each(['coach', 'candidate'])('%s cannot list programmes', async (who) => {
    expectGraphQLError(await as(who, `{ programmes { nodes { id } } }`), 'FORBIDDEN');
  });
});

describe('the people list: ops of the offices, a coach over the people they follow', () => {
  const PEOPLE = `query P($id: ID!) { people(programmeId: $id, search: "haddad karim") { totalCount nodes { coachId candidate { employeeNumber } } } }`;

  it.each([
    ['ops', 1],
    ['coach', 1],
    ['otherCoach', 0],
  ] as const)('%s lists %i person matching the search', async (who, count) => {
    const { people } = ok(await as(who, PEOPLE, { id: programmeId })) as {
      people: { totalCount: number; nodes: { coachId: string; candidate: { employeeNumber: string } }[] };
    };
    expect(people.totalCount).toBe(count);
    if (count) expect(people.nodes).toEqual([{ coachId: COACH, candidate: { employeeNumber: 'VR-77' } }]);
  });

  it.each([
    ['opsParis', 'PROGRAMME_NOT_FOUND'],
    ['candidate', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['committee', 'FORBIDDEN'],
  ])('%s cannot list the people (%s)', async (who, code) => {
    expectGraphQLError(await as(who, PEOPLE, { id: programmeId }), code);
  });
});

describe('diagnostic: the person answers their own, their coach reads it, sponsor HR never does', () => {
  beforeAll(async () => {
    ok(await as('candidate', SAVE, { id: candidateId, answers: ANSWERS.slice(0, 6) }));
    ok(await as('candidate', SAVE, { id: candidateId, answers: ANSWERS.slice(6) }));
    expect(ok(await as('candidate', SUBMIT, { id: candidateId }))).toEqual({
      submitDiagnostic: { orientation: { track: 'DIRECT_REEMPLOYMENT', distressFlag: true } },
    });
  });

  it.each(['coach', 'ops', 'sponsor', 'committee'])('%s cannot answer for the person', async (who) => {
    expectGraphQLError(
      await as(who, SAVE, { id: candidateId, answers: [{ questionId: 'wellbeing', number: 5 }] }),
      'FORBIDDEN',
    );
  });

  it('another person cannot answer in their place', async () => {
    expectGraphQLError(
      await as('stranger', SAVE, { id: candidateId, answers: [{ questionId: 'wellbeing', number: 5 }] }),
      'CANDIDATE_NOT_FOUND',
    );
  });

  it.each(['candidate', 'coach'])('%s reads the answers', async (who) => {
    const data = ok(await as(who, ANSWERS_QUERY, { id: candidateId }));
    const answers = (data['candidate'] as { diagnostic: { answers: { questionId: string }[] } }).diagnostic
      .answers;
    expect(answers.map((answer) => answer.questionId)).toContain('distress_signal');
  });

  it.each([
    ['otherCoach', 'not in their caseload'],
    ['stranger', 'not them'],
    ['opsParis', 'not their office'],
  ])('%s sees no candidate (%s)', async (who) => {
    expect(ok(await as(who, ANSWERS_QUERY, { id: candidateId }))).toEqual({ candidate: null });
  });

  it('ops of the office see the orientation and the distress flag, not the answers', async () => {
    expect(ok(await as('ops', ORIENTATION_QUERY, { id: candidateId }))).toEqual({
      candidate: {
        diagnostic: {
          status: 'SUBMITTED',
          orientation: { track: 'DIRECT_REEMPLOYMENT', source: 'RULES', distressFlag: true },
        },
      },
    });
    const answers = await as('ops', ANSWERS_QUERY, { id: candidateId });
    expectGraphQLError(answers, 'FORBIDDEN');
    expect(JSON.stringify(answers)).not.toContain('distress_signal');
  });

  it('sponsor HR never sees an individual diagnostic answer, by any query they may send', async () => {
    const attempts = [
      ANSWERS_QUERY,
      ORIENTATION_QUERY,
      `query C($id: ID!) { candidate(id: $id) { id firstName } }`,
      `query X($id: ID!) { exportPersonalData(candidateId: $id) { document } }`,
      `{ programmes { nodes { id name sponsor { name } headcount outcomeTargets { category } } } }`,
      `query S($id: ID!) { programmeOutcomeSummary(programmeId: $id) { people outcomes { category count suppressed } } }`,
    ];
    for (const query of attempts) {
      const body = await as('sponsor', query, {
        id: query.includes('programmeOutcomeSummary') ? programmeId : candidateId,
      });
      const text = JSON.stringify(body);
      for (const marker of ANSWER_MARKERS)
        expect({ query, leaked: text.includes(marker) }).toEqual({ query, leaked: false });
      expect(text).not.toContain('Haddad');
    }
    expectGraphQLError(await as('sponsor', ANSWERS_QUERY, { id: candidateId }), 'FORBIDDEN');
    expectGraphQLError(await as('committee', ANSWERS_QUERY, { id: candidateId }), 'FORBIDDEN');
  });

  it.each([
    ['coach', true],
    ['ops', true],
    ['otherCoach', false],
    ['opsParis', false],
  ])('%s is alerted to the distress answer: %s', async (who, alerted) => {
    const alerts = ok(await as(who, `{ distressAlerts { candidateId } }`))['distressAlerts'] as {
      candidateId: string;
    }[];
    expect(alerts.some((alert) => alert.candidateId === candidateId)).toBe(alerted);
  });

  it.each(['candidate', 'sponsor', 'committee'])('%s cannot list distress alerts', async (who) => {
    expectGraphQLError(await as(who, `{ distressAlerts { candidateId } }`), 'FORBIDDEN');
  });

  it('only the person’s coach overrides the track, with a reason', async () => {
    const OVERRIDE = `mutation O($input: OverrideTrackInput!) { overrideTrack(input: $input) { orientation { track source rulesTrack } trackOverrides { toTrack reason } } }`;
    const input = {
      candidateId,
      track: 'RETRAINING',
      reason: 'Reprise d’études envisagée après le bilan de santé.',
    };
    for (const who of ['ops', 'candidate', 'sponsor', 'committee'])
      expectGraphQLError(await as(who, OVERRIDE, { input }), 'FORBIDDEN');
    expectGraphQLError(await as('otherCoach', OVERRIDE, { input }), 'CANDIDATE_NOT_FOUND');
    expect(ok(await as('coach', OVERRIDE, { input }))).toEqual({
      overrideTrack: {
        orientation: { track: 'RETRAINING', source: 'COACH_OVERRIDE', rulesTrack: 'DIRECT_REEMPLOYMENT' },
        trackOverrides: [{ toTrack: 'RETRAINING', reason: input.reason }],
      },
    });
  });
});

describe('lifecycle: the coach and ops pause and bring back, ops exit; the history is theirs only', () => {
  const CHANGE = `mutation S($input: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $input) { from to reason } }`;
  const HISTORY = `query H($id: ID!) { candidate(id: $id) { status statusHistory { from to reason expectedReturnOn note } } }`;
  const pause = () => ({
    candidateId,
    status: 'PAUSED',
    reason: 'TRAINING',
    expectedReturnOn: '2026-09-01',
    note: 'Formation CACES jusqu’à fin août.',
  });

  it.each([
    ['candidate', 'FORBIDDEN'],
    ['stranger', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['committee', 'FORBIDDEN'],
    ['otherCoach', 'CANDIDATE_NOT_FOUND'],
    ['opsParis', 'CANDIDATE_NOT_FOUND'],
  ])('%s cannot change the person’s status (%s)', async (who, code) => {
    expectGraphQLError(await as(who, CHANGE, { input: pause() }), code);
  });

  it('the coach pauses and brings back, may not exit; coach and ops read the history, the person only their status', async () => {
    expect(ok(await as('coach', CHANGE, { input: pause() }))).toEqual({
      changeCandidateStatus: { from: 'INVITED', to: 'PAUSED', reason: 'TRAINING' },
    });
    expectGraphQLError(
      await as('coach', CHANGE, { input: { candidateId, status: 'EXITED', reason: 'WITHDRAWAL' } }),
      'STATUS_CHANGE_FOR_OPS',
    );
    for (const who of ['coach', 'ops'])
      expect(ok(await as(who, HISTORY, { id: candidateId }))).toEqual({
        candidate: {
          status: 'PAUSED',
          statusHistory: [
            {
              from: 'INVITED',
              to: 'PAUSED',
              reason: 'TRAINING',
              expectedReturnOn: '2026-09-01',
              note: 'Formation CACES jusqu’à fin août.',
            },
          ],
        },
      });
    expect(ok(await as('candidate', HISTORY, { id: candidateId }))).toEqual({
      candidate: { status: 'PAUSED', statusHistory: [] },
    });
    expect(
      ok(await as('ops', CHANGE, { input: { candidateId, status: 'ACTIVE', reason: 'RETURNED' } })),
    ).toEqual({
      changeCandidateStatus: { from: 'PAUSED', to: 'ACTIVE', reason: 'RETURNED' },
    });
  });
});

describe('outcomes: coach and ops record them, the person reads theirs, sponsor HR gets counts', () => {
  const RECORD = `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { category } }`;
  const input = () => ({
    candidateId,
    category: 'PERMANENT_CONTRACT',
    outcomeDate: '2026-06-01',
    employerName: 'Verrerie Saint-Just',
  });

  it.each([
    ['candidate', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['otherCoach', 'CANDIDATE_NOT_FOUND'],
    ['opsParis', 'CANDIDATE_NOT_FOUND'],
  ])('%s cannot record an outcome (%s)', async (who, code) => {
    expectGraphQLError(await as(who, RECORD, { input: input() }), code);
  });

  it('the coach records it and the person reads it', async () => {
    ok(await as('coach', RECORD, { input: input() }));
    const mine = ok(
      await as(
        'candidate',
        `query M($id: ID!) { candidate(id: $id) { outcome { category employerName } } }`,
        { id: candidateId },
      ),
    );
    expect(mine).toEqual({
      candidate: { outcome: { category: 'PERMANENT_CONTRACT', employerName: 'Verrerie Saint-Just' } },
    });
  });

  it('sponsor HR of the programme get counts with a one-person programme suppressed; another sponsor nothing', async () => {
    const SUMMARY = `query S($id: ID!) { programmeOutcomeSummary(programmeId: $id) { people peopleSuppressed outcomes { category count suppressed } } }`;
    const summary = ok(await as('sponsor', SUMMARY, { id: programmeId }))['programmeOutcomeSummary'] as {
      people: number | null;
      peopleSuppressed: boolean;
      outcomes: { category: string; count: number | null; suppressed: boolean }[];
    };
    expect(summary.people).toBeNull();
    expect(summary.peopleSuppressed).toBe(true);
    expect(summary.outcomes).toContainEqual({
      category: 'PERMANENT_CONTRACT',
      count: null,
      suppressed: true,
    });
    expectGraphQLError(await as('otherSponsor', SUMMARY, { id: programmeId }), 'PROGRAMME_NOT_FOUND');
    for (const who of ['coach', 'candidate'])
      expectGraphQLError(await as(who, SUMMARY, { id: programmeId }), 'FORBIDDEN');
  });
});

describe('outcomes month by month: sponsor HR and ops, in aggregate only', () => {
  const TIMELINE = `query T($id: ID!) { programmeOutcomeTimeline(programmeId: $id) { month enrolled enrolledSuppression outcomes outcomesSuppression } }`;

  it.each(['sponsor', 'ops'])(
    '%s reads a one-person programme’s months with every count hidden, each with why',
    async (who) => {
      const { programmeOutcomeTimeline } = ok(await as(who, TIMELINE, { id: programmeId })) as {
        programmeOutcomeTimeline: Record<string, unknown>[];
      };
      expect(programmeOutcomeTimeline.length).toBeGreaterThan(0);
      for (const month of programmeOutcomeTimeline)
        expect(month).toMatchObject({
          enrolled: null,
          enrolledSuppression: 'SMALL_POPULATION',
          outcomes: null,
        });
    },
  );

  it.each([
    ['otherSponsor', 'PROGRAMME_NOT_FOUND'],
    ['opsParis', 'PROGRAMME_NOT_FOUND'],
    ['coach', 'FORBIDDEN'],
    ['candidate', 'FORBIDDEN'],
  ])('%s cannot read it (%s)', async (who, code) => {
    expectGraphQLError(await as(who, TIMELINE, { id: programmeId }), code);
  });
});

describe('reporting terms and the OVE register: the person’s coach and ops of their offices only', () => {
  const TERMS_QUERY = `{ programmes { nodes { id reportingBands { ageBands seniorityBands } oveDefinition { maxPayDropPercent minContractMonths } } } }`;
  const REGISTER = `query R($id: ID!) { validJobOfferRegister(candidateId: $id) { offered refusedMeetingDefinition entries { offer { place grossAnnualPay previousGrossAnnualPay contractMonths } payPercentOfPrevious meetsDefinition criteria { criterion met } } } }`;

  it.each(['sponsor', 'ops'])('%s reads the programme’s bands and OVE definition', async (who) => {
    const nodes = (ok(await as(who, TERMS_QUERY))['programmes'] as { nodes: { id: string }[] }).nodes;
    expect(nodes.find((node) => node.id === programmeId)).toEqual({
      id: programmeId,
      reportingBands: {
        ageBands: ['<26', '26-44', '45-49', '50-54', '55+'],
        seniorityBands: ['<2', '2-5', '5-10', '10-20', '20+'],
      },
      oveDefinition: { maxPayDropPercent: 10, minContractMonths: 6 },
    });
  });

  it.each(['coach', 'candidate'])('%s cannot read programme terms (FORBIDDEN)', async (who) => {
    expectGraphQLError(await as(who, TERMS_QUERY), 'FORBIDDEN');
  });

  it('the coach logs an offer with its place and pay; the person reads their own', async () => {
    ok(
      await as(
        'coach',
        `mutation L($input: LogValidJobOfferInput!) { logValidJobOffer(input: $input) { id } }`,
        {
          input: {
            candidateId,
            employerName: 'Cristallerie de Lyon',
            jobTitle: 'Conducteur de four',
            contractType: 'FIXED_TERM',
            contractMonths: 8,
            offeredOn: '2026-06-02',
            place: 'Villeurbanne',
            placePostcode: '69100',
            grossAnnualPay: 30_000,
            previousGrossAnnualPay: 31_000,
          },
        },
      ),
    );
    expect(
      ok(
        await as(
          'candidate',
          `query M($id: ID!) { candidate(id: $id) { validJobOffers { place grossAnnualPay contractMonths } } }`,
          { id: candidateId },
        ),
      ),
    ).toEqual({
      candidate: { validJobOffers: [{ place: 'Villeurbanne', grossAnnualPay: 30_000, contractMonths: 8 }] },
    });
  });

  it.each(['coach', 'ops'])('%s reads the register', async (who) => {
    // The person's home is not known here: the area cannot be said, so neither can the definition.
    expect(ok(await as(who, REGISTER, { id: candidateId }))).toEqual({
      validJobOfferRegister: {
        offered: 1,
        refusedMeetingDefinition: 0,
        entries: [
          {
            offer: {
              place: 'Villeurbanne',
              grossAnnualPay: 30_000,
              previousGrossAnnualPay: 31_000,
              contractMonths: 8,
            },
            payPercentOfPrevious: 96.8,
            meetsDefinition: null,
            criteria: [
              { criterion: 'LABOUR_MARKET_AREA', met: null },
              { criterion: 'PAY', met: true },
              { criterion: 'CONTRACT', met: true },
            ],
          },
        ],
      },
    });
  });

  it.each([
    ['otherCoach', 'CANDIDATE_NOT_FOUND'],
    ['opsParis', 'CANDIDATE_NOT_FOUND'],
    ['candidate', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['otherSponsor', 'FORBIDDEN'],
  ])('%s cannot read the register (%s)', async (who, code) => {
    const body = await as(who, REGISTER, { id: candidateId });
    expectGraphQLError(body, code);
    expect(body.data?.['validJobOfferRegister'] ?? null).toBeNull();
  });
});

describe('consent, export and erasure', () => {
  const EXPORT = `query X($id: ID!) { exportPersonalData(candidateId: $id) { fileName document } }`;
  const ERASE = `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId } }`;

  it('the person records their consent; nobody else can', async () => {
    const CONSENT = `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { noticeVersion granted } }`;
    const input = { candidateId, noticeVersion: '2026.1', granted: true };
    for (const who of ['ops', 'coach', 'sponsor'])
      expectGraphQLError(await as(who, CONSENT, { input }), 'FORBIDDEN');
    expect(ok(await as('candidate', CONSENT, { input }))).toEqual({
      recordConsent: { noticeVersion: '2026.1', granted: true },
    });
  });

  it('the person agrees to text reminders at the HR file’s mobile; nobody else can', async () => {
    const SMS = `mutation S($input: RecordSmsConsentInput!) { recordSmsConsent(input: $input) { granted mobile } }`;
    const input = { candidateId, granted: true };
    for (const who of ['ops', 'coach', 'sponsor'])
      expectGraphQLError(await as(who, SMS, { input }), 'FORBIDDEN');
    expectGraphQLError(await as('stranger', SMS, { input }), 'CANDIDATE_NOT_FOUND');
    expect(ok(await as('candidate', SMS, { input }))).toEqual({
      recordSmsConsent: { granted: true, mobile: '+33612345678' },
    });
  });

  it.each([
    ['candidate', { granted: true, mobile: '+33612345678' }],
    ['ops', { granted: true, mobile: '+33612345678' }],
    ['coach', { granted: true, mobile: '+33612345678' }],
    ['opsParis', 'no candidate'],
    ['stranger', 'no candidate'],
    ['sponsor', 'FORBIDDEN'],
  ] as const)('%s reads the consent to texts: %j', async (who, expected) => {
    const body = await as(
      who,
      `query C($id: ID!) { candidate(id: $id) { smsReminders { granted mobile } } }`,
      {
        id: candidateId,
      },
    );
    if (expected === 'FORBIDDEN') expectGraphQLError(body, 'FORBIDDEN');
    else if (expected === 'no candidate') expect(ok(body)).toEqual({ candidate: null });
    else expect(ok(body)).toEqual({ candidate: { smsReminders: expected } });
  });

  it.each([
    ['candidate', null],
    ['ops', null],
    ['coach', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['opsParis', 'CANDIDATE_NOT_FOUND'],
    ['stranger', 'CANDIDATE_NOT_FOUND'],
  ])('%s exports the person’s data (refusal code: %s)', async (who, code) => {
    const body = await as(who, EXPORT, { id: candidateId });
    if (code) expectGraphQLError(body, code);
    else {
      const document = JSON.parse((ok(body)['exportPersonalData'] as { document: string }).document);
      expect(document.person).toMatchObject({ id: candidateId, lastName: 'Haddad' });
      expect(document.consents).toHaveLength(2);
      expect(document.consents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ purpose: 'privacy_notice', granted: true }),
          expect.objectContaining({ purpose: 'sms_reminders', granted: true, mobile: '+33612345678' }),
        ]),
      );
    }
  });

  it.each([
    ['ops', 'FORBIDDEN'],
    ['coach', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
    ['stranger', 'CANDIDATE_NOT_FOUND'],
  ])('%s cannot ask for the person to be erased (%s)', async (who, code) => {
    expectGraphQLError(
      await as(who, `mutation R($id: ID!) { requestErasure(candidateId: $id) { requestedAt } }`, {
        id: candidateId,
      }),
      code,
    );
  });

  it('the person asks to be erased; ops of the office see the request, others do not', async () => {
    ok(
      await as('candidate', `mutation R($id: ID!) { requestErasure(candidateId: $id) { requestedAt } }`, {
        id: candidateId,
      }),
    );
    const PENDING = `{ erasureRequests { candidateId employeeNumber } }`;
    expect(ok(await as('ops', PENDING))).toEqual({
      erasureRequests: [{ candidateId, employeeNumber: 'VR-77' }],
    });
    expect(ok(await as('opsParis', PENDING))).toEqual({ erasureRequests: [] });
    for (const who of ['coach', 'candidate', 'sponsor'])
      expectGraphQLError(await as(who, PENDING), 'FORBIDDEN');
    const MINE = `query M($id: ID!) { candidate(id: $id) { erasureRequest { candidateId } } }`;
    expect(ok(await as('candidate', MINE, { id: candidateId }))).toEqual({
      candidate: { erasureRequest: { candidateId } },
    });
    expect(ok(await as('otherCoach', MINE, { id: candidateId }))).toEqual({ candidate: null });
  });

  it('only ops of the office erase the person; afterwards nobody finds them', async () => {
    for (const who of ['candidate', 'coach', 'sponsor'])
      expectGraphQLError(await as(who, ERASE, { id: candidateId }), 'FORBIDDEN');
    expectGraphQLError(await as('opsParis', ERASE, { id: candidateId }), 'CANDIDATE_NOT_FOUND');
    expect(ok(await as('ops', ERASE, { id: candidateId }))).toEqual({ eraseCandidate: { candidateId } });
    for (const who of ['ops', 'coach', 'candidate']) {
      expect(
        ok(await as(who, `query C($id: ID!) { candidate(id: $id) { id } }`, { id: candidateId })),
      ).toEqual({ candidate: null });
    }
    expectGraphQLError(await as('candidate', EXPORT, { id: candidateId }), 'CANDIDATE_NOT_FOUND');
  });
});
