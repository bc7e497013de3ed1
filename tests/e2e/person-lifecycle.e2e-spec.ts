import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { officeHolidays } from '@passerelle/scheduling/domain';
import {
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  waitFor,
  type AnyData,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// A person paused and brought back, every service checked through the gateway with real tokens:
// intake records and announces the change; scheduling keeps the past and frees the future (a
// one-to-one cancelled, a workshop seat given up, nothing more booked); pathway stops flagging
// them at risk and stops planning; back, planning and the risk rules resume and booking works.

const LYON = randomUUID();
let platform: RunningPlatform;
let ops: string;
let coach: string;
let person: string;
let candidateId: string;
let colleague: string;

const DISTRESS_ANSWERS = [
  { questionId: 'income_urgency', choice: 'immediate' },
  { questionId: 'wellbeing', number: 1 },
  { questionId: 'stress', number: 5 },
  { questionId: 'distress_signal', choice: 'often' },
  { questionId: 'project_clarity', choice: 'some_ideas' },
  { questionId: 'project_kind', choice: 'same_occupation' },
  { questionId: 'open_to_training', choice: 'no' },
  { questionId: 'years_to_retirement', number: 20 },
  { questionId: 'mobility_radius_km', number: 25 },
  { questionId: 'relocation', choice: 'no' },
  { questionId: 'languages', choices: ['fr'] },
];

/** The `days`-th working day ahead (no weekend, no French holiday) at a Lyon wall-clock time. */
function lyonDay(days: number, hour: number): string {
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour }).toUTC().toISO()!;
}

const ok = <T = AnyData>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  platform.as(token).ok<T>(query, variables);
const request = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  (await platform.as(token).request(query, variables)).body;

const SESSION = `query S($id: ID!) { session(id: $id) { status seatsTaken } }`;
const PATHWAY = `query P($id: ID!) { candidate(id: $id) { status pathway { status risk { urgency } history { action } } } }`;
type PathwayView = {
  candidate: {
    status: string;
    pathway: { status: string; risk: { urgency: string } | null; history: { action: string }[] } | null;
  };
};
const CHANGE = `mutation S($input: ChangeCandidateStatusInput!) { changeCandidateStatus(input: $input) { to } }`;

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  await createOffice(platform.as(ops), { id: LYON, openingHours: weekdays('08:00', '19:00') });
  const coachId = await createCoach(platform.as(ops), {
    displayName: 'Amel',
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING', 'BUSINESS_CREATION', 'RETIREMENT_TRANSITION'],
    maxCaseload: 10,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  coach = await platform.token({ sub: 'amel', role: 'coach', coach_id: coachId, office_ids: [LYON] });
  const { programmeId } = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Verrerie du Rhône',
    name: 'PSE Verrerie',
    officeIds: [LYON],
    terms: {
      type: 'PSE',
      sites: ['Lyon'],
      headcount: 40,
      startDate: DateTime.now().minus({ days: 14 }).toISODate()!,
      durationMonths: 12,
      sessionBudgetPerPerson: 12,
      outcomeTargets: [],
    },
  });
  candidateId = await enrol(platform.as(ops), { programmeId, employeeNumber: 'LC-1', languages: ['fr'] });
  colleague = await enrol(platform.as(ops), { programmeId, employeeNumber: 'LC-2', languages: ['fr'] });
  for (const id of [candidateId, colleague]) await coachAssignedTo(platform.as(ops), id);
  person = await platform.token({ sub: 'lc-1', role: 'candidate', candidate_id: candidateId });
  await ok(person, `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`, {
    input: { candidateId, noticeVersion: '2026.1', granted: true },
  });
  await ok(
    person,
    `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`,
    { id: candidateId, answers: DISTRESS_ANSWERS },
  );
  await ok(person, `mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { id } }`, { id: candidateId });
  await waitFor(
    async () => {
      const { candidate } = await ok<PathwayView>(coach, PATHWAY, { id: candidateId });
      return candidate.pathway?.status === 'PLANNED' && candidate.pathway.risk?.urgency === 'IMMEDIATE';
    },
    { what: 'a plan, and the distress flagged at once', timeoutMs: 60_000 },
  );
});

afterAll(async () => {
  await platform?.stop();
});

describe('a person paused, then back, across the services', () => {
  let noShow: string;
  let followUp: string;
  let workshop: string;

  it('pausing keeps the past, frees the future and stops the at-risk flag', async () => {
    noShow = (
      await bookSession<{ id: string }>(platform.as(ops), {
        candidateIds: [candidateId],
        kind: 'WELCOME',
        mode: 'PHONE',
        startsAt: lyonDay(2, 9),
      })
    ).id;
    await ok(coach, `mutation N($id: ID!) { markNoShow(sessionId: $id) { status } }`, { id: noShow });
    followUp = (
      await bookSession<{ id: string }>(platform.as(ops), {
        candidateIds: [candidateId],
        kind: 'FOLLOW_UP',
        mode: 'PHONE',
        startsAt: lyonDay(4, 11),
      })
    ).id;
    workshop = (
      await bookSession<{ id: string }>(platform.as(coach), {
        candidateIds: [candidateId, colleague],
        kind: 'GROUP_WORKSHOP',
        mode: 'VIDEO',
        seatLimit: 8,
        startsAt: lyonDay(5, 14),
      })
    ).id;

    const paused = await ok(ops, CHANGE, {
      input: {
        candidateId,
        status: 'PAUSED',
        reason: 'ILLNESS',
        expectedReturnOn: DateTime.now().plus({ days: 40 }).toISODate(),
      },
    });
    expect(paused).toEqual({ changeCandidateStatus: { to: 'PAUSED' } });

    // Scheduling: the future given up, the past untouched, the colleague still seated.
    await waitFor(async () => (await ok(ops, SESSION, { id: followUp })).session.status === 'CANCELLED', {
      what: 'the follow-up cancelled',
      timeoutMs: 60_000,
    });
    await waitFor(async () => (await ok(ops, SESSION, { id: workshop })).session.seatsTaken === 1, {
      what: 'the workshop seat freed',
      timeoutMs: 60_000,
    });
    expect((await ok(ops, SESSION, { id: workshop })).session.status).toBe('BOOKED');
    expect((await ok(ops, SESSION, { id: noShow })).session.status).toBe('NO_SHOW');
    expectGraphQLError(
      await request(ops, `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`, {
        input: { candidateIds: [candidateId], kind: 'FOLLOW_UP', mode: 'PHONE', startsAt: lyonDay(6, 10) },
      }),
      'CANDIDATE_NOT_ACTIVE',
    );

    // Pathway: no risk flagged while away, and the at-risk list no longer holds them.
    const held = await waitFor(
      async () => {
        const { candidate } = await ok<PathwayView>(coach, PATHWAY, { id: candidateId });
        return candidate.pathway?.risk === null ? candidate : null;
      },
      { what: 'the risk lifted while paused', timeoutMs: 60_000 },
    );
    expect(held.status).toBe('PAUSED');
    expect(held.pathway!.history.map((h) => h.action)).toContain('paused');
    const atRisk = await ok<{ atRiskCandidates: { candidateId: string }[] }>(
      coach,
      `{ atRiskCandidates { candidateId } }`,
    );
    expect(atRisk.atRiskCandidates.map((c) => c.candidateId)).not.toContain(candidateId);
  });

  it('back, planning and the risk rules resume, and sessions can be booked again', async () => {
    await ok(ops, CHANGE, { input: { candidateId, status: 'ACTIVE', reason: 'RETURNED' } });
    const back = await waitFor(
      async () => {
        const { candidate } = await ok<PathwayView>(coach, PATHWAY, { id: candidateId });
        return candidate.pathway?.history.some((h) => h.action === 'resumed') ? candidate : null;
      },
      { what: 'the plan resumed', timeoutMs: 60_000 },
    );
    // Still not seen since the diagnostic: the distress is flagged again, at once.
    expect(back.pathway!.risk).toEqual({ urgency: 'IMMEDIATE' });
    await waitFor(
      async () => {
        const booked = await request(
          ops,
          `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
          {
            input: {
              candidateIds: [candidateId],
              kind: 'FOLLOW_UP',
              mode: 'PHONE',
              startsAt: lyonDay(6, 10),
            },
          },
        );
        return booked.errors ? null : booked;
      },
      { what: 'a session booked again once back', timeoutMs: 60_000 },
    );
    // What was given up stays given up.
    expect((await ok(ops, SESSION, { id: followUp })).session.status).toBe('CANCELLED');
  });
});
