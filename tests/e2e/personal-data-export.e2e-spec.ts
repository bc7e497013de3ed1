import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { signServiceToken } from '@passerelle/shared/auth';
import {
  createCoach,
  createOffice,
  createRoom,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { importProjectInstruments, importRiasec, importRome } from '@passerelle/assessment/feature-import';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { officeHolidays } from '@passerelle/scheduling/domain';
import { startPlatform, type RunningPlatform } from './platform-harness';

/**
 * A person's data export (GDPR articles 15 and 20; decision 0022) through the gateway with real
 * tokens: two people go through the journey side by side (enrolment, consent, diagnostic, a coach,
 * a plan, an assessment from the plan, occupations suggested, a booked session and its message);
 * the first one's archive holds a part from every service, and nothing of the second person's.
 */
const ROOT = join(__dirname, '..', '..');
const LYON = randomUUID();
const PARIS = randomUUID();
const COACH = randomUUID();
const SERVICES = [
  'intake',
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'notifier',
  'identity',
  'career',
];

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

const EXPORT = `query X($id: ID!) { exportPersonalData(candidateId: $id) {
  fileName contentType document complete summaryFileName summaryHtml
  services { service answered missingReason sections { name records } }
} }`;

interface Contribution {
  service: string;
  answered: boolean;
  missingReason: string | null;
  sections: { name: string; records: number }[];
}
interface Archive {
  fileName: string;
  document: string;
  complete: boolean;
  summaryHtml: string;
  services: Contribution[];
}

interface Person {
  candidateId: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
}

let platform: RunningPlatform;
const tokens: Record<string, string> = {};
const client = (who: string) => platform.as(tokens[who]!);
const as = async (who: string, query: string, variables: Record<string, unknown> = {}) =>
  (await client(who).request<Record<string, unknown>>(query, variables)).body;
const ok = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  client(who).ok(query, variables);

/** The `days`-th working day ahead (no weekend, no French holiday), at a local time in Lyon. */
function workingDayAhead(days: number, hour: number): DateTime {
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [day.year, day.year + 1]);
  for (let left = days; left > 0;) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour });
}

let programmeId: string;
let workshopId: string;
let roomId: string;
const people: Record<'first' | 'second', Person> = {} as never;
const assessmentIds: Record<string, string> = {};
const lastSeen: Record<string, unknown> = {};

/** One person's journey up to a booked session; resolves when every service holds something of them. */
async function journey(who: 'first' | 'second', person: Omit<Person, 'candidateId'>, day: number) {
  const candidateId = await enrol(client('ops'), {
    programmeId,
    ...person,
    formerJobTitle: 'Magasinier cariste',
    formerOccupationCode: 'N1103',
    languages: ['fr'],
  });
  people[who] = { candidateId, ...person };
  tokens[who] = await platform.token({ sub: `person-${who}`, role: 'candidate', candidate_id: candidateId });
  await ok(who, `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`, {
    input: { candidateId, noticeVersion: '2026.1', granted: true },
  });
  await ok(
    who,
    `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`,
    { id: candidateId, answers: DIAGNOSTIC_ANSWERS },
  );
  await ok(who, `mutation S($id: ID!) { submitDiagnostic(candidateId: $id) { status } }`, {
    id: candidateId,
  });
  // CandidateDiagnosed -> the coach (scheduling), the plan (pathway), then the plan's RIASEC (assessment).
  const assessmentId = await waitFor(
    async () => {
      const byOps = await as(
        'ops',
        `query P($id: ID!) { candidate(id: $id) { coachId pathway { status } } }`,
        {
          id: candidateId,
        },
      );
      const mine = await as(
        who,
        `query A($id: ID!) { candidate(id: $id) { assessments { id instrumentCode } } }`,
        {
          id: candidateId,
        },
      );
      if (byOps.errors || mine.errors) throw new Error(JSON.stringify([byOps.errors, mine.errors]));
      const seen = byOps.data?.['candidate'] as {
        coachId: string | null;
        pathway: { status: string } | null;
      };
      const assessments = (
        mine.data?.['candidate'] as { assessments: { id: string; instrumentCode: string }[] }
      ).assessments;
      lastSeen[who] = { ...seen, assessments };
      return seen.coachId === COACH && seen.pathway?.status === 'PLANNED'
        ? assessments.find((a) => a.instrumentCode === 'riasec-markers-48')?.id
        : null;
    },
    { what: `${who}: coach, plan and the plan's assessment`, timeoutMs: 45_000 },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last seen ${JSON.stringify(lastSeen[who])}`);
  });
  assessmentIds[who] = assessmentId;
  await ok(
    who,
    `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { progress { answered } } }`,
    {
      input: {
        assessmentId,
        answers: [
          { itemId: 'R1', value: 4 },
          { itemId: 'S1', value: 5 },
        ],
      },
    },
  );
  const startsAt = workingDayAhead(day, 10);
  await ok('ops', `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`, {
    input: {
      candidateIds: [candidateId],
      kind: 'WELCOME',
      mode: 'IN_PERSON',
      roomId,
      startsAt: startsAt.toUTC().toISO(),
    },
  });
}

const archiveOf = async (who: string, candidateId: string): Promise<Archive> =>
  (await ok(who, EXPORT, { id: candidateId })).exportPersonalData as Archive;
const recordsOf = (archive: Archive, service: string, section: string) =>
  archive.services.find((part) => part.service === service)?.sections.find((s) => s.name === section)
    ?.records ?? 0;

beforeAll(async () => {
  platform = await startPlatform();
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
  tokens['opsParis'] = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
  tokens['coach'] = await platform.token({
    sub: 'coach',
    role: 'coach',
    coach_id: COACH,
    office_ids: [LYON],
  });

  const created = await setUpProgramme(client('ops'), {
    sponsorName: 'Cartonnerie de Vénissieux',
    name: 'PSE Cartonnerie',
    officeIds: [LYON],
    terms: {
      type: 'PSE',
      sites: ['Vénissieux'],
      headcount: 80,
      startDate: DateTime.now().minus({ days: 7 }).toISODate(),
      durationMonths: 12,
      sessionBudgetPerPerson: 12,
      outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
    },
  });
  programmeId = created.programmeId;
  tokens['sponsor'] = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [created.sponsorId] });
  await createOffice(client('ops'), {
    id: LYON,
    name: 'Lyon Part-Dieu',
    address: '12 rue de la République, 69002 Lyon',
    timeZone: 'Europe/Paris',
    openingHours: weekdays('08:00', '20:00'),
  });
  roomId = await createRoom(client('ops'), { officeId: LYON, name: 'Saône', capacity: 6 });
  await createCoach(client('ops'), {
    id: COACH,
    displayName: 'Claire Conseil',
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 30,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  await Promise.all([
    journey(
      'first',
      {
        employeeNumber: 'CV-101',
        firstName: 'Yasmine',
        lastName: 'Ferrandière',
        email: 'yasmine.ferrandiere@example.org',
      },
      3,
    ),
    journey(
      'second',
      {
        employeeNumber: 'CV-202',
        firstName: 'Gaspard',
        lastName: 'Quintavalle',
        email: 'gaspard.quintavalle@example.org',
      },
      4,
    ),
  ]);
  // A workshop both attend: each one's export holds the session and their own place only.
  workshopId = (
    await ok('ops', `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`, {
      input: {
        candidateIds: [people.first.candidateId, people.second.candidateId],
        coachId: COACH,
        kind: 'GROUP_WORKSHOP',
        mode: 'VIDEO',
        seatLimit: 4,
        startsAt: workingDayAhead(5, 14).toUTC().toISO(),
      },
    })
  ).bookSession.id;
}, 150_000);

afterAll(async () => {
  await platform?.stop();
});

describe('a person’s archive from every service', () => {
  it('holds a part from every service, lists what each contributed, and nothing of another person', async () => {
    const { first, second } = people;
    // The session's message (notifier) and the account (identity) come from events: wait for them.
    const archive = await waitFor(
      async () => {
        const current = await archiveOf('first', first.candidateId);
        return recordsOf(current, 'notifier', 'messages') > 0 &&
          recordsOf(current, 'matching', 'occupationRecommendations') > 0 &&
          recordsOf(current, 'scheduling', 'sessions') > 0
          ? current
          : null;
      },
      { what: 'the session’s message, the suggestions and the session in the export', timeoutMs: 30_000 },
    );
    expect(archive.complete).toBe(true);
    expect(archive.services.map((part) => [part.service, part.answered, part.missingReason])).toEqual(
      SERVICES.map((service) => [service, true, null]),
    );
    const expected: [string, string][] = [
      ['intake', 'diagnostic'],
      ['intake', 'consents'],
      ['assessment', 'assessments'],
      ['assessment', 'answers'],
      ['pathway', 'pathway'],
      ['pathway', 'milestones'],
      ['matching', 'occupationRecommendations'],
      ['scheduling', 'coachAssignments'],
      ['scheduling', 'sessions'],
      ['notifier', 'messages'],
      ['identity', 'account'],
    ];
    for (const [service, section] of expected)
      expect({ service, section, some: recordsOf(archive, service, section) > 0 }).toEqual({
        service,
        section,
        some: true,
      });
    expect(recordsOf(archive, 'assessment', 'answers')).toBe(2);
    // The welcome session and the workshop shared with the second person: their own place only.
    expect(recordsOf(archive, 'scheduling', 'sessions')).toBe(2);
    expect(recordsOf(archive, 'scheduling', 'sessionPlaces')).toBe(2);

    const document = JSON.parse(archive.document);
    expect(document).toMatchObject({
      format: 'passerelle.personal-data/2',
      complete: true,
      person: { id: first.candidateId, lastName: 'Ferrandière' },
      parts: {
        assessment: {
          answers: expect.arrayContaining([expect.objectContaining({ itemId: 'R1', value: 4 })]),
        },
        identity: { account: [expect.objectContaining({ email: first.email })] },
        scheduling: {
          sessions: expect.arrayContaining([
            expect.objectContaining({ id: workshopId, kind: 'group_workshop' }),
          ]),
          sessionPlaces: [
            expect.objectContaining({ candidateId: first.candidateId }),
            expect.objectContaining({ candidateId: first.candidateId, sessionId: workshopId }),
          ],
        },
      },
    });
    // No secret of the account travels: no password digest, no invitation or factor secret.
    expect(archive.document).not.toMatch(
      /passwordHash|secretDigest|sealedSecret|recoveryCode|unsubscribeUrl/,
    );
    expect(archive.summaryHtml).toMatch(/^<!doctype html>/);
    expect(archive.summaryHtml).toContain('Yasmine Ferrandière');
    expect(archive.summaryHtml).toContain('Cet export est complet');
    expect(archive.summaryHtml).not.toMatch(/<script|<link|src=/i);

    // Nothing of the second person, in the JSON or in the summary.
    const everything = archive.document + archive.summaryHtml;
    for (const trace of [
      second.candidateId,
      second.firstName,
      second.lastName,
      second.email,
      second.employeeNumber,
    ])
      expect({ trace, found: everything.includes(trace) }).toEqual({ trace, found: false });
    // ... whose own archive is theirs, and holds nothing of the first.
    const theirs = await archiveOf('second', second.candidateId);
    expect(theirs.document).toContain(second.lastName);
    expect(theirs.document.includes(first.candidateId) || theirs.document.includes(first.lastName)).toBe(
      false,
    );
  });

  it.each([
    ['first', null],
    ['ops', null],
    ['second', 'CANDIDATE_NOT_FOUND'],
    ['opsParis', 'CANDIDATE_NOT_FOUND'],
    ['coach', 'FORBIDDEN'],
    ['sponsor', 'FORBIDDEN'],
  ])('%s asks for the first person’s archive (refusal code: %s)', async (who, code) => {
    const body = await as(who, EXPORT, { id: people.first.candidateId });
    if (code) {
      expectGraphQLError(body, code);
      expect(JSON.stringify(body)).not.toContain(people.first.lastName);
    } else {
      const archive = (body.data as { exportPersonalData: Archive }).exportPersonalData;
      expect(archive.complete).toBe(true);
      expect(archive.services).toHaveLength(SERVICES.length);
      expect(archive.summaryHtml).toContain(people.first.lastName);
    }
  });

  it('each service’s internal route answers intake’s token only, for that person only', async () => {
    const { first } = people;
    const query = `?requestedBy=person-first&requestedByRole=candidate`;
    const path = `internal/candidates/${first.candidateId}/personal-data${query}`;
    const secret = platform.identitySecret;
    for (const service of SERVICES.filter((name) => name !== 'intake')) {
      const url = new URL(path, platform.baseUrls[service]!);
      const call = async (token?: string) =>
        fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const statuses = [
        (await call()).status,
        // intake's token for another service (the audience is not this one)
        (await call(await signServiceToken('intake', service === 'pathway' ? 'matching' : 'pathway', secret)))
          .status,
        // the right audience, but a caller the route does not name
        (await call(await signServiceToken('notifier', service, secret))).status,
        // a token signed with another secret
        (await call(await signServiceToken('intake', service, 'x'.repeat(64)))).status,
      ];
      expect({ service, statuses }).toEqual({ service, statuses: [401, 401, 403, 401] });

      const answer = await call(await signServiceToken('intake', service, secret));
      expect({ service, status: answer.status }).toEqual({ service, status: 200 });
      const body = (await answer.json()) as { service: string; candidateId: string; sections: unknown[] };
      expect(body).toMatchObject({ service, candidateId: first.candidateId });
      const text = JSON.stringify(body);
      expect({ service, second: text.includes(people.second.candidateId) }).toEqual({
        service,
        second: false,
      });

      const bad = await fetch(
        new URL(`internal/candidates/not-an-id/personal-data${query}`, platform.baseUrls[service]!),
        {
          headers: { authorization: `Bearer ${await signServiceToken('intake', service, secret)}` },
        },
      );
      expect({ service, status: bad.status, error: ((await bad.json()) as { error: string }).error }).toEqual(
        {
          service,
          status: 400,
          error: 'BAD_USER_INPUT',
        },
      );
    }
  });
  it('withdrawing consent stops the diagnostic and the assessments (CONSENT_REQUIRED); what was saved stays', async () => {
    const { second } = people;
    const SAVE_ANSWERS = `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { progress { answered } } }`;
    const input = { assessmentId: assessmentIds['second'], answers: [{ itemId: 'I1', value: 3 }] };
    await ok(
      'second',
      `mutation C($input: RecordConsentInput!) { recordConsent(input: $input) { granted } }`,
      {
        input: { candidateId: second.candidateId, noticeVersion: '2026.1', granted: false },
      },
    );
    // Intake refuses at once: its diagnostic was submitted, so it is a new answer that is refused.
    expectGraphQLError(
      await as(
        'second',
        `mutation S($id: ID!, $answers: [DiagnosticAnswerInput!]!) { saveDiagnosticAnswers(candidateId: $id, answers: $answers) { status } }`,
        { id: second.candidateId, answers: [{ questionId: 'wellbeing', number: 3 }] },
      ),
      'CONSENT_REQUIRED',
    );
    // Assessment learns it from ConsentRecorded (seen in its part of the archive), then refuses.
    await waitFor(
      async () => {
        const current = await archiveOf('second', second.candidateId);
        const consent = JSON.parse(current.document).parts.assessment.consent as { granted: boolean }[];
        return consent[0]?.granted === false ? current : null;
      },
      { what: 'assessment to hear of the withdrawal', timeoutMs: 20_000 },
    );
    expectGraphQLError(await as('second', SAVE_ANSWERS, { input }), 'CONSENT_REQUIRED');
    const archive = await archiveOf('second', second.candidateId);
    expect(recordsOf(archive, 'assessment', 'answers')).toBe(2);
    // The welcome session and the workshop shared with the second person: their own place only.
    expect(recordsOf(archive, 'scheduling', 'sessions')).toBe(2);
    expect(recordsOf(archive, 'scheduling', 'sessionPlaces')).toBe(2);
    expect(JSON.parse(archive.document).parts.assessment.consent).toEqual([
      expect.objectContaining({ candidateId: second.candidateId, granted: false }),
    ]);
    expect(archive.summaryHtml).toContain('Si vous retirez votre consentement');
  });
});
