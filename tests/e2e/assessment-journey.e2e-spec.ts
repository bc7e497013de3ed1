import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@passerelle/shared/auth';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import {
  TopicReader,
  enrol,
  expectGraphQLError,
  handWorkedRiasecAnswers,
  setUpProgramme,
  testInfrastructure,
  waitFor,
  type GraphQLClient,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { importProjectInstruments, importRiasec, importRome } from '@passerelle/assessment/feature-import';
import { pdfText } from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

const ROOT = join(__dirname, '..', '..');
const RIASEC_ITEMS = join(ROOT, '..', 'shared', 'data', 'riasec-items');
const ROME_SAMPLE = join(ROOT, 'libs', 'assessment', 'feature-import', 'sample', 'rome');
const LYON = randomUUID();
const COACH = randomUUID();
const SPONSOR_TOPIC = EVENT_CATALOGUE['AssessmentCompleted.v1'].topic;

let platform: RunningPlatform;
let assessmentDb: DataSource;
let producer: Producer;
let reader: TopicReader;
let ops: string;

beforeAll(async () => {
  platform = await startPlatform();
  // Reference data, loaded as an operator would with the import commands.
  assessmentDb = new DataSource(assessmentDataSourceOptions(platform.databaseUrls['assessment']!));
  await assessmentDb.initialize();
  await importRiasec(assessmentDb, RIASEC_ITEMS);
  await importProjectInstruments(assessmentDb);
  await importRome(assessmentDb, ROME_SAMPLE);
  const kafka = new Kafka({
    clientId: 'e2e-assessment',
    brokers: testInfrastructure().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  producer = kafka.producer();
  await producer.connect();
  reader = await TopicReader.start(kafka, [platform.topics.topic(SPONSOR_TOPIC)]);
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
});

afterAll(async () => {
  await reader?.stop();
  await producer?.disconnect();
  if (assessmentDb?.isInitialized) await assessmentDb.destroy();
  await platform?.stop();
});

/** Publishes an event as its producing service's outbox relay would: validated envelope, key, headers. */
async function publish<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: EventPayload<K>,
): Promise<string> {
  const event = createEvent(key, aggregateId, payload) as AnyEvent;
  await producer.send({
    topic: platform.topics.topic(EVENT_CATALOGUE[key].topic),
    messages: [{ key: aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) }],
  });
  return event.eventId;
}

/** Scheduling assigns COACH of Lyon to the person, as scheduling would publish it. */
function assignCoach(candidateId: string, programmeId: string): Promise<string> {
  return publish('CoachAssigned.v1', candidateId, {
    candidateId,
    programmeId,
    coachId: COACH,
    officeId: LYON,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt: new Date().toISOString(),
  });
}

/** Waits until the assessment service's inbox has applied these events. */
async function applied(eventIds: string[]): Promise<void> {
  await waitFor(
    async () => {
      const [{ count }] = await assessmentDb.query(
        `SELECT count(*)::int AS count FROM inbox_message WHERE event_id = ANY($1::uuid[])`,
        [eventIds],
      );
      return count === eventIds.length;
    },
    { what: `events ${eventIds.join(', ')} applied by assessment`, timeoutMs: 30_000 },
  );
}

/** A person enrolled by Lyon's ops in a programme of their own (a new sponsor each time). */
async function enrolPaulo(): Promise<{ candidateId: string; programmeId: string; sponsorId: string }> {
  const { sponsorId, programmeId } = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Acme',
    name: 'PSE Acme Lyon',
    officeIds: [LYON],
  });
  const candidateId = await enrol(platform.as(ops), {
    programmeId,
    employeeNumber: `E-${randomUUID().slice(0, 6)}`,
    firstName: 'Paulo',
    lastName: 'Ferreira',
    email: `paulo.${randomUUID().slice(0, 6)}@example.org`,
    formerOccupationCode: 'N1103',
    languages: ['fr', 'pt'],
  });
  return { candidateId, programmeId, sponsorId };
}

const SESSION_FIELDS = `id instrumentCode instrumentVersion status milestoneId assignedBy progress { answered total }
  profile { riasec { scores { type score } hollandCode differentiation iachanDifferentiation consistency tiedAtCut } skills { top { skillCode label rating } } }
  debrief { coachId notes }`;
const ASSESSMENTS = `query C($id: ID!) { candidate(id: $id) { id assessments { ${SESSION_FIELDS} } } }`;
const ONE_ASSESSMENT = `query A($id: ID!) { assessment(id: $id) { ${SESSION_FIELDS} } }`;

interface SeenAssessment {
  id: string;
  instrumentCode: string;
  status: string;
  milestoneId: string | null;
  progress: { answered: number; total: number };
  profile: { riasec: { hollandCode: string; scores: { type: string; score: number }[] } | null } | null;
  debrief: { coachId: string; notes: string | null } | null;
}

async function assessmentsSeenBy(client: GraphQLClient, candidateId: string): Promise<SeenAssessment[]> {
  const seen = await client.ok<{ candidate: { assessments: SeenAssessment[] } }>(ASSESSMENTS, {
    id: candidateId,
  });
  return seen.candidate.assessments;
}

/** One session through the assessment subgraph's own query; null (no error) for whom it is not open to. */
async function sessionSeenBy(client: GraphQLClient, assessmentId: string): Promise<SeenAssessment | null> {
  return (await client.ok<{ assessment: SeenAssessment | null }>(ONE_ASSESSMENT, { id: assessmentId }))
    .assessment;
}

const SAVE = `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { status progress { answered total } } }`;
const SUBMIT = `mutation U($id: ID!) { submitAssessment(assessmentId: $id) { status } }`;
const REPORT = `query R($id: ID!, $language: AssessmentLanguage!) { assessment(id: $id) { report(language: $language) { fileName contentType contentBase64 } } }`;
const DEBRIEF = `mutation D($input: RecordDebriefInput!) { recordDebrief(input: $input) { status } }`;

describe('assessment: from a pathway milestone to a released profile and its report', () => {
  // One journey, step by step: each step starts where the previous one left the person.
  let candidateId: string;
  let programmeId: string;
  let sponsorId: string;
  let person: GraphQLClient;
  let coach: GraphQLClient;
  let otherCoach: GraphQLClient;
  let sponsor: GraphQLClient;
  let tokens: Record<'person' | 'sponsor' | 'otherCoach', string>;
  const riasecMilestone = randomUUID();
  const skillsMilestone = randomUUID();
  /** The RIASEC session planned from the milestone. */
  let riasec: SeenAssessment;
  const notes = 'Intérêt social marqué ; explorer les métiers de la formation.';

  beforeAll(async () => {
    ({ candidateId, programmeId, sponsorId } = await enrolPaulo());
    tokens = {
      person: await platform.token({ sub: 'paulo', role: 'candidate', candidate_id: candidateId }),
      sponsor: await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] }),
      otherCoach: await platform.token({
        sub: 'coach-2',
        role: 'coach',
        coach_id: randomUUID(),
        office_ids: [LYON],
      }),
    };
    person = platform.as(tokens.person);
    sponsor = platform.as(tokens.sponsor);
    otherCoach = platform.as(tokens.otherCoach);
    coach = platform.as(
      await platform.token({ sub: 'coach-1', role: 'coach', coach_id: COACH, office_ids: [LYON] }),
    );
  });

  it('assigns one session per assessment milestone of the plan, once even when the plan comes twice', async () => {
    // Scheduling assigns the coach; pathway plans two assessments (as those services would publish).
    const coachAssigned = await assignCoach(candidateId, programmeId);
    const plan: EventPayload<'PathwayPlanned.v1'> = {
      pathwayId: randomUUID(),
      candidateId,
      programmeId,
      track: 'retraining',
      templateId: randomUUID(),
      templateVersion: 1,
      milestones: [
        {
          milestoneId: riasecMilestone,
          phase: 'exploring_options',
          kind: 'assessment',
          dueOn: '2026-12-01',
          sessionKind: null,
          instrumentCode: 'riasec-markers-48',
        },
        {
          milestoneId: skillsMilestone,
          phase: 'exploring_options',
          kind: 'assessment',
          dueOn: '2026-12-08',
          sessionKind: null,
          instrumentCode: 'skills-inventory',
        },
        {
          milestoneId: randomUUID(),
          phase: 'exploring_options',
          kind: 'session',
          dueOn: '2026-12-15',
          sessionKind: 'debrief',
          instrumentCode: null,
        },
      ],
      sessionsPlanned: 10,
      sessionBudget: 20,
      plannedAt: new Date().toISOString(),
    };
    const planned = await publish('PathwayPlanned.v1', candidateId, plan);
    // The same plan again (a replan or a redelivery with a new event id): still one session per milestone.
    const replanned = await publish('PathwayPlanned.v1', candidateId, plan);
    await applied([coachAssigned, planned, replanned]);

    // The person's sessions on the federated Candidate (intake's part and assessment's), once
    // assessment also knows the person from intake's enrolment (another topic, applied on its own).
    const sessions = await waitFor(
      async () => {
        const seen = await assessmentsSeenBy(person, candidateId);
        return seen.length > 0 ? seen : null;
      },
      { what: "the person's assessment sessions", timeoutMs: 30_000 },
    );
    riasec = sessions.find((session) => session.milestoneId === riasecMilestone)!;
    expect(sessions).toHaveLength(2);
    expect(riasec).toMatchObject({
      instrumentCode: 'riasec-markers-48',
      status: 'ASSIGNED',
      progress: { answered: 0, total: 48 },
    });
    expect(sessions.find((session) => session.milestoneId === skillsMilestone)?.progress.total).toBe(6);
  });

  it("lists the instruments as imported, and gives the response format and items in the person's language", async () => {
    const catalogue = await person.ok<{
      instruments: { code: string; version: string; kind: string; title: string }[];
    }>(`{ instruments { code version kind title(language: EN) } }`);
    expect(catalogue.instruments).toEqual([
      { code: 'riasec-markers-48', version: '2008-fr.1', kind: 'RIASEC', title: 'Work interests (RIASEC)' },
      { code: 'skills-inventory', version: '1', kind: 'SKILLS_INVENTORY', title: 'My skills inventory' },
      { code: 'work-values', version: '1', kind: 'WORK_VALUES', title: 'What matters to me at work' },
    ]);
    const format = await person.ok<{
      assessment: {
        responseFormat: { min: number; max: number; anchors: { value: number; label: string }[] };
      };
    }>(
      `query F($id: ID!) { assessment(id: $id) { responseFormat(language: FR) { min max anchors { value label } } } }`,
      { id: riasec.id },
    );
    expect(format.assessment.responseFormat).toMatchObject({ min: 1, max: 5 });
    expect(format.assessment.responseFormat.anchors[0]).toEqual({
      value: 1,
      label: "Je n'aimerais pas du tout",
    });
    const items = await person.ok<{ assessment: { items: { itemId: string; text: string }[] } }>(
      `query A($id: ID!) { assessment(id: $id) { items(language: FR) { itemId text } } }`,
      { id: riasec.id },
    );
    expect(items.assessment.items[0]).toEqual({
      itemId: 'R1',
      text: 'Contrôler la qualité de pièces avant leur expédition',
    });
  });

  it('keeps half the answers for later, and refuses an early submit, an answer out of range and anyone answering for the person', async () => {
    const half = await person.ok(SAVE, {
      input: { assessmentId: riasec.id, answers: handWorkedRiasecAnswers(['R', 'I', 'A']) },
    });
    expect(half.saveAssessmentAnswers).toEqual({
      status: 'IN_PROGRESS',
      progress: { answered: 24, total: 48 },
    });

    expectGraphQLError(
      await person.request(SUBMIT, { id: riasec.id }),
      'INVALID_ANSWERS',
      'item S1 is not answered',
    );
    const outOfRange = await person.request(SAVE, {
      input: { assessmentId: riasec.id, answers: [{ itemId: 'S1', value: 7 }] },
    });
    expect(expectGraphQLError(outOfRange, 'INVALID_ANSWERS').message).toBe('item S1: 7 is outside 1-5');
    // Nobody else answers for the person.
    const byCoach = await coach.request(SAVE, {
      input: { assessmentId: riasec.id, answers: [{ itemId: 'S1', value: 5 }] },
    });
    expectGraphQLError(byCoach, 'FORBIDDEN');
  });

  it('scores the completed questionnaire and announces AssessmentCompleted with the profile on Kafka', async () => {
    await person.ok(SAVE, {
      input: { assessmentId: riasec.id, answers: handWorkedRiasecAnswers(['S', 'E', 'C']) },
    });
    const submitted = await person.ok<{ submitAssessment: { status: string } }>(SUBMIT, { id: riasec.id });
    expect(submitted.submitAssessment.status).toBe('COMPLETED');

    const completed = await waitFor(
      async () =>
        reader.matching(
          (message) =>
            message.header('x-event-type') === 'AssessmentCompleted' && message.value!.includes(riasec.id),
        )[0],
      { what: 'AssessmentCompleted on Kafka', timeoutMs: 30_000 },
    );
    expect(completed.message.key?.toString()).toBe(candidateId);
    expect(JSON.parse(completed.value!).payload).toMatchObject({
      assessmentId: riasec.id,
      candidateId,
      instrumentCode: 'riasec-markers-48',
      milestoneId: riasecMilestone,
      riasec: {
        scores: { R: 28, I: 32, A: 8, S: 40, E: 24, C: 20 },
        hollandCode: 'SIR',
        differentiation: 32,
        consistency: 'medium',
      },
      workValues: null,
    });
  });

  it('shows the profile to the coach before the debrief, and neither the profile nor a report to the person', async () => {
    const seenByCoach = (await sessionSeenBy(coach, riasec.id))!;
    expect(seenByCoach.profile?.riasec).toEqual({
      scores: [
        { type: 'R', score: 28 },
        { type: 'I', score: 32 },
        { type: 'A', score: 8 },
        { type: 'S', score: 40 },
        { type: 'E', score: 24 },
        { type: 'C', score: 20 },
      ],
      hollandCode: 'SIR',
      differentiation: 32,
      iachanDifferentiation: 12,
      consistency: 'MEDIUM',
      tiedAtCut: false,
    });
    const beforeRelease = (await assessmentsSeenBy(person, candidateId)).find((a) => a.id === riasec.id)!;
    expect(beforeRelease).toMatchObject({ status: 'COMPLETED', profile: null, debrief: null });
    const report = await person.ok<{ assessment: { report: unknown } }>(REPORT, {
      id: riasec.id,
      language: 'FR',
    });
    expect(report.assessment.report).toBeNull();
  });

  it('gives ops the session and counts but no results, a sponsor hidden counts and no session, another coach nothing', async () => {
    const asOps = platform.as(ops);
    const seenByOps = (await assessmentsSeenBy(asOps, candidateId)).find((a) => a.id === riasec.id)!;
    expect(seenByOps).toMatchObject({ status: 'COMPLETED', profile: null, debrief: null });
    const COMPLETION = `query Q($id: ID!) { assessmentCompletion(programmeId: $id) { instrumentCode assigned inProgress completed released assignedSuppression completedSuppression } }`;
    const completion = (code: string, counts: (number | null)[], why: string | null = null) => {
      const [assigned, inProgress, completed, released] = counts;
      return {
        instrumentCode: code,
        assigned,
        inProgress,
        completed,
        released,
        assignedSuppression: why,
        completedSuppression: why,
      };
    };
    expect(await asOps.ok(COMPLETION, { id: programmeId })).toEqual({
      assessmentCompletion: [
        completion('riasec-markers-48', [0, 0, 1, 0]),
        completion('skills-inventory', [1, 0, 0, 0]),
        completion('work-values', [0, 0, 0, 0]),
      ],
    });
    // One person: no count at all, not even the zeros that would say which statuses are empty.
    const hidden = [null, null, null, null];
    expect(await sponsor.ok(COMPLETION, { id: programmeId })).toEqual({
      assessmentCompletion: ['riasec-markers-48', 'skills-inventory', 'work-values'].map((code) =>
        completion(code, hidden, 'SMALL_POPULATION'),
      ),
    });
    const bySponsor = await sponsor.request(`query A($id: ID!) { assessment(id: $id) { id } }`, {
      id: riasec.id,
    });
    expectGraphQLError(bySponsor, 'FORBIDDEN');
    // Not found and not allowed look the same to another coach: no error, no session.
    expect(await sessionSeenBy(otherCoach, riasec.id)).toBeNull();
  });

  it('releases the results on the debrief of the coach of the person only, announces ResultsReleased and logs who read the notes', async () => {
    // Matching suggests occupations; the report shows their titles from the ROME reference.
    const recommended = await publish('OccupationsRecommended.v1', candidateId, {
      candidateId,
      computedAt: new Date().toISOString(),
      recommendations: [{ occupationCode: 'N1101', rank: 1, score: 0.82, proximity: 'close' }],
    });
    await applied([recommended]);

    expectGraphQLError(
      await otherCoach.request(DEBRIEF, { input: { assessmentId: riasec.id, notes } }),
      'ASSESSMENT_NOT_FOUND',
    );
    const released = await coach.ok<{ recordDebrief: { status: string } }>(DEBRIEF, {
      input: { assessmentId: riasec.id, notes },
    });
    expect(released.recordDebrief.status).toBe('RELEASED');
    await waitFor(
      async () =>
        reader.matching(
          (m) => m.header('x-event-type') === 'ResultsReleased' && m.value!.includes(riasec.id),
        )[0],
      { what: 'ResultsReleased on Kafka', timeoutMs: 30_000 },
    );
    const afterRelease = (await assessmentsSeenBy(person, candidateId)).find((a) => a.id === riasec.id)!;
    expect(afterRelease.profile?.riasec?.hollandCode).toBe('SIR');
    expect(afterRelease.debrief).toEqual({ coachId: COACH, notes: null });
    const coachView = (await sessionSeenBy(coach, riasec.id))!;
    expect(coachView.debrief).toEqual({ coachId: COACH, notes });
    const reads: { what: string; reader_role: string }[] = await assessmentDb.query(
      `SELECT what, reader_role FROM confidential_read WHERE about_id = $1 AND what = 'coach_notes'`,
      [riasec.id],
    );
    expect(reads).toEqual([{ what: 'coach_notes', reader_role: 'coach' }]);
  });

  it.each([
    [
      'EN',
      ['My Holland code: SIR', 'Realistic (R)', 'Score (8 to 40)', 'Conduite de chariots élévateurs (N1101)'],
    ],
    [
      'FR',
      [
        'Mon code Holland : SIR',
        'Réaliste (R)',
        'Score (de 8 à 40)',
        'vos intérêts les plus forts vont d’abord vers le type Social',
      ],
    ],
  ])('gives the person the report as a PDF in %s', async (language, expected) => {
    const report = await person.ok<{
      assessment: { report: { fileName: string; contentType: string; contentBase64: string } };
    }>(REPORT, { id: riasec.id, language });
    expect(report.assessment.report.contentType).toBe('application/pdf');
    const { text } = pdfText(Buffer.from(report.assessment.report.contentBase64, 'base64'));
    for (const phrase of expected) expect(text).toContain(phrase);
  });

  it("serves the report file over HTTP behind the gateway's forwarded identity: the person only", async () => {
    // As a gateway route calls it.
    const reportUrl = `${platform.subgraphUrls['assessment']!.replace(/\/graphql$/, '')}/reports/${riasec.id}.pdf?lang=en`;
    const forwarded = async (identity: Identity) => ({
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, platform.identitySecret),
    });
    const download = await fetch(reportUrl, {
      headers: await forwarded({ subject: 'paulo', role: 'candidate', candidateId }),
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(Buffer.from(await download.arrayBuffer())).text).toContain('Your code is SIR');
    expect((await fetch(reportUrl)).status).toBe(401);
    const stranger = await fetch(reportUrl, {
      headers: await forwarded({ subject: 'x', role: 'candidate', candidateId: randomUUID() }),
    });
    expect(stranger.status).toBe(404);
    const hr = await fetch(reportUrl, {
      headers: await forwarded({ subject: 'hr', role: 'sponsor', sponsorIds: [sponsorId] }),
    });
    expect(hr.status).toBe(403);
  });

  it("serves the report file through the gateway's /reports route to the person's token only", async () => {
    const viaGateway = `${new URL(platform.gatewayUrl).origin}/reports/${riasec.id}.pdf?lang=en`;
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    const mine = await fetch(viaGateway, bearer(tokens.person));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toMatch(/attachment/);
    expect(pdfText(Buffer.from(await mine.arrayBuffer())).text).toContain('Your code is SIR');
    expect((await fetch(viaGateway)).status).toBe(401);
    expect((await fetch(viaGateway, bearer(tokens.sponsor))).status).toBe(403);
    expect((await fetch(viaGateway, bearer(tokens.otherCoach))).status).toBe(404);
  });

  it('forgets answers, profiles, notes and suggested occupations when the person is erased', async () => {
    await publish('CandidateErased.v1', candidateId, { candidateId, erasedAt: new Date().toISOString() });
    await waitFor(
      async () => {
        const [row] = await assessmentDb.query(
          `SELECT (SELECT count(*) FROM assessment WHERE candidate_id = $1)
                + (SELECT count(*) FROM assessment_answer WHERE candidate_id = $1)
                + (SELECT count(*) FROM assessment_profile WHERE candidate_id = $1)
                + (SELECT count(*) FROM assessment_debrief WHERE candidate_id = $1)
                + (SELECT count(*) FROM suggested_occupation WHERE candidate_id = $1) AS left`,
          [candidateId],
        );
        return Number(row.left) === 0;
      },
      { what: 'the person erased from the assessment service' },
    );
  });
});

describe('assessment: a skills inventory assigned by the coach', () => {
  it("lets a coach assign a skills inventory drawn from ROME, kept with the person's own skills", async () => {
    const { candidateId, programmeId } = await enrolPaulo();
    const person = platform.as(
      await platform.token({ sub: 'paulo-2', role: 'candidate', candidate_id: candidateId }),
    );
    const coach = platform.as(
      await platform.token({ sub: 'coach-1', role: 'coach', coach_id: COACH, office_ids: [LYON] }),
    );
    const ASSIGN = `mutation A($input: AssignAssessmentInput!) { assignAssessment(input: $input) { id status assignedBy } }`;
    const input = { candidateId, instrumentCode: 'skills-inventory', targetOccupationCodes: ['I1304'] };

    // Not their coach yet: refused.
    expectGraphQLError(await coach.request(ASSIGN, { input }), 'FORBIDDEN');
    await applied([await assignCoach(candidateId, programmeId)]);
    const unknown = await coach.request(ASSIGN, { input: { ...input, targetOccupationCodes: ['K9999'] } });
    expect(expectGraphQLError(unknown, 'UNKNOWN_OCCUPATION').message).toBe(
      'targetOccupationCodes: K9999 not in the occupation reference (import ROME first)',
    );
    const assigned = await coach.ok<{ assignAssessment: { id: string; status: string; assignedBy: string } }>(
      ASSIGN,
      { input },
    );
    const id = assigned.assignAssessment.id;
    expect(assigned.assignAssessment).toMatchObject({ status: 'ASSIGNED', assignedBy: 'COACH' });

    // Skills of the former occupation (N1103) then of the target (I1304), each rated 1-5.
    const items = await person.ok<{
      assessment: { items: { itemId: string; text: string; occupationCode: string }[] };
    }>(`query A($id: ID!) { assessment(id: $id) { items { itemId text occupationCode } } }`, { id });
    const skills = items.assessment.items;
    expect(skills.map((skill) => skill.occupationCode)).toEqual([
      'N1103',
      'N1103',
      'N1103',
      'N1103',
      'N1103',
      'N1103',
      'I1304',
      'I1304',
      'I1304',
      'I1304',
    ]);
    const SAVE_SKILLS = `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { progress { answered total } freeTextSkills { label rating } } }`;
    const saved = await person.ok(SAVE_SKILLS, {
      input: {
        assessmentId: id,
        answers: skills.map((skill, index) => ({ itemId: skill.itemId, value: index === 0 ? 5 : 3 })),
        freeTextSkills: [{ label: 'Réparer des vélos', rating: 5 }],
      },
    });
    expect(saved.saveAssessmentAnswers).toEqual({
      progress: { answered: 11, total: 11 },
      freeTextSkills: [{ label: 'Réparer des vélos', rating: 5 }],
    });
    const badFree = await person.request(SAVE_SKILLS, {
      input: { assessmentId: id, answers: [], freeTextSkills: [{ label: 'Souder', rating: 9 }] },
    });
    expect(expectGraphQLError(badFree, 'INVALID_ANSWERS').message).toBe(
      'free-text skill 1: rating 9 is outside 1-5',
    );

    const submitted = await person.ok<{ submitAssessment: { status: string } }>(SUBMIT, { id });
    expect(submitted.submitAssessment.status).toBe('COMPLETED');
    const completed = await waitFor(
      async () =>
        reader.matching(
          (m) => m.header('x-event-type') === 'AssessmentCompleted' && m.value!.includes(id),
        )[0],
      { what: 'AssessmentCompleted for the skills inventory', timeoutMs: 30_000 },
    );
    const payload = JSON.parse(completed.value!).payload;
    expect(payload).toMatchObject({
      instrumentCode: 'skills-inventory',
      milestoneId: null,
      riasec: null,
      targetOccupationCodes: ['I1304'],
    });
    expect(payload.skills).toHaveLength(10);
    expect(payload.skills[0]).toEqual({ skillCode: skills[0]!.itemId, rating: 5 });

    await coach.ok(DEBRIEF, { input: { assessmentId: id, notes: 'Compétences logistiques solides.' } });
    const report = await person.ok<{ assessment: { report: { contentBase64: string } } }>(REPORT, {
      id,
      language: 'FR',
    });
    const { text } = pdfText(Buffer.from(report.assessment.report.contentBase64, 'base64'));
    expect(text).toContain('Mes principales compétences');
    expect(text).toContain(`${skills[0]!.text} (5/5)`);
    expect(text).toContain('Réparer des vélos (5/5)');
  });
});
