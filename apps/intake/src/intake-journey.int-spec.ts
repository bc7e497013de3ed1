import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent } from '@passerelle/shared/messaging';
import { TopicReader, dataOf, waitFor } from '@passerelle/shared/testing';
import { PERSONAL_DATA_TABLES } from '@passerelle/intake/data-access';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

const OFFICE_A = randomUUID();
const OFFICE_B = randomUUID();
const COACH = randomUUID();
const OTHER_COACH = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE_A], allOffices: false };
const opsB: Identity = { subject: 'ops-b', role: 'ops', officeIds: [OFFICE_B], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: COACH, officeIds: [OFFICE_A] };
const otherCoach: Identity = {
  subject: 'coach-2',
  role: 'coach',
  coachId: OTHER_COACH,
  officeIds: [OFFICE_A],
};
const candidateIdentity = (candidateId: string): Identity => ({
  subject: `c-${candidateId}`,
  role: 'candidate',
  candidateId,
});

const TERMS = {
  type: 'PSE',
  sites: ['Lyon Gerland', 'Vénissieux'],
  headcount: 1250,
  startDate: '2026-03-02',
  durationMonths: 12,
  sessionBudgetPerPerson: 20,
  outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 50 }],
};

const COMPLETE_ANSWERS = [
  { questionId: 'income_urgency', choice: 'within_6_months' },
  { questionId: 'wellbeing', number: 2 },
  { questionId: 'stress', number: 4 },
  { questionId: 'distress_signal', choice: 'sometimes' },
  { questionId: 'project_clarity', choice: 'clear' },
  { questionId: 'project_kind', choice: 'new_occupation' },
  { questionId: 'open_to_training', choice: 'yes' },
  { questionId: 'years_to_retirement', number: 15 },
  { questionId: 'mobility_radius_km', number: 40 },
  { questionId: 'relocation', choice: 'no' },
  { questionId: 'constraints', choices: ['care_duties', 'no_vehicle'] },
  { questionId: 'languages', choices: ['fr', 'pt'] },
];

let intake: IntakeTestService;
let reader: TopicReader;

beforeAll(async () => {
  intake = await startIntakeTestService('intake_journey');
  reader = await TopicReader.start(intake.kafka, [
    intake.topics.topic('passerelle.intake.candidate'),
    intake.topics.topic('passerelle.intake.programme'),
  ]);
});

afterAll(async () => {
  await reader?.stop();
  await intake?.stop();
});

/** The data of an answer that must hold no error (the test kit's; the errors, printed, fail the test). */
const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);

function errorOf(result: GraphQLResult<unknown>): { message: string; code: unknown } {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  return { message: error!.message, code: error!.extensions?.['code'] };
}

/** Waits until the relay has published `count` events of this type for this aggregate. */
function published(aggregateId: string, type: string, count = 1): Promise<AnyEvent[]> {
  return waitFor(
    async () => {
      const events = reader
        .matching((message) => message.message.key?.toString() === aggregateId)
        .map((message) => JSON.parse(message.value!) as AnyEvent)
        .filter((event) => event.type === type);
      return events.length >= count ? events : undefined;
    },
    { what: `${count} ${type} for ${aggregateId}` },
  );
}

async function setUpProgramme(): Promise<{ sponsorId: string; programmeId: string }> {
  const { createSponsor } = ok(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  );
  const { createProgramme } = ok(
    await intake.call<{ createProgramme: { id: string; status: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id status } }`,
      { input: { sponsorId: createSponsor.id, name: 'PSE Acme 2026', officeIds: [OFFICE_A], terms: TERMS } },
    ),
  );
  expect(createProgramme.status).toBe('CONTRACTED');
  return { sponsorId: createSponsor.id, programmeId: createProgramme.id };
}

async function enrol(programmeId: string, employeeNumber: string, lastName = 'Moreira'): Promise<string> {
  const { enrollCandidate } = ok(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber,
          firstName: 'Inês',
          lastName,
          email: `${employeeNumber}@example.org`,
          languages: ['fr', 'pt'],
        },
      },
    ),
  );
  return enrollCandidate.id;
}

function coachAssigned(candidateId: string, programmeId: string, coachId: string, assignedAt: string) {
  return createEvent('CoachAssigned.v1', candidateId, {
    candidateId,
    programmeId,
    coachId,
    officeId: OFFICE_A,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt,
  });
}

const SAVE = `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) {
  saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status unansweredQuestionIds }
}`;
const SUBMIT = `mutation S($id: ID!) {
  submitDiagnostic(candidateId: $id) { status orientation { track source reasons { code } distressFlag distressReasons { code } } }
}`;
const DIAGNOSTIC = `query D($id: ID!) {
  candidate(id: $id) { id diagnostic { status orientation { track source rulesTrack } answers { questionId choice choices number } trackOverrides { fromTrack toTrack reason coachId } } }
}`;

describe('programmes', () => {
  it('contracts, amends and closes a programme, announcing each change', async () => {
    const { programmeId, sponsorId } = await setUpProgramme();
    const [contracted] = await published(programmeId, 'ProgrammeContracted');
    expect(contracted!.payload).toMatchObject({
      programmeId,
      sponsorId,
      type: 'pse',
      headcount: 1250,
      officeIds: [OFFICE_A],
    });

    const amended = ok(
      await intake.call<{ amendProgramme: { headcount: number; sessionBudgetPerPerson: number } }>(
        ops,
        `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { headcount sessionBudgetPerPerson } }`,
        { input: { programmeId, terms: { ...TERMS, headcount: 1300, sessionBudgetPerPerson: 24 } } },
      ),
    );
    expect(amended.amendProgramme).toEqual({ headcount: 1300, sessionBudgetPerPerson: 24 });
    const [amendment] = await published(programmeId, 'ProgrammeAmended');
    expect(amendment!.payload).toMatchObject({
      headcount: 1300,
      sessionBudgetPerPerson: 24,
      status: 'contracted',
    });

    const outsider = await intake.call(
      opsB,
      `mutation { closeProgramme(programmeId: "${programmeId}") { status } }`,
    );
    expect(errorOf(outsider).code).toBe('PROGRAMME_NOT_FOUND');

    const closed = ok(
      await intake.call<{ closeProgramme: { status: string; closedAt: string } }>(
        ops,
        `mutation { closeProgramme(programmeId: "${programmeId}") { status closedAt } }`,
      ),
    );
    expect(closed.closeProgramme.status).toBe('CLOSED');
    const amendments = await published(programmeId, 'ProgrammeAmended', 2);
    expect(amendments[1]!.payload).toMatchObject({ status: 'closed' });

    const again = await intake.call(
      ops,
      `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`,
      { input: { programmeId, terms: TERMS } },
    );
    expect(errorOf(again).code).toBe('PROGRAMME_CLOSED');

    // A closed programme takes nobody more: neither one person nor an HR file.
    const late = await intake.call(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber: 'LATE-1',
          firstName: 'Léa',
          lastName: 'Tardive',
          email: 'lea.tardive@example.org',
          languages: ['fr'],
        },
      },
    );
    expect(errorOf(late)).toEqual({
      message: `programmeId: programme ${programmeId} is closed: it takes no more people`,
      code: 'PROGRAMME_CLOSED',
    });
    const file = await intake.call(
      ops,
      `mutation I($input: ImportCandidatesInput!) { importCandidates(input: $input) { id } }`,
      { input: { programmeId, file: randomUUID() } },
    );
    expect(errorOf(file).code).toBe('PROGRAMME_CLOSED');
  });

  it('keeps a programme set up without terms as a draft, and contracts it when its terms are set', async () => {
    const { sponsorId } = await setUpProgramme();
    const draft = ok(
      await intake.call<{ createProgramme: { id: string; status: string; headcount: number | null } }>(
        ops,
        `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id status headcount } }`,
        { input: { sponsorId, name: 'Brouillon', officeIds: [OFFICE_A] } },
      ),
    ).createProgramme;
    expect(draft).toMatchObject({ status: 'DRAFT', headcount: null });
    expect(
      errorOf(await intake.call(ops, `mutation { closeProgramme(programmeId: "${draft.id}") { id } }`)).code,
    ).toBe('PROGRAMME_NOT_CONTRACTED');
    const contracted = ok(
      await intake.call<{ amendProgramme: { status: string; type: string } }>(
        ops,
        `mutation A($input: AmendProgrammeInput!) { amendProgramme(input: $input) { status type } }`,
        { input: { programmeId: draft.id, terms: TERMS } },
      ),
    );
    expect(contracted.amendProgramme).toEqual({ status: 'CONTRACTED', type: 'PSE' });
    const [event] = await published(draft.id, 'ProgrammeContracted');
    expect(event!.payload).toMatchObject({ programmeId: draft.id, sites: TERMS.sites, durationMonths: 12 });
    expect(reader.matching((m) => m.message.key?.toString() === draft.id)).toHaveLength(1);
  });

  it('names the bad term and writes nothing', async () => {
    const { sponsorId } = await setUpProgramme();
    const before = await intake.sql.query(`SELECT count(*)::int AS n FROM programme`);
    const result = await intake.call(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          sponsorId,
          name: 'Bad',
          officeIds: [OFFICE_A],
          terms: { ...TERMS, headcount: 0, outcomeTargets: [{ category: 'TRAINING', sharePercent: 120 }] },
        },
      },
    );
    const error = errorOf(result);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('terms.headcount: headcount must be positive');
    expect(error.message).toContain('terms.outcomeTargets.0.sharePercent: sharePercent is 0 to 100');
    const after = await intake.sql.query(`SELECT count(*)::int AS n FROM programme`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('lists programmes by scope: ops their offices, sponsor HR their own', async () => {
    const { programmeId, sponsorId } = await setUpProgramme();
    const query = `{ programmes { nodes { id } } }`;
    const ids = async (identity: Identity) =>
      ok(
        await intake.call<{ programmes: { nodes: { id: string }[] } }>(identity, query),
      ).programmes.nodes.map((p) => p.id);
    expect(await ids(ops)).toContain(programmeId);
    expect(await ids(opsB)).not.toContain(programmeId);
    expect(await ids({ subject: 'hr', role: 'sponsor', sponsorIds: [sponsorId] })).toEqual([programmeId]);
    expect(await ids({ subject: 'hr2', role: 'sponsor', sponsorIds: [randomUUID()] })).toEqual([]);
  });
});

describe('diagnostic, orientation and the coach caseload', () => {
  it('saves as the person goes, submits, orients and announces CandidateDiagnosed', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'D-1');
    const me = candidateIdentity(candidateId);

    const first = ok(
      await intake.call<{ saveDiagnosticAnswers: { unansweredQuestionIds: string[] } }>(me, SAVE, {
        id: candidateId,
        answers: COMPLETE_ANSWERS.slice(0, 4),
      }),
    );
    expect(first.saveDiagnosticAnswers.unansweredQuestionIds).toContain('languages');
    expect(first.saveDiagnosticAnswers.unansweredQuestionIds).not.toContain('wellbeing');

    const early = await intake.call(me, SUBMIT, { id: candidateId });
    expect(errorOf(early)).toMatchObject({ code: 'DIAGNOSTIC_INCOMPLETE' });
    expect(errorOf(early).message).toContain('project_kind: an answer is required');

    const wrong = await intake.call(me, SAVE, {
      id: candidateId,
      answers: [{ questionId: 'wellbeing', number: 9 }],
    });
    expect(errorOf(wrong)).toEqual({ code: 'BAD_USER_INPUT', message: 'wellbeing: must be at most 5' });

    const someoneElse = await intake.call(candidateIdentity(randomUUID()), SAVE, {
      id: candidateId,
      answers: [{ questionId: 'wellbeing', number: 3 }],
    });
    expect(errorOf(someoneElse).code).toBe('CANDIDATE_NOT_FOUND');

    const resumed = ok(
      await intake.call<{ saveDiagnosticAnswers: { unansweredQuestionIds: string[] } }>(me, SAVE, {
        id: candidateId,
        answers: COMPLETE_ANSWERS.slice(4),
      }),
    );
    expect(resumed.saveDiagnosticAnswers.unansweredQuestionIds).toEqual([]);

    const submitted = ok(
      await intake.call<{ submitDiagnostic: { status: string; orientation: Record<string, unknown> } }>(
        me,
        SUBMIT,
        {
          id: candidateId,
        },
      ),
    );
    expect(submitted.submitDiagnostic).toEqual({
      status: 'SUBMITTED',
      orientation: {
        track: 'RETRAINING',
        source: 'RULES',
        reasons: [
          { code: 'project_new_occupation' },
          { code: 'clear_project' },
          { code: 'open_to_training' },
        ],
        distressFlag: true,
        distressReasons: [{ code: 'distress_answer' }],
      },
    });
    const [diagnosed] = await published(candidateId, 'CandidateDiagnosed');
    expect(diagnosed!.payload).toMatchObject({
      candidateId,
      programmeId,
      questionnaireVersion: '2026.1',
      track: 'retraining',
      source: 'rules',
      distressFlag: true,
      mobilityRadiusKm: 40,
      languages: ['fr', 'pt'],
    });
    expect(JSON.stringify(diagnosed)).not.toContain('care_duties');

    const twice = await intake.call(me, SUBMIT, { id: candidateId });
    expect(errorOf(twice).code).toBe('DIAGNOSTIC_ALREADY_SUBMITTED');
  });

  it('lets the assigned coach read and override once CoachAssigned arrives; the newest assignment wins', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'D-2');
    const me = candidateIdentity(candidateId);
    ok(await intake.call(me, SAVE, { id: candidateId, answers: COMPLETE_ANSWERS }));
    ok(await intake.call(me, SUBMIT, { id: candidateId }));

    const before = ok(await intake.call<{ candidate: unknown }>(coach, DIAGNOSTIC, { id: candidateId }));
    expect(before.candidate).toBeNull();

    await intake.publish(coachAssigned(candidateId, programmeId, COACH, '2026-03-10T09:00:00.000Z'));
    // An older assignment arriving late does not take the person away from their coach.
    await intake.publish(coachAssigned(candidateId, programmeId, OTHER_COACH, '2026-03-01T09:00:00.000Z'));
    const seen = await waitFor(
      async () => {
        const result = await intake.call<{ candidate: { diagnostic: { answers: unknown[] } } | null }>(
          coach,
          DIAGNOSTIC,
          {
            id: candidateId,
          },
        );
        return result.data?.candidate ?? undefined;
      },
      { what: 'the coach to see their new caseload' },
    );
    expect(seen.diagnostic.answers).toContainEqual({
      questionId: 'constraints',
      choice: null,
      choices: ['care_duties', 'no_vehicle'],
      number: null,
    });
    await waitFor(
      async () => {
        const rows = await intake.sql.query(`SELECT count(*)::int AS n FROM inbox_message`);
        return rows.rows[0].n >= 2;
      },
      { what: 'both assignments to be applied' },
    );
    expect(
      ok(await intake.call<{ candidate: unknown }>(otherCoach, DIAGNOSTIC, { id: candidateId })).candidate,
    ).toBeNull();

    const alerted = async (identity: Identity) =>
      ok(
        await intake.call<{ distressAlerts: { candidateId: string; reasons: { code: string }[] }[] }>(
          identity,
          `{ distressAlerts { candidateId reasons { code } } }`,
        ),
      ).distressAlerts.filter((alert) => alert.candidateId === candidateId);
    expect(await alerted(coach)).toEqual([{ candidateId, reasons: [{ code: 'distress_answer' }] }]);
    expect(await alerted(ops)).toHaveLength(1);
    expect(await alerted(otherCoach)).toEqual([]);
    expect(await alerted(opsB)).toEqual([]);
    expect(
      errorOf(
        await intake.call(
          { subject: 'hr', role: 'sponsor', sponsorIds: [randomUUID()] },
          `{ distressAlerts { candidateId } }`,
        ),
      ).code,
    ).toBe('FORBIDDEN');

    const reads = await intake.sql.query(
      `SELECT reader_subject, reader_role, what FROM confidential_read WHERE candidate_id = $1`,
      [candidateId],
    );
    expect(reads.rows).toEqual([
      { reader_subject: 'coach-1', reader_role: 'coach', what: 'diagnostic_answers' },
    ]);

    const OVERRIDE = `mutation O($input: OverrideTrackInput!) { overrideTrack(input: $input) { orientation { track source rulesTrack } } }`;
    const input = {
      candidateId,
      track: 'DIRECT_REEMPLOYMENT',
      reason: 'Offre ferme dans son métier, elle préfère la saisir.',
    };
    expect(errorOf(await intake.call(otherCoach, OVERRIDE, { input })).code).toBe('CANDIDATE_NOT_FOUND');
    expect(errorOf(await intake.call(coach, OVERRIDE, { input: { ...input, reason: 'because' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    const overridden = ok(await intake.call<{ overrideTrack: unknown }>(coach, OVERRIDE, { input }));
    expect(overridden.overrideTrack).toEqual({
      orientation: { track: 'DIRECT_REEMPLOYMENT', source: 'COACH_OVERRIDE', rulesTrack: 'RETRAINING' },
    });
    const events = await published(candidateId, 'CandidateDiagnosed', 2);
    expect(events[1]!.payload).toMatchObject({
      track: 'direct_reemployment',
      source: 'coach_override',
      distressFlag: true,
    });
    const audit = await intake.sql.query(
      `SELECT coach_id, actor_subject, from_track, to_track, reason, overridden_at FROM track_override WHERE candidate_id = $1`,
      [candidateId],
    );
    expect(audit.rows).toEqual([
      {
        coach_id: COACH,
        actor_subject: 'coach-1',
        from_track: 'retraining',
        to_track: 'direct_reemployment',
        reason: input.reason,
        overridden_at: expect.any(Date),
      },
    ]);
  });

  it('never shows the answers to ops, and nothing of a diagnostic to sponsor HR', async () => {
    const { programmeId, sponsorId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'D-3');
    ok(
      await intake.call(candidateIdentity(candidateId), SAVE, { id: candidateId, answers: COMPLETE_ANSWERS }),
    );

    const opsView = await intake.call(
      ops,
      `query D($id: ID!) { candidate(id: $id) { diagnostic { answers { questionId } } } }`,
      {
        id: candidateId,
      },
    );
    expect(errorOf(opsView).code).toBe('FORBIDDEN');
    const opsOrientation = ok(
      await intake.call<{ candidate: { diagnostic: { status: string } } }>(
        ops,
        `query D($id: ID!) { candidate(id: $id) { diagnostic { status } } }`,
        { id: candidateId },
      ),
    );
    expect(opsOrientation.candidate.diagnostic.status).toBe('IN_PROGRESS');

    const sponsor: Identity = { subject: 'hr', role: 'sponsor', sponsorIds: [sponsorId] };
    const sponsorView = await intake.call(sponsor, DIAGNOSTIC, { id: candidateId });
    expect(errorOf(sponsorView).code).toBe('FORBIDDEN');
    expect(JSON.stringify(sponsorView)).not.toContain('care_duties');
  });
});

describe('outcomes and valid job offers', () => {
  it('records, corrects (keeping the history) and logs OVE decisions, with events', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'O-1');
    const RECORD = `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id category current } }`;
    const outcome = {
      candidateId,
      category: 'FIXED_TERM_6_MONTHS_OR_MORE',
      outcomeDate: '2026-05-04',
      employerName: 'Transports Rhône',
      jobTitle: 'Logisticienne',
      occupationCode: 'N1301',
      contractMonths: 4,
    };
    const tooShort = errorOf(await intake.call(ops, RECORD, { input: outcome }));
    expect(tooShort).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'contractMonths: 4 months is shorter than 6: record it as SHORT_FIXED_TERM_OR_TEMPORARY',
    });
    expect(errorOf(await intake.call(opsB, RECORD, { input: { ...outcome, contractMonths: 9 } })).code).toBe(
      'CANDIDATE_NOT_FOUND',
    );
    const recorded = ok(
      await intake.call<{ recordOutcome: { id: string } }>(ops, RECORD, {
        input: { ...outcome, contractMonths: 9 },
      }),
    );
    expect(errorOf(await intake.call(ops, RECORD, { input: { ...outcome, contractMonths: 9 } })).code).toBe(
      'OUTCOME_ALREADY_RECORDED',
    );
    const corrected = ok(
      await intake.call<{ correctOutcome: { id: string; category: string } }>(
        ops,
        `mutation C($input: CorrectOutcomeInput!) { correctOutcome(input: $input) { id category } }`,
        {
          input: {
            ...outcome,
            category: 'PERMANENT_CONTRACT',
            contractMonths: null,
            reason: 'Le CDD a été transformé en CDI à la signature.',
          },
        },
      ),
    );
    const events = await published(candidateId, 'CandidateOutcomeRecorded', 2);
    expect(events.map((event) => event.payload)).toMatchObject([
      {
        outcomeId: recorded.recordOutcome.id,
        category: 'fixed_term_6_months_or_more',
        outcomeDate: '2026-05-04',
      },
      { outcomeId: corrected.correctOutcome.id, category: 'permanent_contract' },
    ]);
    const history = ok(
      await intake.call<{
        candidate: {
          outcome: { category: string };
          outcomeHistory: { current: boolean; correctsOutcomeId: string | null }[];
        };
      }>(
        candidateIdentity(candidateId),
        `query H($id: ID!) { candidate(id: $id) { outcome { category } outcomeHistory { current correctsOutcomeId } } }`,
        { id: candidateId },
      ),
    );
    expect(history.candidate.outcome.category).toBe('PERMANENT_CONTRACT');
    expect(history.candidate.outcomeHistory).toEqual([
      { current: false, correctsOutcomeId: null },
      { current: true, correctsOutcomeId: recorded.recordOutcome.id },
    ]);

    const offer = ok(
      await intake.call<{ logValidJobOffer: { id: string; decision: string } }>(
        ops,
        `mutation L($input: LogValidJobOfferInput!) { logValidJobOffer(input: $input) { id decision } }`,
        {
          input: {
            candidateId,
            employerName: 'Leroy Logistique',
            jobTitle: 'Cariste',
            occupationCode: 'N1101',
            contractType: 'PERMANENT',
            offeredOn: '2026-04-10',
          },
        },
      ),
    );
    const DECIDE = `mutation D($input: DecideValidJobOfferInput!) { decideValidJobOffer(input: $input) { decision decisionReason } }`;
    const noReason = errorOf(
      await intake.call(ops, DECIDE, {
        input: { validJobOfferId: offer.logValidJobOffer.id, decision: 'REFUSED' },
      }),
    );
    expect(noReason).toEqual({ code: 'BAD_USER_INPUT', message: 'reason: a refusal records its reason' });
    const refused = ok(
      await intake.call<{ decideValidJobOffer: unknown }>(ops, DECIDE, {
        input: {
          validJobOfferId: offer.logValidJobOffer.id,
          decision: 'REFUSED',
          reason: 'Poste à 90 km, sans véhicule.',
        },
      }),
    );
    expect(refused.decideValidJobOffer).toEqual({
      decision: 'REFUSED',
      decisionReason: 'Poste à 90 km, sans véhicule.',
    });
    const logged = await published(candidateId, 'ValidJobOfferLogged', 2);
    expect(logged.map((event) => (event.payload as { decision: string }).decision)).toEqual([
      'pending',
      'refused',
    ]);
  });

  it('keeps one current outcome when two are recorded at the same moment', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'O-2');
    const RECORD = `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
    const input = { candidateId, category: 'TRAINING', outcomeDate: '2026-05-04' };
    const results = await Promise.all([1, 2, 3].map(() => intake.call(ops, RECORD, { input })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.errors))
      expect(errorOf(result).code).toBe('OUTCOME_ALREADY_RECORDED');
    const rows = await intake.sql.query(`SELECT count(*)::int AS n FROM outcome WHERE candidate_id = $1`, [
      candidateId,
    ]);
    expect(rows.rows[0].n).toBe(1);
  });

  it('gives sponsor HR counts for their programme only, small groups suppressed', async () => {
    const { programmeId, sponsorId } = await setUpProgramme();
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => enrol(programmeId, `S-${i}`)));
    const categories = [...Array(6).fill('PERMANENT_CONTRACT'), ...Array(3).fill('TRAINING')] as string[];
    for (const [index, category] of categories.entries()) {
      const candidateId = people[index]!;
      ok(
        await intake.call(
          ops,
          `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
          {
            input: {
              candidateId,
              category,
              outcomeDate: '2026-05-04',
              employerName: 'Acme',
            },
          },
        ),
      );
    }
    const SUMMARY = `query S($id: ID!) { programmeOutcomeSummary(programmeId: $id) { people peopleSuppressed peopleSuppression outcomes { category count suppressed suppression } } }`;
    const sponsor: Identity = { subject: 'hr', role: 'sponsor', sponsorIds: [sponsorId] };
    const summary = ok(
      await intake.call<{
        programmeOutcomeSummary: {
          people: number;
          peopleSuppression: string | null;
          outcomes: {
            category: string;
            count: number | null;
            suppressed: boolean;
            suppression: string | null;
          }[];
        };
      }>(sponsor, SUMMARY, { id: programmeId }),
    ).programmeOutcomeSummary;
    expect(summary).toMatchObject({ people: 12, peopleSuppression: null });
    const shown = (category: string, count: number | null) => ({
      category,
      count,
      suppressed: count === null,
      suppression: count === null ? 'SMALL_GROUP' : null,
    });
    // Three in training and three still searching are hidden together; the zeros beside them too,
    // or "nobody retired" would narrow down where those six are.
    expect(summary.outcomes).toEqual([
      shown('PERMANENT_CONTRACT', 6),
      shown('FIXED_TERM_6_MONTHS_OR_MORE', null),
      shown('SHORT_FIXED_TERM_OR_TEMPORARY', null),
      shown('BUSINESS_CREATION', null),
      shown('TRAINING', null),
      shown('RETIREMENT', null),
      shown('OTHER', null),
      shown('STILL_SEARCHING', null),
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/Moreira|Acme|[0-9a-f]{8}-[0-9a-f]{4}/);

    const otherSponsor: Identity = { subject: 'hr2', role: 'sponsor', sponsorIds: [randomUUID()] };
    expect(errorOf(await intake.call(otherSponsor, SUMMARY, { id: programmeId })).code).toBe(
      'PROGRAMME_NOT_FOUND',
    );
  });
});

describe('consent, export and erasure', () => {
  it('records consent with its version and time, and exports the person as a JSON document', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'G-1');
    const me = candidateIdentity(candidateId);
    const CONSENT = `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { noticeVersion granted current recordedAt } }`;
    expect(
      errorOf(
        await intake.call(me, CONSENT, { input: { candidateId, noticeVersion: '1999', granted: true } }),
      ).code,
    ).toBe('PRIVACY_NOTICE_NOT_FOUND');
    const consent = ok(
      await intake.call<{ recordConsent: { recordedAt: string } }>(me, CONSENT, {
        input: { candidateId, noticeVersion: '2026.1', granted: true },
      }),
    );
    expect(consent.recordConsent).toMatchObject({ noticeVersion: '2026.1', granted: true, current: true });
    ok(await intake.call(me, SAVE, { id: candidateId, answers: COMPLETE_ANSWERS.slice(0, 3) }));

    const EXPORT = `query X($id: ID!) {
      exportPersonalData(candidateId: $id) {
        fileName contentType document complete summaryHtml
        services { service answered missingReason sections { name records } }
      }
    }`;
    expect(errorOf(await intake.call(coach, EXPORT, { id: candidateId })).code).toBe('FORBIDDEN');
    expect(errorOf(await intake.call(opsB, EXPORT, { id: candidateId })).code).toBe('CANDIDATE_NOT_FOUND');
    const exported = ok(
      await intake.call<{
        exportPersonalData: {
          fileName: string;
          contentType: string;
          document: string;
          complete: boolean;
          summaryHtml: string;
          services: { service: string; answered: boolean; missingReason: string | null }[];
        };
      }>(me, EXPORT, { id: candidateId }),
    ).exportPersonalData;
    expect(exported.contentType).toBe('application/json');
    expect(exported.fileName).toMatch(
      new RegExp(`^passerelle-donnees-${candidateId}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const document = JSON.parse(exported.document);
    expect(document).toMatchObject({
      format: 'passerelle.personal-data/2',
      complete: false,
      person: { id: candidateId, firstName: 'Inês', lastName: 'Moreira', email: 'g-1@example.org' },
      programme: { id: programmeId, sponsor: 'Acme', type: 'pse' },
      consents: [{ noticeVersion: '2026.1', granted: true }],
      diagnostic: { answers: { income_urgency: 'within_6_months', wellbeing: 2, stress: 4 } },
      readsOfConfidentialData: [{ actorRole: 'candidate', what: 'data_export' }],
      parts: { assessment: { missing: 'unavailable' }, identity: { missing: 'unavailable' } },
    });
    // Intake runs alone here: every other service's part is named missing, never silently dropped.
    expect(exported.complete).toBe(false);
    expect(exported.services.map((part) => [part.service, part.answered, part.missingReason])).toEqual([
      ['intake', true, null],
      ['assessment', false, 'UNAVAILABLE'],
      ['pathway', false, 'UNAVAILABLE'],
      ['matching', false, 'UNAVAILABLE'],
      ['scheduling', false, 'UNAVAILABLE'],
      ['notifier', false, 'UNAVAILABLE'],
      ['identity', false, 'UNAVAILABLE'],
      ['career', false, 'UNAVAILABLE'],
    ]);
    expect(exported.summaryHtml).toContain('Export incomplet.');
    expect(exported.summaryHtml).toContain('Inês Moreira');
  });

  it('withdrawing consent stops new diagnostic answers (CONSENT_REQUIRED) and keeps those saved', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'G-3');
    const me = candidateIdentity(candidateId);
    const CONSENT = `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`;
    const consent = (granted: boolean) =>
      intake.call(me, CONSENT, { input: { candidateId, noticeVersion: '2026.1', granted } });
    ok(await consent(true));
    ok(await intake.call(me, SAVE, { id: candidateId, answers: COMPLETE_ANSWERS.slice(0, 3) }));
    ok(await consent(false));

    const refused = errorOf(
      await intake.call(me, SAVE, { id: candidateId, answers: COMPLETE_ANSWERS.slice(3) }),
    );
    expect(refused.code).toBe('CONSENT_REQUIRED');
    expect(refused.message).toMatch(/withdrawn on .*answers saved before are kept/);
    expect(errorOf(await intake.call(me, SUBMIT, { id: candidateId })).code).toBe('CONSENT_REQUIRED');
    // What was saved before the withdrawal stays, as the notice says.
    const kept = ok(
      await intake.call<{ candidate: { diagnostic: { status: string; answers: unknown[] } } }>(
        me,
        DIAGNOSTIC,
        {
          id: candidateId,
        },
      ),
    );
    expect(kept.candidate.diagnostic).toMatchObject({ status: 'IN_PROGRESS' });
    expect(kept.candidate.diagnostic.answers).toHaveLength(3);
    const notice = ok(
      await intake.call<{ privacyNotice: { consentWithdrawal: string } }>(
        me,
        `{ privacyNotice { version consentWithdrawal } }`,
      ),
    );
    expect(notice.privacyNotice.consentWithdrawal).toContain('Ce qui est déjà enregistré n’est pas effacé');

    // Consent given again: the person goes on where they stopped.
    ok(await consent(true));
    ok(await intake.call(me, SAVE, { id: candidateId, answers: COMPLETE_ANSWERS.slice(3) }));
    expect(
      ok(await intake.call<{ submitDiagnostic: { status: string } }>(me, SUBMIT, { id: candidateId })),
    ).toMatchObject({ submitDiagnostic: { status: 'SUBMITTED' } });
  });

  it('erases the person in one transaction, announces CandidateErased and leaves no personal data', async () => {
    const { programmeId } = await setUpProgramme();
    const candidateId = await enrol(programmeId, 'G-2', 'Oubliée-Lefort');
    const me = candidateIdentity(candidateId);
    ok(
      await intake.call(
        me,
        `mutation { recordConsent(input: { candidateId: "${candidateId}", noticeVersion: "2026.1", granted: true }) { granted } }`,
      ),
    );
    ok(await intake.call(me, SAVE, { id: candidateId, answers: COMPLETE_ANSWERS }));
    ok(await intake.call(me, SUBMIT, { id: candidateId }));
    await intake.publish(coachAssigned(candidateId, programmeId, COACH, '2026-03-10T09:00:00.000Z'));
    await waitFor(
      async () =>
        (await intake.call<{ candidate: unknown }>(coach, DIAGNOSTIC, { id: candidateId })).data?.candidate,
      {
        what: 'the assignment',
      },
    );
    ok(
      await intake.call(
        coach,
        `mutation O($input: OverrideTrackInput!) { overrideTrack(input: $input) { status } }`,
        {
          input: {
            candidateId,
            track: 'BUSINESS_CREATION',
            reason: 'Projet de reprise de commerce confirmé.',
          },
        },
      ),
    );
    ok(
      await intake.call(
        coach,
        `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
        {
          input: {
            candidateId,
            category: 'BUSINESS_CREATION',
            outcomeDate: '2026-06-01',
            employerName: 'Épicerie Lefort',
          },
        },
      ),
    );
    ok(
      await intake.call(
        coach,
        `mutation L($input: LogValidJobOfferInput!) { logValidJobOffer(input: $input) { id } }`,
        {
          input: {
            candidateId,
            employerName: 'X',
            jobTitle: 'Vendeuse',
            contractType: 'TEMPORARY',
            offeredOn: '2026-04-01',
          },
        },
      ),
    );
    // The person asked to be erased: ops answer it by erasing them.
    ok(
      await intake.call(
        candidateIdentity(candidateId),
        `mutation R($id: ID!) { requestErasure(candidateId: $id) { requestedAt } }`,
        { id: candidateId },
      ),
    );
    // Pathway flagged them at risk (the outcome above already placed them: a status change).
    await intake.publish(
      createEvent('CandidateAtRisk.v1', candidateId, {
        candidateId,
        pathwayId: randomUUID(),
        reasons: ['inactivity'],
        urgency: 'normal',
        detectedAt: '2026-06-01T09:00:00.000Z',
      }),
    );
    await waitFor(
      async () =>
        (await intake.sql.query(`SELECT 1 FROM candidate_risk WHERE candidate_id = $1`, [candidateId]))
          .rowCount
          ? true
          : undefined,
      { what: 'the risk kept' },
    );
    const countRows = async () => {
      const counts: Record<string, number> = {};
      for (const table of PERSONAL_DATA_TABLES) {
        const result = await intake.sql.query(
          `SELECT count(*)::int AS n FROM "${table}" WHERE candidate_id = $1`,
          [candidateId],
        );
        counts[table] = result.rows[0].n;
      }
      const person = await intake.sql.query(`SELECT count(*)::int AS n FROM candidate WHERE id = $1`, [
        candidateId,
      ]);
      counts['candidate'] = person.rows[0].n;
      return counts;
    };
    const before = await countRows();
    for (const table of [...PERSONAL_DATA_TABLES, 'candidate'])
      expect({ table, rows: before[table] }).toEqual({ table, rows: expect.any(Number) });
    expect(Object.values(before).every((n) => n > 0)).toBe(true);

    const ERASE = `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId erasedAt } }`;
    expect(errorOf(await intake.call(coach, ERASE, { id: candidateId })).code).toBe('FORBIDDEN');
    expect(errorOf(await intake.call(me, ERASE, { id: candidateId })).code).toBe('FORBIDDEN');
    expect(errorOf(await intake.call(opsB, ERASE, { id: candidateId })).code).toBe('CANDIDATE_NOT_FOUND');
    const receipt = ok(
      await intake.call<{ eraseCandidate: { candidateId: string } }>(ops, ERASE, { id: candidateId }),
    );
    expect(receipt.eraseCandidate.candidateId).toBe(candidateId);

    const [erased] = await published(candidateId, 'CandidateErased');
    expect(erased!.payload).toEqual({ candidateId, erasedAt: expect.any(String) });
    expect(Object.values(await countRows()).every((n) => n === 0)).toBe(true);
    // Nothing that names the person is left anywhere in intake's tables.
    const leftovers = await intake.sql.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY')`,
    );
    for (const { table_name } of leftovers.rows as { table_name: string }[]) {
      const hit = await intake.sql.query(
        `SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE ANY($1)`,
        [['%Oubliée-Lefort%', '%g-2@example.org%', '%Projet de reprise%', '%Épicerie Lefort%']],
      );
      expect({ table: table_name, rows: hit.rows[0].n }).toEqual({ table: table_name, rows: 0 });
    }
    expect(
      (
        await intake.sql.query(`SELECT count(*)::int AS n FROM candidate_erasure WHERE candidate_id = $1`, [
          candidateId,
        ])
      ).rows[0].n,
    ).toBe(1);

    // A late assignment does not bring the person back into a caseload.
    await intake.publish(coachAssigned(candidateId, programmeId, OTHER_COACH, '2026-04-10T09:00:00.000Z'));
    const late = createEvent('CoachAssigned.v1', candidateId, {
      candidateId,
      programmeId,
      coachId: OTHER_COACH,
      officeId: OFFICE_A,
      previousCoachId: null,
      mode: 'reassignment',
      assignedAt: '2026-04-11T09:00:00.000Z',
    });
    await intake.publish(late);
    await waitFor(
      async () => {
        const rows = await intake.sql.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [
          late.eventId,
        ]);
        return rows.rowCount === 1;
      },
      { what: 'the late assignment to be consumed' },
    );
    expect(
      (
        await intake.sql.query(`SELECT count(*)::int AS n FROM caseload_assignment WHERE candidate_id = $1`, [
          candidateId,
        ])
      ).rows[0].n,
    ).toBe(0);
    expect(errorOf(await intake.call(ops, ERASE, { id: candidateId })).code).toBe('CANDIDATE_NOT_FOUND');
  });
});
