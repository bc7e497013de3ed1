import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  bookSession,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { importProjectInstruments } from '@passerelle/assessment/feature-import';
import { pdfText } from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// A programme of two people, one of them with one booked session, read through the gateway with
// real tokens: no aggregate gives a sponsor a count under k, each hidden count says why, and each
// role gets what it should of every aggregate (docs/decisions/0012-statistical-disclosure-control.md).
// A member of the programme's commission de suivi sees the committee's dashboard exactly as the
// sponsor does, and nothing personal anywhere.

const LYON = randomUUID();
const PARIS = randomUUID();
const TERMS = {
  type: 'PSE',
  sites: ['Lyon Gerland'],
  headcount: 2,
  startDate: '2026-03-02',
  durationMonths: 12,
  sessionBudgetPerPerson: 18,
  outcomeTargets: [{ category: 'PERMANENT_CONTRACT', sharePercent: 60 }],
};
let platform: RunningPlatform;
let programmeId: string;
let coachId: string;
const people: string[] = [];
const tokens: Record<string, string> = {};

const client = (who: string) => platform.as(tokens[who]!);
const ok = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  client(who).ok(query, variables);

beforeAll(async () => {
  platform = await startPlatform();
  const assessmentDb = new DataSource(assessmentDataSourceOptions(platform.databaseUrls['assessment']!));
  await assessmentDb.initialize();
  await importProjectInstruments(assessmentDb);
  await assessmentDb.destroy();

  tokens['ops'] = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  tokens['opsParis'] = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
  const ops = client('ops');
  await createOffice(ops, { id: LYON, openingHours: weekdays('08:00', '19:00') });
  coachId = await createCoach(ops, {
    displayName: 'Amel',
    officeIds: [LYON],
    languages: ['fr'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 10,
    weeklyHours: weekdays('08:00', '19:00'),
  });
  // Contracted (with terms), so that pathway and scheduling hear of it.
  const { sponsorId, programmeId: id } = await setUpProgramme(ops, {
    sponsorName: 'Petite Fonderie',
    name: 'PSE Petite Fonderie',
    officeIds: [LYON],
    terms: TERMS,
  });
  programmeId = id;
  for (const n of ['1', '2']) {
    people.push(
      await enrol(ops, {
        programmeId,
        employeeNumber: `PF-${n}`,
        firstName: 'Prénom',
        lastName: `Nom ${n}`,
        email: `fonderie-${n}@example.org`,
        languages: ['fr'],
      }),
    );
  }
  tokens['sponsor'] = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] });
  tokens['otherSponsor'] = await platform.token({
    sub: 'hr-2',
    role: 'sponsor',
    sponsor_ids: [randomUUID()],
  });
  tokens['committee'] = await platform.token({ sub: 'cse', role: 'committee', sponsor_ids: [sponsorId] });
  tokens['otherCommittee'] = await platform.token({
    sub: 'cse-2',
    role: 'committee',
    sponsor_ids: [randomUUID()],
  });
  tokens['coach'] = await platform.token({
    sub: 'amel',
    role: 'coach',
    coach_id: coachId,
    office_ids: [LYON],
  });
  tokens['candidate'] = await platform.token({ sub: 'p1', role: 'candidate', candidate_id: people[0]! });

  // Enrolment reaches scheduling through Kafka: the first person gets a coach, then one session.
  await coachAssignedTo(client('ops'), people[0]!);

  const from = new Date(Date.now() + 86_400_000);
  const slots = await ok(
    'ops',
    `query S($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt } }`,
    {
      input: {
        coachId,
        from: from.toISOString(),
        to: new Date(from.getTime() + 10 * 86_400_000).toISOString(),
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
      },
    },
  );
  await bookSession(client('ops'), {
    candidateIds: [people[0]],
    coachId,
    kind: 'FOLLOW_UP',
    mode: 'VIDEO',
    startsAt: slots.availableSlots[0].startsAt,
  });
});

afterAll(async () => {
  await platform?.stop();
});

const SESSION_COUNTS = `query S($id: ID!) { sessionCounts(programmeId: $id) { status count suppressed suppression } }`;
const count = (status: string, n: number | null, suppression: string | null = null) => ({
  status,
  count: n,
  suppressed: n === null,
  suppression,
});

describe('sessionCounts of a small programme', () => {
  it('gives a sponsor null with the reason, not BOOKED: 1', async () => {
    const seen = (await ok('sponsor', SESSION_COUNTS, { id: programmeId })).sessionCounts;
    expect(seen).toEqual(
      ['BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'].map((status) =>
        count(status, null, 'SMALL_POPULATION'),
      ),
    );
  });

  it.each([
    [
      'ops of the programme’s office: every count',
      'ops',
      [count('BOOKED', 1), count('CANCELLED', 0), count('COMPLETED', 0), count('NO_SHOW', 0)],
    ],
    ['another sponsor: nothing', 'otherSponsor', []],
    ['ops of another office: nothing', 'opsParis', []],
  ])('role matrix: %s', async (_case, who, expected) => {
    expect((await ok(who, SESSION_COUNTS, { id: programmeId })).sessionCounts).toEqual(expected);
  });
});

describe('every sponsor aggregate and its suppression flags, role by role', () => {
  const OUTCOMES = `query O($id: ID!) { programmeOutcomeSummary(programmeId: $id) { people peopleSuppressed peopleSuppression suppressionThreshold outcomes { category count suppressed suppression } } }`;
  const PROGRESS = `query P($id: ID!) { programmePathwayProgress(programmeId: $id) { total totalSuppression suppressionThreshold phases { phase people suppressed suppression } } }`;
  const COMPLETION = `query A($id: ID!) { assessmentCompletion(programmeId: $id) { instrumentCode assigned inProgress completed released assignedSuppression inProgressSuppression completedSuppression releasedSuppression } }`;

  it.each(['sponsor', 'ops'])('%s reads outcomes of two people as hidden, each with why', async (who) => {
    const summary = (await ok(who, OUTCOMES, { id: programmeId })).programmeOutcomeSummary;
    expect(summary).toMatchObject({
      people: null,
      peopleSuppressed: true,
      peopleSuppression: 'SMALL_POPULATION',
      suppressionThreshold: 5,
    });
    expect(summary.outcomes.length).toBeGreaterThan(1);
    for (const outcome of summary.outcomes)
      expect(outcome).toEqual({
        category: outcome.category,
        count: null,
        suppressed: true,
        suppression: 'SMALL_POPULATION',
      });
  });

  it.each(['sponsor', 'ops'])(
    '%s reads pathway progress of two people as hidden, each with why',
    async (who) => {
      // Pathway learns of the programme and its people through Kafka.
      const progress = await waitFor(
        async () => {
          const seen = (await ok(who, PROGRESS, { id: programmeId })).programmePathwayProgress;
          return seen?.totalSuppression ? seen : null;
        },
        { what: 'pathway progress of the two people', timeoutMs: 60_000 },
      );
      expect(progress).toMatchObject({
        total: null,
        totalSuppression: 'SMALL_POPULATION',
        suppressionThreshold: 5,
      });
      for (const phase of progress.phases)
        expect(phase).toEqual({
          phase: phase.phase,
          people: null,
          suppressed: true,
          suppression: 'SMALL_POPULATION',
        });
    },
  );

  it.each(['sponsor', 'ops'])(
    '%s reads every instrument of the catalogue, nothing to hide yet',
    async (who) => {
      const rows = await waitFor(
        async () => {
          const seen = (await ok(who, COMPLETION, { id: programmeId })).assessmentCompletion;
          return seen.length > 0 ? seen : null;
        },
        { what: 'the programme in assessment', timeoutMs: 60_000 },
      );
      for (const row of rows)
        expect(row).toEqual({
          instrumentCode: row.instrumentCode,
          ...{ assigned: 0, inProgress: 0, completed: 0, released: 0 },
          ...{
            assignedSuppression: null,
            inProgressSuppression: null,
            completedSuppression: null,
            releasedSuppression: null,
          },
        });
    },
  );

  it.each([
    ['programmeOutcomeSummary', 'otherSponsor', 'PROGRAMME_NOT_FOUND', OUTCOMES],
    ['programmeOutcomeSummary', 'opsParis', 'PROGRAMME_NOT_FOUND', OUTCOMES],
    ['programmeOutcomeSummary', 'coach', 'FORBIDDEN', OUTCOMES],
    ['programmeOutcomeSummary', 'candidate', 'FORBIDDEN', OUTCOMES],
    ['programmePathwayProgress', 'coach', 'FORBIDDEN', PROGRESS],
    ['programmePathwayProgress', 'candidate', 'FORBIDDEN', PROGRESS],
    ['assessmentCompletion', 'coach', 'FORBIDDEN', COMPLETION],
    ['assessmentCompletion', 'candidate', 'FORBIDDEN', COMPLETION],
    ['sessionCounts', 'coach', 'FORBIDDEN', SESSION_COUNTS],
    ['sessionCounts', 'candidate', 'FORBIDDEN', SESSION_COUNTS],
    // Committee members read the committee's dashboard (below), not the services' own aggregates.
    ['programmeOutcomeSummary', 'committee', 'FORBIDDEN', OUTCOMES],
    ['programmePathwayProgress', 'committee', 'FORBIDDEN', PROGRESS],
    ['assessmentCompletion', 'committee', 'FORBIDDEN', COMPLETION],
    ['sessionCounts', 'committee', 'FORBIDDEN', SESSION_COUNTS],
  ])('refuses %s with its flags to %s (%s)', async (_name, who, code, query) => {
    const answer = await client(who).request(query, { id: programmeId });
    expectGraphQLError(answer, code);
    expect(JSON.stringify(answer.body.data ?? null)).not.toMatch(/"count":\d|SMALL_/);
  });

  it.each([
    ['programmePathwayProgress', 'otherSponsor', PROGRESS],
    ['programmePathwayProgress', 'opsParis', PROGRESS],
    ['assessmentCompletion', 'otherSponsor', COMPLETION],
    ['assessmentCompletion', 'opsParis', COMPLETION],
  ])('gives %s nothing to %s', async (name, who, query) => {
    const data = await ok(who, query, { id: programmeId });
    expect(data[name] ?? []).toEqual([]);
  });
});

describe("the commission de suivi's dashboard (reporting, fed by events)", () => {
  const DASHBOARD = `query D($id: ID!) { committeeDashboard(programmeId: $id) {
    programmeId peopleConcerned suppressionThreshold
    adhering { count suppressed suppression }
    statuses { status people { count suppressed suppression } }
    outcomes { category people { count suppressed suppression } targetPercent targetPeople }
    validJobOffers { proposed { count suppression } perPerson { value suppression } }
    daysToFirstMeeting { value suppression }
    breakdowns { dimension rows { label total { count suppression } } }
    months { month enrolled { count suppression } }
  } }`;
  const hidden = { count: null, suppressed: true, suppression: 'SMALL_POPULATION' };

  it.each(['sponsor', 'committee', 'ops'])(
    '%s reads the dashboard of two people, every count hidden with why',
    async (who) => {
      // Reporting learns of the programme and its people through Kafka.
      const dashboard = await waitFor(
        async () => {
          const answer = await client(who).request(DASHBOARD, { id: programmeId });
          const seen = answer.body.data?.committeeDashboard;
          return seen?.months?.length > 0 ? seen : null;
        },
        { what: 'the programme in reporting', timeoutMs: 60_000 },
      );
      expect(dashboard).toMatchObject({
        programmeId,
        peopleConcerned: 2,
        suppressionThreshold: 5,
        adhering: hidden,
      });
      for (const row of dashboard.statuses) expect(row.people).toEqual(hidden);
      expect(
        dashboard.outcomes.find((o: { category: string }) => o.category === 'PERMANENT_CONTRACT'),
      ).toEqual({
        category: 'PERMANENT_CONTRACT',
        people: hidden,
        targetPercent: 60,
        targetPeople: 1,
      });
      expect(dashboard.daysToFirstMeeting).toEqual({ value: null, suppression: 'SMALL_POPULATION' });
      expect(dashboard.validJobOffers.perPerson).toEqual({ value: null, suppression: 'SMALL_POPULATION' });
      expect(JSON.stringify(dashboard)).not.toMatch(/"count":[1-9]/);
    },
  );

  it('shows the committee member exactly what the sponsor sees', async () => {
    const sponsor = await ok('sponsor', DASHBOARD, { id: programmeId });
    const committee = await ok('committee', DASHBOARD, { id: programmeId });
    expect(committee).toEqual(sponsor);
  });

  it.each([
    ['another sponsor', 'otherSponsor', 'PROGRAMME_NOT_FOUND'],
    ['a committee member of another sponsor', 'otherCommittee', 'PROGRAMME_NOT_FOUND'],
    ['ops of another office', 'opsParis', 'PROGRAMME_NOT_FOUND'],
    ['a coach', 'coach', 'FORBIDDEN'],
    ['a person', 'candidate', 'FORBIDDEN'],
  ])('refuses the dashboard to %s (%s)', async (_case, who, code) => {
    const answer = await client(who).request(DASHBOARD, { id: programmeId });
    expectGraphQLError(answer, code);
    expect(Object.values(answer.body.data ?? {}).every((value) => value === null)).toBe(true);
  });
});

describe('the committee pack through the gateway (PDF, XLSX), and who downloaded it', () => {
  const pack = (format: string) =>
    `${new URL(platform.gatewayUrl).origin}/committee-packs/${programmeId}.${format}`;
  const download = (who: string, format: string) =>
    fetch(pack(format), { headers: { authorization: `Bearer ${tokens[who]}` } });
  const DOWNLOADS = `query W($id: ID!) { committeePackDownloads(programmeId: $id) { programmeId format subject role asOf downloadedAt } }`;

  it('gives the sponsor the PDF, every count of two people written Masqué', async () => {
    const response = await download('sponsor', 'pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="commission-de-suivi-/,
    );
    const { text } = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Dossier de la commission de suivi');
    expect(text).toContain('Effectif concerné : 2 personnes');
    expect(text).toMatch(/Adhérents Masqué/);
    expect(text).toContain('Masqué : moins de 5 personnes dans le tableau, la ligne ou la colonne.');
  });

  it('gives a committee member the XLSX: the same tables, the hidden counts as the text Masqué', async () => {
    const response = await download('committee', 'xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const effectifs = workbook.getWorksheet('Effectifs')!;
    expect(effectifs.getTables()).toHaveLength(1);
    expect([effectifs.getCell('A4').value, effectifs.getCell('B4').value]).toEqual([
      'Personnes concernées (effectif du plan)',
      2,
    ]);
    expect([effectifs.getCell('A5').value, effectifs.getCell('B5').value]).toEqual(['Adhérents', 'Masqué']);
  });

  it.each([
    ['another sponsor', 'otherSponsor', 404],
    ['a committee member of another sponsor', 'otherCommittee', 404],
    ['ops of another office', 'opsParis', 404],
    ['a coach', 'coach', 403],
    ['a person', 'candidate', 403],
  ])('refuses the pack to %s (%s: HTTP %s)', async (_case, who, status) => {
    const response = await download(who, 'pdf');
    expect(response.status).toBe(status);
    if (status === 404) expect(await response.json()).toMatchObject({ code: 'PROGRAMME_NOT_FOUND' });
    expect((await fetch(pack('pdf'))).status).toBe(401);
  });

  it('passes the date on: a date to come is refused naming asOf', async () => {
    const response = await fetch(`${pack('xlsx')}?asOf=2999-01-01T00:00:00Z`, {
      headers: { authorization: `Bearer ${tokens['sponsor']}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'asOf', message: 'must not be in the future' }],
    });
  });

  it('tells ops of the programme who downloaded which pack, the latest first; refusals leave no row', async () => {
    const rows = (await ok('ops', DOWNLOADS, { id: programmeId })).committeePackDownloads;
    expect(
      rows.map((row: { format: string; subject: string; role: string }) => [
        row.format,
        row.subject,
        row.role,
      ]),
    ).toEqual([
      ['XLSX', 'cse', 'committee'],
      ['PDF', 'hr', 'sponsor'],
    ]);
  });

  it.each([
    ['sponsor', 'FORBIDDEN'],
    ['committee', 'FORBIDDEN'],
    ['coach', 'FORBIDDEN'],
    ['candidate', 'FORBIDDEN'],
    ['otherSponsor', 'FORBIDDEN'],
    ['opsParis', 'PROGRAMME_NOT_FOUND'],
  ])('role matrix: committeePackDownloads refused to %s (%s)', async (who, code) => {
    const answer = await client(who).request(DOWNLOADS, { id: programmeId });
    expectGraphQLError(answer, code);
    expect(answer.body.data?.committeePackDownloads ?? null).toBeNull();
  });
});

describe("the report to the DREETS through the gateway (PDF, XLSX), by the pack's rule", () => {
  const report = (format: string, query = '') =>
    `${new URL(platform.gatewayUrl).origin}/dreets-reports/${programmeId}.${format}${query}`;
  const download = (who: string, format: string, query = '') =>
    fetch(report(format, query), { headers: { authorization: `Bearer ${tokens[who]}` } });
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  it('gives the sponsor the PDF: the programme and its dates, every count of two people written Masqué', async () => {
    const response = await download('sponsor', 'pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bilan-dreets-/);
    const { text } = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Bilan de fin de programme pour la DREETS');
    expect(text).toContain("Plan de sauvegarde de l'emploi (PSE)");
    expect(text).toContain('Du 2 mars 2026 au 2 mars 2027 (fin prévue)');
    expect(text).toMatch(/Adhésions à l'accompagnement Masqué/);
    expect(text).toMatch(/CDI Masqué Masqué/);
    expect(text).toContain("À compléter par l'entreprise (la plateforme ne le sait pas)");
    expect(text).toContain('Masqué : moins de 5 personnes dans le tableau, la ligne ou la colonne.');
  });

  it.each(['committee', 'ops'])(
    'gives %s the XLSX: the same tables, the hidden counts as the text Masqué',
    async (who) => {
      const response = await download(who, 'xlsx');
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const programme = workbook.getWorksheet('Programme')!;
      expect([programme.getCell('A8').value, programme.getCell('B8').value]).toEqual([
        'Personnes concernées (effectif du plan)',
        2,
      ]);
      const measures = workbook.getWorksheet('Mesures')!;
      expect(measures.getTables()).toHaveLength(1);
      expect([measures.getCell('A4').value, measures.getCell('B4').value]).toEqual([
        "Adhésions à l'accompagnement",
        'Masqué',
      ]);
      expect(workbook.getWorksheet('Situation')!.getCell('B4').value).toBe('Masqué');
    },
  );

  it.each([
    ['another sponsor', 'otherSponsor', 404],
    ['a committee member of another sponsor', 'otherCommittee', 404],
    ['ops of another office', 'opsParis', 404],
    ['a coach', 'coach', 403],
    ['a person', 'candidate', 403],
  ])('refuses the report to %s (%s: HTTP %s)', async (_case, who, status) => {
    const response = await download(who, 'pdf');
    expect(response.status).toBe(status);
    if (status === 404) expect(await response.json()).toMatchObject({ code: 'PROGRAMME_NOT_FOUND' });
    expect((await fetch(report('pdf'))).status).toBe(401);
  });

  it('passes both dates on: a day before anyone adhered counts nobody; a follow-up before the end is refused naming followUp', async () => {
    const before = await download('ops', 'xlsx', `?asOf=${daysAgo(1)}&followUp=${daysAgo(0.5)}`);
    expect(before.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await before.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Mesures')!.getCell('B4').value).toBe(0);
    const response = await download('sponsor', 'pdf', `?asOf=${daysAgo(2)}&followUp=${daysAgo(3)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'followUp', message: 'must not be before asOf' }],
    });
  });

  const DREETS_DOWNLOADS = `query W($id: ID!) { dreetsReportDownloads(programmeId: $id) { programmeId format subject role asOf followUp downloadedAt } }`;

  it('tells ops of the programme who downloaded which report, the latest first; refusals leave no row', async () => {
    const rows = (await ok('ops', DREETS_DOWNLOADS, { id: programmeId })).dreetsReportDownloads;
    expect(
      rows.map((row: { format: string; subject: string; role: string }) => [
        row.format,
        row.subject,
        row.role,
      ]),
    ).toEqual([
      ['XLSX', 'ops-lyon', 'ops'],
      ['XLSX', 'ops-lyon', 'ops'],
      ['XLSX', 'cse', 'committee'],
      ['PDF', 'hr', 'sponsor'],
    ]);
  });

  it.each([
    ['sponsor', 'FORBIDDEN'],
    ['committee', 'FORBIDDEN'],
    ['coach', 'FORBIDDEN'],
    ['candidate', 'FORBIDDEN'],
    ['otherSponsor', 'FORBIDDEN'],
    ['otherCommittee', 'FORBIDDEN'],
    ['opsParis', 'PROGRAMME_NOT_FOUND'],
  ])('role matrix: dreetsReportDownloads refused to %s (%s)', async (who, code) => {
    const answer = await client(who).request(DREETS_DOWNLOADS, { id: programmeId });
    expectGraphQLError(answer, code);
    expect(answer.body.data?.dreetsReportDownloads ?? null).toBeNull();
  });
});

describe("the firm's service levels (reporting): who sees the breaches and the workload", () => {
  const BREACHES = `query B($id: ID!) { serviceLevelBreaches(programmeId: $id) {
    programmeId terms { firstMeetingWorkingDays sessionsPerMonth peoplePerConsultant }
    breaches { kind candidate { id } coach { id } since by unit } } }`;
  const WORKLOAD = `query W($id: ID!) { coachWorkload(programmeId: $id) {
    weeks coaches { coach { id } officeIds caseload aboveTermBy noShows atRisk } } }`;
  const SUMMARY = `query S($id: ID!) { serviceLevelSummary(programmeId: $id) {
    people peopleSuppression standings { standing people suppressed suppression } } }`;

  it('gives ops the coach workload of the programme, both people in the coach’s caseload', async () => {
    await coachAssignedTo(client('ops'), people[1]!);
    const view = await waitFor(
      async () => {
        const answer = await client('ops').request(WORKLOAD, { id: programmeId });
        expect(answer.body.errors).toBeUndefined();
        const seen = answer.body.data?.coachWorkload;
        return seen?.coaches?.[0]?.caseload === 2 ? seen : null;
      },
      { what: 'both coach assignments in reporting', timeoutMs: 60_000 },
    );
    expect(view).toEqual({
      weeks: 4,
      coaches: [
        {
          coach: { id: coachId },
          officeIds: [LYON],
          caseload: 2,
          aboveTermBy: 0,
          noShows: 0,
          atRisk: 0,
        },
      ],
    });
  });

  it.each(['ops', 'coach'])(
    '%s reads the breach list under the programme’s terms (none yet: the people enrolled today)',
    async (who) => {
      expect((await ok(who, BREACHES, { id: programmeId })).serviceLevelBreaches).toEqual({
        programmeId,
        terms: { firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 30 },
        breaches: [],
      });
    },
  );

  it.each(['sponsor', 'committee', 'ops'])(
    '%s reads the summary of breaches of two people, every count hidden with why',
    async (who) => {
      expect((await ok(who, SUMMARY, { id: programmeId })).serviceLevelSummary).toEqual({
        people: null,
        peopleSuppression: 'SMALL_POPULATION',
        standings: ['FIRST_MEETING_LATE', 'NO_SESSION_IN_MONTH', 'WITHIN_LEVELS'].map((standing) => ({
          standing,
          people: null,
          suppressed: true,
          suppression: 'SMALL_POPULATION',
        })),
      });
    },
  );

  it.each([
    ['serviceLevelBreaches', 'sponsor', 'FORBIDDEN', BREACHES],
    ['serviceLevelBreaches', 'committee', 'FORBIDDEN', BREACHES],
    ['serviceLevelBreaches', 'otherSponsor', 'FORBIDDEN', BREACHES],
    ['serviceLevelBreaches', 'otherCommittee', 'FORBIDDEN', BREACHES],
    ['serviceLevelBreaches', 'candidate', 'FORBIDDEN', BREACHES],
    ['serviceLevelBreaches', 'opsParis', 'PROGRAMME_NOT_FOUND', BREACHES],
    ['coachWorkload', 'coach', 'FORBIDDEN', WORKLOAD],
    ['coachWorkload', 'sponsor', 'FORBIDDEN', WORKLOAD],
    ['coachWorkload', 'committee', 'FORBIDDEN', WORKLOAD],
    ['coachWorkload', 'otherSponsor', 'FORBIDDEN', WORKLOAD],
    ['coachWorkload', 'candidate', 'FORBIDDEN', WORKLOAD],
    ['coachWorkload', 'opsParis', 'PROGRAMME_NOT_FOUND', WORKLOAD],
    ['serviceLevelSummary', 'otherSponsor', 'PROGRAMME_NOT_FOUND', SUMMARY],
    ['serviceLevelSummary', 'otherCommittee', 'PROGRAMME_NOT_FOUND', SUMMARY],
    ['serviceLevelSummary', 'opsParis', 'PROGRAMME_NOT_FOUND', SUMMARY],
    ['serviceLevelSummary', 'coach', 'FORBIDDEN', SUMMARY],
    ['serviceLevelSummary', 'candidate', 'FORBIDDEN', SUMMARY],
  ])('role matrix: %s refused to %s (%s)', async (field, who, code, query) => {
    const answer = await client(who).request(query, { id: programmeId });
    expectGraphQLError(answer, code);
    expect(answer.body.data?.[field] ?? null).toBeNull();
  });
});

describe('a committee member reads nothing personal anywhere', () => {
  it.each([
    ['intake: a person', `query Q($c: ID!) { candidate(id: $c) { __typename } }`],
    ['intake: their data export', `query Q($c: ID!) { exportPersonalData(candidateId: $c) { __typename } }`],
    ['identity: their account', `query Q($c: ID!) { accountOfCandidate(candidateId: $c) { __typename } }`],
    ['pathway: their plan', `query Q($c: ID!) { pathway(candidateId: $c) { __typename } }`],
    ['pathway: people at risk', `query { atRiskCandidates { __typename } }`],
    ['scheduling: a caseload', `query Q($k: ID!) { caseload(coachId: $k) { __typename } }`],
    [
      'scheduling: a calendar',
      `query Q($k: ID!) { coachCalendar(coachId: $k, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { __typename } }`,
    ],
    ['scheduling: open workshops', `query Q($c: ID!) { openWorkshops(candidateId: $c) { __typename } }`],
    ['notifier: notifications', `query { notifications { __typename } }`],
    [
      'reporting: the service-level breaches',
      `query Q($p: ID!) { serviceLevelBreaches(programmeId: $p) { __typename } }`,
    ],
    ['reporting: the coach workload', `query Q($p: ID!) { coachWorkload(programmeId: $p) { __typename } }`],
  ])('%s: FORBIDDEN', async (_case, query) => {
    const variables: Record<string, unknown> = {};
    if (query.includes('$c')) variables['c'] = people[0];
    if (query.includes('$k')) variables['k'] = coachId;
    if (query.includes('$p')) variables['p'] = programmeId;
    const answer = await client('committee').request(query, variables);
    expectGraphQLError(answer, 'FORBIDDEN');
    expect(Object.values(answer.body.data ?? {}).every((value) => value === null)).toBe(true);
  });
});
