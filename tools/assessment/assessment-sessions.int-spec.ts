import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import {
  assessmentDataSourceOptions,
  AssessmentPersonalDataRepository,
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
} from '@passerelle/assessment/data-access';
import {
  AssessmentError,
  AssessmentEventsConsumer,
  AssignAssessmentHandler,
  SaveAnswersHandler,
  SessionItemsReader,
  SubmitAssessmentHandler,
} from '@passerelle/assessment/feature-assessments';
import { importProjectInstruments, importRiasec, importRome } from '@passerelle/assessment/feature-import';
import type { Identity } from '@passerelle/shared/auth';
import { SystemClock } from '@passerelle/shared/clock';
import { InboxBatchContext, InboxContext, OutboxWriter, createEvent } from '@passerelle/shared/messaging';
import type { AnyEvent } from '@passerelle/shared/contracts';

// The session handlers against a real database (the Kafka path is covered end to end).
const ROOT = join(__dirname, '..', '..');
let database: TestDatabase;
let dataSource: DataSource;
let sessions: AssessmentRepository;
let assign: AssignAssessmentHandler;

beforeAll(async () => {
  database = await createTestDatabase('assessment_sessions');
  dataSource = new DataSource(assessmentDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await importRiasec(dataSource, join(ROOT, '..', 'shared', 'data', 'riasec-items'));
  await importProjectInstruments(dataSource);
  await importRome(dataSource, join(ROOT, 'libs', 'assessment', 'feature-import', 'sample', 'rome'));
  sessions = new AssessmentRepository(dataSource);
  assign = new AssignAssessmentHandler(
    dataSource,
    sessions,
    new InstrumentRepository(dataSource),
    new RomeReferenceRepository(dataSource),
    new CandidateScopeRepository(dataSource),
    new SystemClock(),
  );
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const inTransaction = <T>(work: (manager: DataSource['manager']) => Promise<T>) =>
  dataSource.transaction(work);

describe('sessions from pathway milestones', () => {
  it('creates one session per milestone, however often the plan arrives', async () => {
    const candidateId = randomUUID();
    const milestoneId = randomUUID();
    const command = { candidateId, milestoneId, instrumentCode: 'riasec-markers-48' };
    expect(await inTransaction((manager) => assign.fromMilestone(manager, command))).toBe(true);
    expect(await inTransaction((manager) => assign.fromMilestone(manager, command))).toBe(false);
    const [session, ...others] = await sessions.listForCandidate(candidateId);
    expect(others).toEqual([]);
    expect(session).toMatchObject({
      instrumentCode: 'riasec-markers-48',
      instrumentVersion: '2008-fr.1',
      status: 'assigned',
      assignedBy: 'pathway',
      milestoneId,
    });
  });

  it('refuses an instrument that is not imported, saying which', async () => {
    const command = { candidateId: randomUUID(), milestoneId: randomUUID(), instrumentCode: 'big-five' };
    const attempt = inTransaction((manager) => assign.fromMilestone(manager, command));
    await expect(attempt).rejects.toThrow(AssessmentError);
    await expect(inTransaction((manager) => assign.fromMilestone(manager, command))).rejects.toThrow(
      'instrument big-five is not imported',
    );
  });

  it('gives a skills inventory planned before the enrolment its skills once the former occupation is known', async () => {
    const candidateId = randomUUID();
    await inTransaction((manager) =>
      assign.fromMilestone(manager, {
        candidateId,
        milestoneId: randomUUID(),
        instrumentCode: 'skills-inventory',
      }),
    );
    const [session] = await sessions.listForCandidate(candidateId);
    expect(await sessions.skillItems(session!.id)).toEqual([]);

    const enrolled = async () =>
      inTransaction(async (manager) => {
        await sessions.recordCandidate(manager, {
          candidateId,
          formerOccupationCode: 'H2913',
          languages: ['fr'],
        });
        await assign.completeSkillInventories(manager, candidateId);
      });
    await enrolled();
    await enrolled(); // a redelivered enrolment adds nothing
    const items = await sessions.skillItems(session!.id);
    expect(items.map((item) => [item.skillCode, item.occupationCode])).toEqual([
      ['PS014', 'H2913'],
      ['PS013', 'H2913'],
      ['PS020', 'H2913'],
      ['PS012', 'H2913'],
    ]);
  });

  it('chooses again an inventory not yet started whose items miss the former occupation that came late', async () => {
    const candidateId = randomUUID();
    const instrument = (await new InstrumentRepository(dataSource).findLatest('skills-inventory'))!;
    const now = new Date();
    // A coach's assignment aimed at N1103, made before assessment knew the person: target skills only.
    await inTransaction(async (manager) => {
      await sessions.insert(manager, {
        id: randomUUID(),
        candidateId,
        instrumentCode: instrument.code,
        instrumentVersion: instrument.version,
        status: 'assigned',
        assignedAt: now,
        assignedBy: 'coach',
        assignedByCoachId: randomUUID(),
        milestoneId: null,
        targetOccupationCodes: ['N1103'],
        submittedAt: null,
        releasedAt: null,
        updatedAt: now,
      });
      await assign.completeSkillInventories(manager, candidateId);
    });
    const [session] = await sessions.listForCandidate(candidateId);
    const occupations = async () => [
      ...new Set((await sessions.skillItems(session!.id)).map((item) => item.occupationCode)),
    ];
    expect(await occupations()).toEqual(['N1103']);

    await inTransaction(async (manager) => {
      await sessions.recordCandidate(manager, {
        candidateId,
        formerOccupationCode: 'H2913',
        languages: ['fr'],
      });
      await assign.completeSkillInventories(manager, candidateId);
    });
    expect(await occupations()).toEqual(['H2913', 'N1103']);
  });
});

describe('suggested occupations and erasure', () => {
  it('keeps the latest recommendation set only, and erasure removes everything of the person', async () => {
    const candidateId = randomUUID();
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, minutes));
    await inTransaction((manager) =>
      sessions.replaceSuggestions(manager, candidateId, at(5), [
        { occupationCode: 'N1101', rank: 1, proximity: 'close' },
      ]),
    );
    const older = await inTransaction((manager) =>
      sessions.replaceSuggestions(manager, candidateId, at(1), [
        { occupationCode: 'M1203', rank: 1, proximity: 'off_track' },
      ]),
    );
    expect(older).toBe(false);
    expect((await sessions.suggestions(candidateId)).map((row) => row.occupationCode)).toEqual(['N1101']);

    await inTransaction((manager) =>
      assign.fromMilestone(manager, {
        candidateId,
        milestoneId: randomUUID(),
        instrumentCode: 'work-values',
      }),
    );
    await inTransaction((manager) => sessions.eraseCandidate(manager, candidateId, new Date()));
    expect(await sessions.listForCandidate(candidateId)).toEqual([]);
    expect(await sessions.suggestions(candidateId)).toEqual([]);
  });
});

describe('a person erased before the events of other topics about them arrive', () => {
  it("keeps only the fact of the erasure and drops matching's, pathway's and intake's late events about them", async () => {
    const candidateId = randomUUID();
    const programmeId = randomUUID();
    const consumer = new AssessmentEventsConsumer(sessions, assign, new CandidateScopeRepository(dataSource));
    const apply = (event: AnyEvent, handle: (context: InboxContext) => Promise<void>) =>
      inTransaction((manager) => handle(new InboxContext([event, manager])));
    const enrol = (event: AnyEvent) =>
      inTransaction((manager) => consumer.onEnrolled([event], new InboxBatchContext([[event], manager])));
    const enrolled = createEvent('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId,
      sponsorId: randomUUID(),
      officeIds: [randomUUID()],
      enrolledAt: '2026-12-05T09:00:00Z',
      formerOccupationCode: null,
      languages: ['fr'],
    });
    await enrol(enrolled);
    const erased = createEvent('CandidateErased.v1', candidateId, {
      candidateId,
      erasedAt: '2026-12-05T10:00:00Z',
    });
    await apply(erased, (context) => consumer.onErased(erased, context));

    // Matching enrolled them before its own copy of the erasure: its answers come after assessment's.
    const resolved = createEvent('FormerOccupationResolved.v1', candidateId, {
      candidateId,
      programmeId,
      romeCode: 'N1103',
      how: 'automatic',
      confidence: 0.94,
      resolvedAt: '2026-12-05T10:00:01Z',
    });
    await apply(resolved, (context) => consumer.onFormerOccupationResolved(resolved, context));
    const recommended = createEvent('OccupationsRecommended.v1', candidateId, {
      candidateId,
      computedAt: '2026-12-05T10:00:02Z',
      recommendations: [{ occupationCode: 'N1103', rank: 1, score: 0.91, proximity: 'same' }],
    });
    await apply(recommended, (context) => consumer.onOccupationsRecommended(recommended, context));
    const planned = createEvent('PathwayPlanned.v1', candidateId, {
      pathwayId: randomUUID(),
      candidateId,
      programmeId,
      track: 'retraining',
      templateId: randomUUID(),
      templateVersion: 1,
      milestones: [
        {
          milestoneId: randomUUID(),
          phase: 'exploring_options',
          kind: 'assessment',
          dueOn: '2026-12-20',
          sessionKind: null,
          instrumentCode: 'riasec-markers-48',
        },
      ],
      sessionsPlanned: 12,
      sessionBudget: 20,
      plannedAt: '2026-12-05T10:00:03Z',
    });
    await apply(planned, (context) => consumer.onPathwayPlanned(planned, context));
    const consent = createEvent('ConsentRecorded.v1', candidateId, {
      candidateId,
      purpose: 'privacy_notice',
      granted: true,
      noticeVersion: '2026.1',
      recordedAt: '2026-12-05T10:00:04Z',
    });
    await apply(consent, (context) => consumer.onConsentRecorded(consent, context));
    // A replayed enrolment (a dead letter replayed late) does not bring them back either.
    await enrol(enrolled);

    const [left] = await dataSource.query(
      `SELECT (SELECT count(*) FROM candidate_background WHERE candidate_id = $1)
            + (SELECT count(*) FROM suggested_occupation WHERE candidate_id = $1)
            + (SELECT count(*) FROM candidate_consent WHERE candidate_id = $1)
            + (SELECT count(*) FROM assessment WHERE candidate_id = $1) AS n`,
      [candidateId],
    );
    expect(Number(left.n)).toBe(0);
    expect(
      await dataSource.query(`SELECT * FROM erased_candidate WHERE candidate_id = $1`, [candidateId]),
    ).toEqual([{ candidate_id: candidateId, erased_at: new Date('2026-12-05T10:00:00Z') }]);
  });
});

describe('a work-values questionnaire, answered over two visits and submitted', () => {
  it('scores mean importance per value, stores the profile and announces it in the same transaction', async () => {
    const candidateId = randomUUID();
    const person: Identity = { subject: 'p', role: 'candidate', candidateId };
    const items = new SessionItemsReader(new InstrumentRepository(dataSource), sessions);
    const save = new SaveAnswersHandler(dataSource, sessions, items, new SystemClock());
    const submit = new SubmitAssessmentHandler(
      dataSource,
      sessions,
      items,
      new OutboxWriter(),
      new SystemClock(),
    );
    await inTransaction((manager) =>
      assign.fromMilestone(manager, {
        candidateId,
        milestoneId: randomUUID(),
        instrumentCode: 'work-values',
      }),
    );
    const [session] = await sessions.listForCandidate(candidateId);
    const answer = (ids: number[], value: number) => ids.map((n) => ({ itemId: `WV${n}`, value }));

    await save.execute(person, { assessmentId: session!.id, answers: answer([1, 2, 3, 4, 5, 6], 4) });
    await expect(submit.execute(person, { assessmentId: session!.id })).rejects.toThrow(
      'item WV7 is not answered',
    );
    await save.execute(person, {
      assessmentId: session!.id,
      answers: [
        ...answer([7, 8], 5),
        ...answer([9, 10], 2),
        ...answer([11], 3),
        { itemId: 'WV12', value: 4 },
      ],
    });
    await expect(
      save.execute(person, {
        assessmentId: session!.id,
        answers: [],
        freeTextSkills: [{ label: 'x', rating: 3 }],
      }),
    ).rejects.toThrow('freeTextSkills: skills of your own belong to the skills inventory');
    const done = await submit.execute(person, { assessmentId: session!.id });
    expect(done.status).toBe('completed');
    await expect(submit.execute(person, { assessmentId: session!.id })).rejects.toThrow(
      'answers can no longer change',
    );

    const profile = await sessions.findProfile(session!.id);
    expect(profile?.result).toEqual({
      kind: 'work_values',
      workValues: {
        scores: { autonomy: 4, security: 4, relationships: 4, recognition: 5, achievement: 2, balance: 3.5 },
        ranking: ['recognition', 'autonomy', 'security', 'relationships', 'balance', 'achievement'],
        top: ['recognition', 'autonomy', 'security'],
      },
    });
    const [outbox] = await dataSource.query(
      `SELECT event_type, envelope FROM outbox_message WHERE envelope->'payload'->>'assessmentId' = $1`,
      [session!.id],
    );
    expect(outbox.event_type).toBe('AssessmentCompleted.v1');
    expect(outbox.envelope.payload).toMatchObject({
      instrumentCode: 'work-values',
      riasec: null,
      skills: [],
      workValues: { top: ['recognition', 'autonomy', 'security'] },
    });
  });
});

describe('consent to the privacy notice, as intake announced it', () => {
  it('stops answers and submission once withdrawn (CONSENT_REQUIRED), keeps what was saved, the latest consent winning', async () => {
    const candidateId = randomUUID();
    const person: Identity = { subject: 'p', role: 'candidate', candidateId };
    const items = new SessionItemsReader(new InstrumentRepository(dataSource), sessions);
    const save = new SaveAnswersHandler(dataSource, sessions, items, new SystemClock());
    const submit = new SubmitAssessmentHandler(
      dataSource,
      sessions,
      items,
      new OutboxWriter(),
      new SystemClock(),
    );
    await inTransaction((manager) =>
      assign.fromMilestone(manager, {
        candidateId,
        milestoneId: randomUUID(),
        instrumentCode: 'work-values',
      }),
    );
    const [session] = await sessions.listForCandidate(candidateId);
    const consent = (granted: boolean, recordedAt: string) =>
      inTransaction((manager) =>
        sessions.recordConsent(manager, { candidateId, granted, recordedAt: new Date(recordedAt) }),
      );

    await consent(true, '2026-06-01T09:00:00.000Z');
    await save.execute(person, { assessmentId: session!.id, answers: [{ itemId: 'WV1', value: 4 }] });
    await consent(false, '2026-06-02T09:00:00.000Z');
    // A replayed, older consent does not undo the withdrawal.
    await consent(true, '2026-06-01T09:00:00.000Z');
    const refusal = save.execute(person, {
      assessmentId: session!.id,
      answers: [{ itemId: 'WV2', value: 4 }],
    });
    await expect(refusal).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    await expect(refusal).rejects.toThrow('withdrawn on 2026-06-02T09:00:00.000Z');
    await expect(submit.execute(person, { assessmentId: session!.id })).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
    });
    expect(await sessions.answers(session!.id)).toEqual({ WV1: 4 });

    await consent(true, '2026-06-03T09:00:00.000Z');
    await save.execute(person, { assessmentId: session!.id, answers: [{ itemId: 'WV2', value: 3 }] });
    expect(await sessions.answers(session!.id)).toEqual({ WV1: 4, WV2: 3 });

    // The person's export from assessment: their sessions, answers and consent, nobody else's.
    const sections = await new AssessmentPersonalDataRepository(dataSource).sections(candidateId);
    expect(sections['assessments']).toHaveLength(1);
    expect(sections['answers']).toHaveLength(2);
    expect(sections['consent']).toEqual([expect.objectContaining({ candidateId, granted: true })]);
    const everyone = JSON.stringify(sections);
    const others: { candidate_id: string }[] = await dataSource.query(
      `SELECT DISTINCT candidate_id FROM assessment WHERE candidate_id <> $1`,
      [candidateId],
    );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(everyone).not.toContain(other.candidate_id);
  });
});
