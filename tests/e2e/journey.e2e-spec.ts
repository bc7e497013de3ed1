import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import {
  createCoach,
  createOffice,
  createRoom,
  enrol,
  expectGraphQLError,
  handWorkedRiasecAnswers,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { importProjectInstruments, importRiasec, importRome } from '@passerelle/assessment/feature-import';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { startPlatform, type RunningPlatform } from './platform-harness';

/**
 * One person's journey across the five services, through the gateway with real tokens, where
 * every event is produced by the service that owns it (nothing is published by hand):
 * intake (programme, enrolment, consent, diagnostic) -> scheduling (coach assignment, a welcome
 * session completed) -> pathway (plan, milestones reached) -> assessment (RIASEC from the plan,
 * answered, debriefed) -> matching (recommendations), then the coach reads it all in one query and
 * a sponsor reads nothing individual.
 */
const ROOT = join(__dirname, '..', '..');
const LYON = randomUUID();
/** A coach for another track: with more room, scheduling picks them first (before the diagnostic). */
const GENERALIST = randomUUID();
/** The coach for the person's track: the diagnostic moves the person to them. */
const SPECIALIST = randomUUID();

/** Answers that orient to direct re-employment (intake's rules), in French. */
const DIAGNOSTIC_ANSWERS = [
  { questionId: 'income_urgency', choice: 'immediate' },
  { questionId: 'wellbeing', number: 4 },
  { questionId: 'stress', number: 2 },
  { questionId: 'distress_signal', choice: 'never' },
  { questionId: 'project_clarity', choice: 'some_ideas' },
  { questionId: 'project_kind', choice: 'same_occupation' },
  { questionId: 'open_to_training', choice: 'no' },
  { questionId: 'years_to_retirement', number: 20 },
  { questionId: 'mobility_radius_km', number: 25 },
  { questionId: 'relocation', choice: 'no' },
  { questionId: 'languages', choices: ['fr'] },
];

let platform: RunningPlatform;
const tokens: Record<string, string> = {};
let sponsorId: string;
let programmeId: string;
let candidateId: string;
let roomId: string;

const client = (who: string) => platform.as(tokens[who]!);
/** The raw answer's body, for what may be refused or not there yet. */
const as = async (who: string, query: string, variables: Record<string, unknown> = {}) =>
  (await client(who).request<Record<string, unknown>>(query, variables)).body;
const ok = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  client(who).ok(query, variables);

interface MilestoneView {
  id: string;
  kind: string;
  status: string;
  sessionKind: string | null;
  instrumentCode: string | null;
}
const PATHWAY = `query P($id: ID!) { candidate(id: $id) { pathway { status track milestones { id kind status sessionKind instrumentCode } } } }`;
async function pathwayOf(
  who: string,
): Promise<{ status: string; track: string; milestones: MilestoneView[] } | null> {
  const body = await as(who, PATHWAY, { id: candidateId });
  return (body.data?.['candidate'] as { pathway: never } | null)?.pathway ?? null;
}
interface SeenAssessment {
  id: string;
  instrumentCode: string;
  status: string;
  milestoneId: string | null;
  progress: { answered: number; total: number };
  profile: { riasec: { hollandCode: string } | null } | null;
  debrief: { coachId: string; notes: string | null } | null;
}
const ASSESSMENT_FIELDS = `id instrumentCode status milestoneId progress { answered total } profile { riasec { hollandCode } } debrief { coachId notes }`;
const ASSESSMENTS = `query A($id: ID!) { candidate(id: $id) { assessments { ${ASSESSMENT_FIELDS} } } }`;
const RECOMMENDATIONS = `query R($id: ID!) { candidate(id: $id) { recommendations { occupationCode proximity explanation } } }`;
/** Every service's part of the person, in one query. */
const WHOLE = `query W($id: ID!) { candidate(id: $id) {
  id firstName lastName
  diagnostic { status orientation { track } }
  coachId coach { id displayName }
  sessions { id kind status }
  pathway { status track milestones { id kind status sessionKind instrumentCode } }
  assessments { ${ASSESSMENT_FIELDS} }
  recommendations { occupationCode proximity explanation }
} }`;
const coachOf = async (who: string): Promise<string | null> => {
  const body = await as(who, `query C($id: ID!) { candidate(id: $id) { coachId coach { id } } }`, {
    id: candidateId,
  });
  const candidate = body.data?.['candidate'] as {
    coachId: string | null;
    coach: { id: string } | null;
  } | null;
  // Scheduling's own view and intake's (learnt from CoachAssigned) must agree.
  return candidate?.coach?.id && candidate.coach.id === candidate.coachId ? candidate.coach.id : null;
};

beforeAll(async () => {
  platform = await startPlatform();
  // Reference data, loaded as an operator would with the import commands.
  const assessmentDb = new DataSource(assessmentDataSourceOptions(platform.databaseUrls['assessment']!));
  await assessmentDb.initialize();
  try {
    await importRiasec(assessmentDb, join(ROOT, '..', 'shared', 'data', 'riasec-items'));
    await importProjectInstruments(assessmentDb);
    await importRome(assessmentDb, join(ROOT, 'libs', 'assessment', 'feature-import', 'sample', 'rome'));
  } finally {
    await assessmentDb.destroy();
  }
  const matchingDb = new DataSource(matchingDataSourceOptions(platform.databaseUrls['matching']!));
  await matchingDb.initialize();
  try {
    await importReferenceData(matchingDb, join(ROOT, 'tests', 'fixtures', 'matching', 'reference'));
  } finally {
    await matchingDb.destroy();
  }
  tokens['ops'] = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  tokens['coach'] = await platform.token({
    sub: 'coach-specialist',
    role: 'coach',
    coach_id: SPECIALIST,
    office_ids: [LYON],
  });
  tokens['generalist'] = await platform.token({
    sub: 'coach-generalist',
    role: 'coach',
    coach_id: GENERALIST,
    office_ids: [LYON],
  });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

describe('one person across the five services, every event from its owner', () => {
  it('1. ops set up the contracted programme, the office, a room and two coaches, and enrol the person', async () => {
    const ops = client('ops');
    const created = await setUpProgramme(ops, {
      sponsorName: 'Verrerie du Rhône',
      name: 'PSE Verrerie Lyon',
      officeIds: [LYON],
      terms: {
        type: 'PSE',
        sites: ['Lyon Gerland'],
        headcount: 120,
        startDate: DateTime.now().minus({ days: 14 }).toISODate(),
        durationMonths: 12,
        sessionBudgetPerPerson: 12,
        outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
      },
    });
    expect(created.status).toBe('CONTRACTED');
    ({ sponsorId, programmeId } = created);

    await createOffice(ops, {
      id: LYON,
      name: 'Lyon Part-Dieu',
      address: '12 rue de la République, 69002 Lyon',
      timeZone: 'Europe/Paris',
      openingHours: weekdays('08:00', '20:00'),
    });
    roomId = await createRoom(ops, { officeId: LYON, name: 'Rhône', capacity: 6 });
    await createCoach(ops, {
      id: GENERALIST,
      displayName: 'Bruno Generalist',
      officeIds: [LYON],
      languages: ['fr'],
      specialties: ['RETRAINING'],
      maxCaseload: 30,
      weeklyHours: weekdays('08:00', '19:00'),
    });
    await createCoach(ops, {
      id: SPECIALIST,
      displayName: 'Amel Specialist',
      officeIds: [LYON],
      languages: ['fr'],
      specialties: ['DIRECT_REEMPLOYMENT'],
      maxCaseload: 10,
      weeklyHours: weekdays('08:00', '19:00'),
    });

    candidateId = await enrol(ops, {
      programmeId,
      employeeNumber: 'VR-204',
      firstName: 'Samira',
      lastName: 'Benali',
      email: 'samira.benali@example.org',
      formerJobTitle: 'Magasinière cariste',
      formerOccupationCode: 'N1103',
      languages: ['fr'],
    });
    tokens['candidate'] = await platform.token({
      sub: 'samira',
      role: 'candidate',
      candidate_id: candidateId,
    });
    tokens['sponsor'] = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] });

    // CandidateEnrolled -> scheduling: before any diagnostic the coach with the most room is chosen.
    const first = await waitFor(() => coachOf('ops'), {
      what: 'a first coach assigned on enrolment (scheduling -> CoachAssigned -> intake)',
      timeoutMs: 60_000,
    });
    expect(first).toBe(GENERALIST);
  });

  it('2. consent and diagnostic (intake) -> the coach of the track (scheduling) and the full plan (pathway)', async () => {
    await ok(
      'candidate',
      `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`,
      { input: { candidateId, noticeVersion: '2026.1', granted: true } },
    );
    await ok(
      'candidate',
      `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`,
      { id: candidateId, answers: DIAGNOSTIC_ANSWERS },
    );
    const submitted = await ok(
      'candidate',
      `mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { orientation { track distressFlag } } }`,
      { id: candidateId },
    );
    expect(submitted.submitDiagnostic.orientation).toEqual({
      track: 'DIRECT_REEMPLOYMENT',
      distressFlag: false,
    });

    // CandidateDiagnosed -> scheduling moves the automatic assignment to a coach of the track.
    await waitFor(async () => (await coachOf('ops')) === SPECIALIST, {
      what: 'the coach of the track assigned after the diagnostic',
      timeoutMs: 60_000,
    });
    const assignment = await ok(
      'coach',
      `query C($id: ID!) { candidate(id: $id) { coachAssignment { mode coach { id } } } }`,
      { id: candidateId },
    );
    expect(assignment.candidate.coachAssignment).toEqual({ mode: 'AUTOMATIC', coach: { id: SPECIALIST } });

    // ProgrammeContracted + CandidateEnrolled + CandidateDiagnosed -> pathway plans the track's template.
    const plan = await waitFor(
      async () => {
        const pathway = await pathwayOf('coach');
        return pathway?.status === 'PLANNED' && pathway.milestones.length > 0 ? pathway : null;
      },
      { what: 'the full plan, read by the new coach through the gateway', timeoutMs: 60_000 },
    );
    expect(plan.track).toBe('DIRECT_REEMPLOYMENT');
    expect(plan.milestones.find((m) => m.kind === 'SESSION')).toMatchObject({
      sessionKind: 'WELCOME',
      status: 'OPEN',
    });
    // The former coach no longer reads the person: not found, no error.
    expect(await ok('generalist', PATHWAY, { id: candidateId })).toEqual({ candidate: null });
  });

  it('3. a welcome session booked by ops and completed by the coach (scheduling) -> milestone reached (pathway)', async () => {
    const welcome = (await pathwayOf('coach'))!.milestones.find((m) => m.kind === 'SESSION')!;
    const startsAt = DateTime.now()
      .setZone('Europe/Paris')
      .plus({ days: 3 })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    const booked = await ok(
      'ops',
      `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id status coach { id } room { id } } }`,
      {
        input: {
          candidateIds: [candidateId],
          kind: welcome.sessionKind,
          mode: 'IN_PERSON',
          roomId,
          startsAt: startsAt.toUTC().toISO(),
        },
      },
    );
    expect(booked.bookSession).toMatchObject({
      status: 'BOOKED',
      coach: { id: SPECIALIST },
      room: { id: roomId },
    });
    const sessionId: string = booked.bookSession.id;

    // SessionBooked -> the milestone is booked.
    await waitFor(
      async () =>
        (await pathwayOf('coach'))?.milestones.find((m) => m.id === welcome.id)?.status === 'BOOKED',
      { what: 'the welcome milestone booked', timeoutMs: 60_000 },
    );
    const completed = await ok(
      'coach',
      `mutation C($id: ID!) { completeSession(sessionId: $id) { status } }`,
      { id: sessionId },
    );
    expect(completed.completeSession.status).toBe('COMPLETED');
    // SessionCompleted -> reached, seen by the person too.
    await waitFor(
      async () =>
        (await pathwayOf('candidate'))?.milestones.find((m) => m.id === welcome.id)?.status === 'REACHED',
      { what: 'the welcome milestone reached', timeoutMs: 60_000 },
    );
  });
  it('4. the RIASEC milestone (pathway) -> answered (assessment) -> milestone reached (pathway), debriefed, and interests used by matching', async () => {
    const planned = (await pathwayOf('coach'))!;
    const riasecMilestone = planned.milestones.find(
      (m) => m.kind === 'ASSESSMENT' && m.instrumentCode === 'riasec-markers-48',
    );
    // The track's template plans the interests questionnaire; without it there is nothing to follow.
    expect(riasecMilestone).toBeDefined();

    // PathwayPlanned -> the assessment service assigns it to the person, tied to the milestone.
    const assessment = await waitFor(
      async () => {
        const body = await as('candidate', ASSESSMENTS, { id: candidateId });
        const seen =
          (body.data?.['candidate'] as { assessments: SeenAssessment[] } | null)?.assessments ?? [];
        return seen.find((a) => a.milestoneId === riasecMilestone!.id) ?? null;
      },
      { what: 'the RIASEC assessment assigned from the plan', timeoutMs: 60_000 },
    );
    expect(assessment).toMatchObject({
      instrumentCode: 'riasec-markers-48',
      status: 'ASSIGNED',
      progress: { answered: 0, total: 48 },
    });

    await ok(
      'candidate',
      `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { progress { answered total } } }`,
      {
        input: {
          assessmentId: assessment.id,
          // R 28, I 32, A 8, S 40, E 24, C 20: code SIR.
          answers: handWorkedRiasecAnswers(),
        },
      },
    );
    const submitted = await ok(
      'candidate',
      `mutation U($id: ID!) { submitAssessment(assessmentId: $id) { status } }`,
      { id: assessment.id },
    );
    expect(submitted.submitAssessment.status).toBe('COMPLETED');

    // AssessmentCompleted -> pathway reaches the milestone it names.
    await waitFor(
      async () =>
        (await pathwayOf('coach'))?.milestones.find((m) => m.id === riasecMilestone!.id)?.status ===
        'REACHED',
      { what: 'the RIASEC milestone reached', timeoutMs: 60_000 },
    );
    // Before the debrief the person does not see the profile; the coach does, and records the debrief.
    const before = await ok('candidate', ASSESSMENTS, { id: candidateId });
    expect(
      before.candidate.assessments.find((a: SeenAssessment) => a.id === assessment.id).profile,
    ).toBeNull();
    const debriefed = await ok(
      'coach',
      `mutation D($input: RecordDebriefInput!) { recordDebrief(input: $input) { status } }`,
      { input: { assessmentId: assessment.id, notes: 'Intérêt social marqué : explorer la formation.' } },
    );
    expect(debriefed.recordDebrief.status).toBe('RELEASED');
    const after = await ok('candidate', ASSESSMENTS, { id: candidateId });
    expect(after.candidate.assessments.find((a: SeenAssessment) => a.id === assessment.id)).toMatchObject({
      status: 'RELEASED',
      profile: { riasec: { hollandCode: 'SIR' } },
      debrief: { coachId: SPECIALIST, notes: null },
    });

    // ResultsReleased -> pathway reaches the plan's debrief milestone (every track's template has one).
    const debriefMilestone = planned.milestones.find((m) => m.sessionKind === 'DEBRIEF');
    expect(debriefMilestone).toMatchObject({ kind: 'SESSION' });
    expect(debriefMilestone!.status).not.toBe('REACHED');
    await waitFor(
      async () =>
        (await pathwayOf('coach'))?.milestones.find((m) => m.id === debriefMilestone!.id)?.status ===
        'REACHED',
      { what: 'the debrief milestone reached on ResultsReleased', timeoutMs: 60_000 },
    );
    // ResultsReleased -> matching ranks the person again with their Holland code (not before the
    // debrief: the suggestions would tell the person their profile first).
    await waitFor(
      async () => {
        const body = await as('candidate', RECOMMENDATIONS, { id: candidateId });
        const seen =
          (body.data?.['candidate'] as { recommendations: { explanation: string }[] } | null)
            ?.recommendations ?? [];
        return seen.some((r) => r.explanation.includes('ce qui vous intéresse'));
      },
      { what: 'recommendations recomputed with the RIASEC profile', timeoutMs: 60_000 },
    );
  });

  it('5. the coach reads the whole person in one gateway query; sponsor HR gets nothing individual', async () => {
    const whole = await ok('coach', WHOLE, { id: candidateId });
    const person = whole.candidate;
    expect(person).toMatchObject({
      id: candidateId,
      lastName: 'Benali',
      diagnostic: { status: 'SUBMITTED', orientation: { track: 'DIRECT_REEMPLOYMENT' } },
      coachId: SPECIALIST,
      coach: { id: SPECIALIST },
      pathway: { track: 'DIRECT_REEMPLOYMENT' },
    });
    expect(person.sessions).toEqual([expect.objectContaining({ kind: 'WELCOME', status: 'COMPLETED' })]);
    expect(person.pathway.milestones).toContainEqual(
      expect.objectContaining({ sessionKind: 'WELCOME', status: 'REACHED' }),
    );
    expect(person.pathway.milestones).toContainEqual(
      expect.objectContaining({ instrumentCode: 'riasec-markers-48', status: 'REACHED' }),
    );
    expect(person.assessments).toContainEqual(
      expect.objectContaining({
        instrumentCode: 'riasec-markers-48',
        status: 'RELEASED',
        profile: { riasec: { hollandCode: 'SIR' } },
        debrief: { coachId: SPECIALIST, notes: 'Intérêt social marqué : explorer la formation.' },
      }),
    );
    expect(person.recommendations.length).toBeGreaterThan(0);
    expect(person.recommendations[0]).toMatchObject({ occupationCode: 'N1103', proximity: 'SAME' });

    // The former coach, and sponsor HR of the programme, get nothing individual from the same query.
    expect(await ok('generalist', WHOLE, { id: candidateId })).toEqual({ candidate: null });
    // The sponsor's token is good: it reads its own programme and the aggregate session counts.
    expect((await ok('sponsor', `{ programmes { nodes { id } } }`)).programmes.nodes).toEqual([
      { id: programmeId },
    ]);
    expect(
      (
        await ok(
          'sponsor',
          `query S($id: ID!) { sessionCounts(programmeId: $id) { status count suppression } }`,
          {
            id: programmeId,
          },
        )
      ).sessionCounts,
    ).toEqual(
      // One person's one session: not "COMPLETED: 1", nothing at all.
      ['BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'].map((status) => ({
        status,
        count: null,
        suppression: 'SMALL_POPULATION',
      })),
    );
    const bySponsor = await as('sponsor', WHOLE, { id: candidateId });
    expectGraphQLError(bySponsor, 'FORBIDDEN');
    expect(bySponsor.data?.['candidate'] ?? null).toBeNull();
    const text = JSON.stringify(bySponsor);
    for (const individual of ['Benali', 'Samira', 'DIRECT_REEMPLOYMENT', 'SIR', 'N1103', 'riasec', 'Intérêt'])
      expect({ individual, leaked: text.includes(individual) }).toEqual({ individual, leaked: false });
  });
});
