import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { PinnableClock } from '@passerelle/shared/clock';
import { createEvent, InboxContext } from '@passerelle/shared/messaging';
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
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { CandidateErasureConsumer, ExportPersonalDataHandler } from '@passerelle/career/feature-privacy';
import { careerApp } from './career.app';

// Interview practice on career's own database, called as the gateway calls it (a signed forwarded
// identity): the questions drawn and kept, drafts and submission against STAR, the coach's review,
// the refusals with their codes and fields, and the person's export and erasure.

const START = `mutation S($input: StartInterviewPracticeInput!) { startInterviewPractice(input: $input) {
  id candidateId applicationId occupationCodes offerSkills bankVersion startedByRole
  questions { position reason matchedSkills question { id kind topic grandDomain textFr textEn } answer { id } } } }`;
const SESSION = `query S($id: ID!) { interviewPracticeSession(id: $id) {
  id questions { question { id } answer { id status situation submittedAt
    check { missingParts shortParts resultWithoutFigure } review { total comment reviewedByCoachId } } } } }`;
const SESSIONS = `query S($id: ID!) { interviewPracticeSessions(candidateId: $id) { id startedAt } }`;
const SAVE = `mutation S($input: PracticeAnswerInput!) { savePracticeAnswer(input: $input) { id status savedAt submittedAt } }`;
const SUBMIT = `mutation S($input: PracticeAnswerInput!) { submitPracticeAnswer(input: $input) { id status savedAt submittedAt } }`;
const REVIEW = `mutation R($input: ReviewPracticeAnswerInput!) { reviewPracticeAnswer(input: $input) {
  id status review { structure concreteness result clarity total comment reviewedByCoachId reviewedAt } } }`;
const SAVE_PROJECT = `mutation P($input: SaveProjectDraftInput!) { saveProjectDraft(input: $input) { id } }`;
const GUIDE = `query { interviewPracticeGuide { bankVersion bankLicence star { part fr en minWords maxCharacters } rubric { criterion fr en } } }`;

const FULL = {
  situation:
    'En 2024, au magasin de Villeurbanne, un client revenait pour la troisième fois avec le même colis.',
  task: 'Je devais régler sa réclamation sans perdre la vente.',
  action:
    'Je l’ai écouté jusqu’au bout, j’ai vérifié le suivi devant lui, appelé le transporteur et proposé un échange immédiat en rayon.',
  result: 'Il est reparti avec le produit en 20 minutes et il est revenu acheter deux fois depuis.',
};

let app: INestApplication;
let dataSource: DataSource;
let database: TestDatabase;
/** The file's own topics (decision 0043): the service reads no other run's events. */
let topics: RunTopics;
const clock = new PinnableClock();
let as: (identity: Identity) => ReturnType<typeof subgraphAs>;

const coachId = randomUUID();
const coach: Identity = { subject: 'coach-amel', role: 'coach', coachId, officeIds: [] };
const otherCoach: Identity = { subject: 'coach-other', role: 'coach', coachId: randomUUID(), officeIds: [] };
const ops: Identity = { subject: 'ops', role: 'ops', officeIds: [], allOffices: true };
const personOf = (candidateId: string): Identity => ({
  subject: `p-${candidateId}`,
  role: 'candidate',
  candidateId,
});

const gql = async (
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<AnyData> => (await as(identity).request(query, variables)).body;
const ok = (identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<AnyData> =>
  as(identity).ok(query, variables);
const refusalOf = (body: AnyData): { code: unknown; fields: unknown } => {
  const extensions = body.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, fields: extensions.field ?? extensions.fields };
};

/** A person career knows (enrolled, assigned `coachId`), as its candidate-scope consumer records them. */
async function seedPerson(): Promise<string> {
  const candidateId = randomUUID();
  await dataSource.query(
    `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
    [candidateId, randomUUID(), randomUUID(), [randomUUID()]],
  );
  await dataSource.query(
    `INSERT INTO candidate_coach (candidate_id, coach_id, assigned_at) VALUES ($1, $2, now())`,
    [candidateId, coachId],
  );
  return candidateId;
}

beforeAll(async () => {
  const secret = randomBytes(32).toString('hex');
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('career_interview_practice');
  await runMigrations(careerDataSourceOptions(database.url));
  const port = await freePort();
  const groupPrefix = `int-career-interview-${randomUUID().slice(0, 8)}`;
  topics = await createRunTopics(kafkaBrokers);
  app = await startService(
    careerApp,
    {
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_INTERVAL_MS: '1000',
      KAFKA_GROUP_PREFIX: groupPrefix,
      KAFKA_TOPIC_PREFIX: topics.prefix,
    },
    clock,
  );
  dataSource = app.get(DataSource);
  as = (identity) => subgraphAs(`http://127.0.0.1:${port}/graphql`, identity, secret);
});

afterAll(async () => {
  clock.unpin();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

describe('starting a practice session', () => {
  it('draws the questions for an application and keeps them: the same session reads the same questions', async () => {
    const candidateId = await seedPerson();
    clock.pin(new Date('2026-12-07T09:00:00Z'));
    const applicationId = randomUUID();
    const { startInterviewPractice: started } = await ok(personOf(candidateId), START, {
      input: {
        candidateId,
        applicationId,
        occupationCodes: ['D1106', 'd1106'],
        offerSkills: ['Accueillir une clientèle', 'Traiter une réclamation client'],
        questionCount: 6,
      },
    });
    expect(started).toMatchObject({
      candidateId,
      applicationId,
      occupationCodes: ['D1106'],
      offerSkills: ['Accueillir une clientèle', 'Traiter une réclamation client'],
      startedByRole: 'candidate',
    });
    expect(started.bankVersion).toMatch(/^\d{4}\./);
    const questions = started.questions as {
      position: number;
      reason: string;
      matchedSkills: string[];
      question: { id: string; kind: string; grandDomain: string | null; textFr: string; textEn: string };
      answer: null;
    }[];
    expect(questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(questions.map((q) => q.reason)).toEqual([
      'general',
      'occupation',
      'occupation',
      'behavioural',
      'behavioural',
      'general',
    ]);
    expect(
      questions.filter((q) => q.reason === 'occupation').every((q) => q.question.grandDomain === 'D'),
    ).toBe(true);
    // The behavioural question about an unhappy person meets both of the offer's skills: it comes first.
    expect(questions[3]).toMatchObject({
      question: { id: 'beh-1', kind: 'BEHAVIOURAL' },
      matchedSkills: ['Accueillir une clientèle', 'Traiter une réclamation client'],
    });
    expect(questions.every((q) => q.question.textFr !== q.question.textEn && q.answer === null)).toBe(true);

    const again = await ok(personOf(candidateId), SESSION, { id: started.id });
    expect(
      again.interviewPracticeSession.questions.map((q: { question: { id: string } }) => q.question.id),
    ).toEqual(questions.map((q) => q.question.id));
    const rows: { question_id: string }[] = await dataSource.query(
      `SELECT question_id FROM interview_practice_question WHERE session_id = $1 ORDER BY position`,
      [started.id],
    );
    expect(rows.map((row) => row.question_id)).toEqual(questions.map((q) => q.question.id));
  });

  it('lets the coach start one for their person, lists sessions latest first', async () => {
    const candidateId = await seedPerson();
    clock.pin(new Date('2026-12-07T09:00:00Z'));
    const first = await ok(coach, START, { input: { candidateId } });
    clock.pin(new Date('2026-12-08T09:00:00Z'));
    const second = await ok(coach, START, { input: { candidateId, questionCount: 1 } });
    expect(first.startInterviewPractice.startedByRole).toBe('coach');
    expect(first.startInterviewPractice.questions).toHaveLength(5);
    expect(second.startInterviewPractice.questions).toHaveLength(1);
    const listed = await ok(personOf(candidateId), SESSIONS, { id: candidateId });
    expect(listed.interviewPracticeSessions).toEqual([
      { id: second.startInterviewPractice.id, startedAt: '2026-12-08T09:00:00.000Z' },
      { id: first.startInterviewPractice.id, startedAt: '2026-12-07T09:00:00.000Z' },
    ]);
  });

  it('without occupations given, takes the targets of the person’s professional project', async () => {
    const candidateId = await seedPerson();
    const none = await ok(personOf(candidateId), START, { input: { candidateId, questionCount: 6 } });
    expect(none.startInterviewPractice.occupationCodes).toEqual([]);
    expect(none.startInterviewPractice.questions.map((q: { reason: string }) => q.reason)).not.toContain(
      'occupation',
    );

    await ok(personOf(candidateId), SAVE_PROJECT, {
      input: {
        candidateId,
        targets: [
          { occupationCode: 'n4101', label: 'Conduite de transport de marchandises', source: 'TYPED' },
        ],
        area: { place: 'Vénissieux', placeCode: '69259', distance: 45, unit: 'MINUTES' },
        conditions: { contractTypes: ['PERMANENT'], hours: 'FULL_TIME', payMin: 25000 },
      },
    });
    const { startInterviewPractice: started } = await ok(personOf(candidateId), START, {
      input: { candidateId, questionCount: 6 },
    });
    expect(started.occupationCodes).toEqual(['N4101']);
    const family = started.questions.filter((q: { reason: string }) => q.reason === 'occupation');
    expect(family).toHaveLength(2);
    expect(family.every((q: { question: { grandDomain: string } }) => q.question.grandDomain === 'N')).toBe(
      true,
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a question count of 0', { questionCount: 0 }, 'questionCount'],
    ['eleven questions', { questionCount: 11 }, 'questionCount'],
    ['an occupation that is not a ROME code', { occupationCodes: ['Z1234'] }, 'occupationCodes.0'],
    [
      'six occupations',
      { occupationCodes: ['A1101', 'A1101', 'A1101', 'A1101', 'A1101', 'A1101'] },
      'occupationCodes',
    ],
    ['a blank skill', { offerSkills: ['  '] }, 'offerSkills.0'],
    ['an application id that is not one', { applicationId: 'candidature-1' }, 'applicationId'],
  ])('refuses %s, naming the field', async (_case, change, field) => {
    const candidateId = await seedPerson();
    const refused = refusalOf(await gql(personOf(candidateId), START, { input: { candidateId, ...change } }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect((refused.fields as { field: string }[]).map((f) => f.field)).toEqual([field]);
  });

  it('refuses another person, another coach, ops, and a person or session career does not know alike (FORBIDDEN)', async () => {
    const candidateId = await seedPerson();
    for (const caller of [personOf(randomUUID()), otherCoach])
      expect(refusalOf(await gql(caller, START, { input: { candidateId } }))).toEqual({
        code: 'FORBIDDEN',
        fields: 'candidateId',
      });
    const unknown = randomUUID();
    expect(refusalOf(await gql(personOf(unknown), START, { input: { candidateId: unknown } })).code).toBe(
      'FORBIDDEN',
    );
    expect(refusalOf(await gql(ops, SESSIONS, { id: candidateId })).code).toBe('FORBIDDEN');
    const { startInterviewPractice } = await ok(personOf(candidateId), START, { input: { candidateId } });
    expect(refusalOf(await gql(otherCoach, SESSION, { id: startInterviewPractice.id }))).toEqual(
      refusalOf(await gql(personOf(candidateId), SESSION, { id: randomUUID() })),
    );
    expect(refusalOf(await gql(otherCoach, SESSION, { id: startInterviewPractice.id }))).toEqual({
      code: 'FORBIDDEN',
      fields: 'id',
    });
  });
});

describe('answering and reviewing', () => {
  let candidateId = '';
  let sessionId = '';
  let questionId = '';
  beforeAll(async () => {
    candidateId = await seedPerson();
    const { startInterviewPractice } = await ok(personOf(candidateId), START, {
      input: { candidateId, questionCount: 3 },
    });
    sessionId = startInterviewPractice.id;
    questionId = startInterviewPractice.questions[2].question.id;
  });
  const input = (parts: Partial<typeof FULL> = {}) => ({
    input: { sessionId, questionId, ...FULL, ...parts },
  });

  it('saves drafts with their checks, refuses an incomplete or too long submission, then submits once', async () => {
    clock.pin(new Date('2026-12-09T10:00:00Z'));
    const draft = await ok(personOf(candidateId), SAVE, input({ result: '', action: 'J’ai appelé.' }));
    expect(draft.savePracticeAnswer).toMatchObject({ status: 'DRAFT', submittedAt: null });
    const seen = await ok(personOf(candidateId), SESSION, { id: sessionId });
    expect(seen.interviewPracticeSession.questions[2].answer).toMatchObject({
      status: 'DRAFT',
      check: { missingParts: ['RESULT'], shortParts: ['ACTION'], resultWithoutFigure: false },
    });

    expect(refusalOf(await gql(personOf(candidateId), SUBMIT, input({ result: ' ', task: '' })))).toEqual({
      code: 'ANSWER_INCOMPLETE',
      fields: ['task', 'result'],
    });
    expect(refusalOf(await gql(personOf(candidateId), SAVE, input({ situation: 'x'.repeat(3001) })))).toEqual(
      {
        code: 'ANSWER_TOO_LONG',
        fields: ['situation'],
      },
    );
    expect(refusalOf(await gql(personOf(candidateId), SAVE, input({ situation: undefined })))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      refusalOf(
        await gql(personOf(candidateId), SAVE, { input: { ...input().input, questionId: 'occ-z-9' } }),
      ),
    ).toEqual({ code: 'QUESTION_NOT_IN_SESSION', fields: 'questionId' });
    expect(refusalOf(await gql(coach, SAVE, input())).code).toBe('PRACTICE_ANSWERED_BY_THE_PERSON');
    expect(refusalOf(await gql(otherCoach, SAVE, input())).code).toBe('FORBIDDEN');

    clock.pin(new Date('2026-12-09T11:00:00Z'));
    const submitted = await ok(personOf(candidateId), SUBMIT, input());
    expect(submitted.submitPracticeAnswer).toEqual({
      id: draft.savePracticeAnswer.id,
      status: 'SUBMITTED',
      savedAt: '2026-12-09T11:00:00.000Z',
      submittedAt: '2026-12-09T11:00:00.000Z',
    });
    expect(refusalOf(await gql(personOf(candidateId), SAVE, input())).code).toBe('ANSWER_ALREADY_SUBMITTED');
    expect(refusalOf(await gql(personOf(candidateId), SUBMIT, input())).code).toBe(
      'ANSWER_ALREADY_SUBMITTED',
    );
  });

  it('the coach reviews a submitted answer once, and the person reads the review', async () => {
    const { interviewPracticeSession } = await ok(personOf(candidateId), SESSION, { id: sessionId });
    const answerId: string = interviewPracticeSession.questions[2].answer.id;
    const scores = { structure: 3, concreteness: 4, result: 2, clarity: 3 };
    expect(
      refusalOf(await gql(coach, REVIEW, { input: { answerId, ...scores, concreteness: 1.5 } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(refusalOf(await gql(otherCoach, REVIEW, { input: { answerId, ...scores } }))).toEqual({
      code: 'FORBIDDEN',
      fields: 'answerId',
    });
    expect(refusalOf(await gql(personOf(candidateId), REVIEW, { input: { answerId, ...scores } })).code).toBe(
      'FORBIDDEN',
    );
    clock.pin(new Date('2026-12-10T08:30:00Z'));
    const comment = 'Bonne structure ; chiffrez le résultat : combien de clients fidélisés ?';
    const reviewed = await ok(coach, REVIEW, { input: { answerId, ...scores, comment: `  ${comment} ` } });
    expect(reviewed.reviewPracticeAnswer).toEqual({
      id: answerId,
      status: 'REVIEWED',
      review: {
        ...scores,
        total: 12,
        comment,
        reviewedByCoachId: coachId,
        reviewedAt: '2026-12-10T08:30:00.000Z',
      },
    });
    expect(refusalOf(await gql(coach, REVIEW, { input: { answerId, ...scores } })).code).toBe(
      'ANSWER_ALREADY_REVIEWED',
    );
    const read = await ok(personOf(candidateId), SESSION, { id: sessionId });
    expect(read.interviewPracticeSession.questions[2].answer).toMatchObject({
      status: 'REVIEWED',
      review: { total: 12, comment, reviewedByCoachId: coachId },
    });
  });

  it('refuses to review a draft', async () => {
    const other = await ok(personOf(candidateId), SAVE, {
      input: {
        sessionId,
        questionId: (await ok(personOf(candidateId), SESSION, { id: sessionId })).interviewPracticeSession
          .questions[0].question.id,
        ...FULL,
      },
    });
    expect(
      refusalOf(
        await gql(coach, REVIEW, {
          input: {
            answerId: other.savePracticeAnswer.id,
            structure: 1,
            concreteness: 1,
            result: 1,
            clarity: 1,
          },
        }),
      ).code,
    ).toBe('ANSWER_NOT_SUBMITTED');
  });
});

describe('the guide, the export and erasure', () => {
  it('gives the STAR guidance and the rubric in both languages, and the bank’s licence', async () => {
    const { interviewPracticeGuide: guide } = await ok(coach, GUIDE);
    expect(guide.star.map((s: { part: string }) => s.part)).toEqual([
      'SITUATION',
      'TASK',
      'ACTION',
      'RESULT',
    ]);
    expect(guide.rubric.map((r: { criterion: string }) => r.criterion)).toEqual([
      'structure',
      'concreteness',
      'result',
      'clarity',
    ]);
    expect(guide.bankLicence).toContain('CC BY 4.0');
  });

  it('puts the person’s practice in their export, nobody else’s, and erases it with them', async () => {
    const candidateId = await seedPerson();
    const neighbour = await seedPerson();
    for (const person of [candidateId, neighbour]) {
      const { startInterviewPractice } = await ok(personOf(person), START, {
        input: { candidateId: person, questionCount: 2 },
      });
      await ok(personOf(person), SUBMIT, {
        input: {
          sessionId: startInterviewPractice.id,
          questionId: startInterviewPractice.questions[0].question.id,
          ...FULL,
        },
      });
    }
    const exported = await app
      .get(ExportPersonalDataHandler)
      .execute({ candidateId, requestedBy: `p-${candidateId}`, requestedByRole: 'candidate' });
    const section = (name: string) => exported.sections.find((s) => s.name === name)?.records;
    expect(section('interviewPracticeSessions')).toHaveLength(1);
    expect(section('interviewPracticeQuestions')).toHaveLength(2);
    expect(section('interviewPracticeAnswers')).toEqual([
      expect.objectContaining({ candidateId, situation: FULL.situation }),
    ]);

    const erased = createEvent('CandidateErased.v1', candidateId, {
      candidateId,
      erasedAt: new Date().toISOString(),
    });
    for (let delivery = 0; delivery < 2; delivery++)
      await dataSource.transaction((manager) =>
        app.get(CandidateErasureConsumer).onErased(erased, new InboxContext([erased, manager])),
      );
    const left: { table: string; n: number }[] = await dataSource.query(
      `SELECT 'session' AS table, count(*)::int AS n FROM interview_practice_session WHERE candidate_id = $1
       UNION ALL SELECT 'answer', count(*)::int FROM interview_practice_answer WHERE candidate_id = $1
       UNION ALL SELECT 'neighbour', count(*)::int FROM interview_practice_answer WHERE candidate_id = $2`,
      [candidateId, neighbour],
    );
    expect(left).toEqual([
      { table: 'session', n: 0 },
      { table: 'answer', n: 0 },
      { table: 'neighbour', n: 1 },
    ]);
  });
});
