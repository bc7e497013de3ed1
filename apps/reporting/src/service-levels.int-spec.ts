import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { DataSource } from 'typeorm';
import { createTestDatabase, type AnyData } from '@passerelle/shared/testing';
import { ReportingRepository, reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import {
  coachWorkloads,
  serviceLevelBreaches,
  serviceLevelSummary,
  serviceLevelTermsOf,
} from '@passerelle/reporting/domain';
import { rebuildReadModel } from './read-model-rebuild';
import { startReporting, type ReportingUnderTest } from './test/reporting-test-kit';

// The firm's service levels on real PostgreSQL and Kafka: programme terms, coach assignments,
// sessions and statuses published as their producers would become the breach list, the coach
// workload and the sponsor's suppressed summary; an erasure takes the person out of all three.

const PROGRAMME = randomUUID();
const DEFAULTS_PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OFFICE = randomUUID();
const COACH_A = randomUUID();
const COACH_B = randomUUID();
// Terms of 5 working days, 1 interview a month, 2 people per consultant.
const LEVELS = { firstMeetingWorkingDays: 5, sessionsPerMonth: 1, peoplePerConsultant: 2 };
// Tuesday 13 October 2026, the 6th working day after Monday 5 October; then Tuesday 10 November.
const OCT_13 = '2026-10-13T12:00:00.000Z';
const NOV_10 = '2026-11-10T12:00:00.000Z';

const ops: Identity = { subject: 'ops-1', role: 'ops', officeIds: [OFFICE], allOffices: false };
const otherOps: Identity = { subject: 'ops-2', role: 'ops', officeIds: [randomUUID()], allOffices: false };
const coachA: Identity = { subject: 'coach-a', role: 'coach', coachId: COACH_A, officeIds: [OFFICE] };
const coachB: Identity = { subject: 'coach-b', role: 'coach', coachId: COACH_B, officeIds: [OFFICE] };
const sponsor: Identity = { subject: 'hr-1', role: 'sponsor', sponsorIds: [SPONSOR] };
const committee: Identity = { subject: 'cse-1', role: 'committee', sponsorIds: [SPONSOR] };
const otherSponsor: Identity = { subject: 'hr-2', role: 'sponsor', sponsorIds: [randomUUID()] };

const BREACHES = `query ($programmeId: ID!, $asOf: DateTime) {
  serviceLevelBreaches(programmeId: $programmeId, asOf: $asOf) {
    programmeId asOf terms { firstMeetingWorkingDays sessionsPerMonth peoplePerConsultant }
    breaches { kind candidate { id } coach { id } since by unit }
  }
}`;
const WORKLOAD = `query ($programmeId: ID!, $asOf: DateTime) {
  coachWorkload(programmeId: $programmeId, asOf: $asOf) {
    weeks coaches { coach { id } officeIds caseload aboveTermBy sessionsPerWeek noShows atRisk }
  }
}`;
const SUMMARY = `query ($programmeId: ID!, $asOf: DateTime) {
  serviceLevelSummary(programmeId: $programmeId, asOf: $asOf) {
    standings { standing people suppressed suppression } people peopleSuppression
  }
}`;

let reporting: ReportingUnderTest;
const [p1, p2, p3, p4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

const at = (iso: string) => new Date(iso).toISOString();
const codeOf = (body: AnyData) => body.errors?.[0]?.extensions?.code;
const ask = async (identity: Identity, query: string, programmeId: string, asOf: string | null) =>
  (await reporting.as(identity).request(query, { programmeId, asOf })).body as AnyData;

async function enrol(candidateId: string, coachId: string) {
  await reporting.publish('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [OFFICE],
    enrolledAt: at('2026-10-05T08:00:00Z'),
    formerOccupationCode: null,
    languages: ['fr'],
  });
  await reporting.publish('CoachAssigned.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    coachId,
    officeId: OFFICE,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt: at('2026-10-05T09:00:00Z'),
  });
}

async function session(candidateId: string, coachId: string, day: string, end: 'completed' | 'no_show') {
  const slot = {
    sessionId: randomUUID(),
    candidateId,
    coachId,
    officeId: OFFICE,
    kind: 'follow_up' as const,
    mode: 'in_person' as const,
    startsAt: at(`${day}T08:00:00Z`),
    endsAt: at(`${day}T09:00:00Z`),
  };
  await reporting.publish('SessionBooked.v1', candidateId, { ...slot, bookedAt: at('2026-10-05T10:00:00Z') });
  if (end === 'completed')
    await reporting.publish('SessionCompleted.v1', candidateId, { ...slot, completedAt: slot.startsAt });
  else await reporting.publish('SessionNoShow.v1', candidateId, { ...slot, recordedAt: slot.endsAt });
}

beforeAll(async () => {
  reporting = await startReporting('reporting_service_levels');
  const terms = {
    sponsorId: SPONSOR,
    type: 'pse' as const,
    sites: ['Lyon'],
    headcount: 40,
    startDate: '2026-10-01',
    durationMonths: 12,
    sessionBudgetPerPerson: 12,
    officeIds: [OFFICE],
    outcomeTargets: [],
    contractedAt: at('2026-09-20T08:00:00Z'),
  };
  await reporting.publish('ProgrammeContracted.v1', PROGRAMME, {
    ...terms,
    programmeId: PROGRAMME,
    serviceLevels: LEVELS,
  });
  // An event from before the service levels: no terms for them.
  await reporting.publish('ProgrammeContracted.v1', DEFAULTS_PROGRAMME, {
    ...terms,
    programmeId: DEFAULTS_PROGRAMME,
  });
  // p1 waits for a first meeting; p2 met on 7 October, then missed their next; p3 met and was
  // paused; all three with coach A (3 people, over the term of 2). p4 with coach B, seen weekly.
  await enrol(p1, COACH_A);
  await enrol(p2, COACH_A);
  await enrol(p3, COACH_A);
  await enrol(p4, COACH_B);
  await reporting.publish('CandidateAtRisk.v1', p1, {
    candidateId: p1,
    pathwayId: randomUUID(),
    reasons: ['inactivity'],
    urgency: 'normal',
    detectedAt: at('2026-10-20T08:00:00Z'),
  });
  await session(p2, COACH_A, '2026-10-07', 'completed');
  await session(p2, COACH_A, '2026-10-20', 'no_show');
  await session(p3, COACH_A, '2026-10-08', 'completed');
  await reporting.publish('CandidateStatusChanged.v1', p3, {
    candidateId: p3,
    programmeId: PROGRAMME,
    from: 'active',
    to: 'paused',
    reason: 'illness',
    expectedReturnOn: null,
    changedAt: at('2026-10-09T08:00:00Z'),
  });
  for (const day of ['2026-10-06', '2026-10-20', '2026-10-27', '2026-11-03'])
    await session(p4, COACH_B, day, 'completed');
  await reporting.applied();
}, 90_000);

afterAll(async () => {
  await reporting?.stop();
});

describe('the breach list', () => {
  it('lists for ops the person waiting past the first meeting and the coach above the term, on the date', async () => {
    const { serviceLevelBreaches } = (await ask(ops, BREACHES, PROGRAMME, OCT_13)).data;
    expect(serviceLevelBreaches).toEqual({
      programmeId: PROGRAMME,
      asOf: OCT_13,
      terms: LEVELS,
      breaches: [
        {
          kind: 'FIRST_MEETING_LATE',
          candidate: { id: p1 },
          coach: { id: COACH_A },
          since: '2026-10-12T22:00:00.000Z', // midnight in Paris, Tuesday 13 October
          by: 1,
          unit: 'WORKING_DAYS',
        },
        {
          kind: 'CASELOAD_ABOVE_TERM',
          candidate: null,
          coach: { id: COACH_A },
          since: '2026-10-05T09:00:00.000Z',
          by: 1,
          unit: 'PEOPLE',
        },
      ],
    });
  });

  it('a month on, adds the person without an interview in the last month', async () => {
    const { breaches } = (await ask(ops, BREACHES, PROGRAMME, NOV_10)).data.serviceLevelBreaches;
    expect(breaches.map((b: AnyData) => [b.kind, b.candidate?.id ?? b.coach.id, b.by, b.unit])).toEqual([
      ['FIRST_MEETING_LATE', p1, 21, 'WORKING_DAYS'], // 26 working days since 5 October
      ['NO_SESSION_IN_MONTH', p2, 3, 'DAYS'], // since 7 November
      ['CASELOAD_ABOVE_TERM', COACH_A, 1, 'PEOPLE'],
    ]);
  });

  it('shows a coach their own caseload’s breaches only', async () => {
    const mine = (await ask(coachA, BREACHES, PROGRAMME, OCT_13)).data.serviceLevelBreaches.breaches;
    expect(mine.map((b: AnyData) => b.kind)).toEqual(['FIRST_MEETING_LATE', 'CASELOAD_ABOVE_TERM']);
    expect((await ask(coachB, BREACHES, PROGRAMME, NOV_10)).data.serviceLevelBreaches.breaches).toEqual([]);
  });

  it('uses the defaults for a programme whose terms carry no service levels', async () => {
    const { terms } = (await ask(ops, BREACHES, DEFAULTS_PROGRAMME, OCT_13)).data.serviceLevelBreaches;
    expect(terms).toEqual({ firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 30 });
  });

  it('refuses by code: another office’s ops, sponsors, committee members, a date to come, a bad id', async () => {
    expect(codeOf(await ask(otherOps, BREACHES, PROGRAMME, OCT_13))).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf(await ask(coachA, BREACHES, randomUUID(), OCT_13))).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf(await ask(sponsor, BREACHES, PROGRAMME, OCT_13))).toBe('FORBIDDEN');
    expect(codeOf(await ask(committee, BREACHES, PROGRAMME, OCT_13))).toBe('FORBIDDEN');
    const person: Identity = { subject: 'p', role: 'candidate', candidateId: p1 };
    expect(codeOf(await ask(person, BREACHES, PROGRAMME, OCT_13))).toBe('FORBIDDEN');
    const future = await ask(ops, BREACHES, PROGRAMME, '2999-01-01T00:00:00Z');
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(future.errors[0].extensions.fields.map((f: AnyData) => f.field)).toEqual(['asOf']);
    expect(codeOf(await ask(ops, BREACHES, 'x', OCT_13))).toBe('BAD_USER_INPUT');
  });
});

describe('the coach workload', () => {
  it('per coach for ops: caseload, sessions held a week over 4 weeks, no-shows, people at risk', async () => {
    const { coachWorkload } = (await ask(ops, WORKLOAD, PROGRAMME, NOV_10)).data;
    expect(coachWorkload).toEqual({
      weeks: 4,
      coaches: [
        {
          coach: { id: COACH_A },
          officeIds: [OFFICE],
          caseload: 3,
          aboveTermBy: 1,
          sessionsPerWeek: 0, // p2's and p3's sessions are more than 4 weeks old
          noShows: 1,
          atRisk: 1,
        },
        {
          coach: { id: COACH_B },
          officeIds: [OFFICE],
          caseload: 1,
          aboveTermBy: 0,
          sessionsPerWeek: 0.8, // 20 and 27 October, 3 November
          noShows: 0,
          atRisk: 0,
        },
      ],
    });
  });

  it('is for ops of the programme’s offices only', async () => {
    expect(codeOf(await ask(otherOps, WORKLOAD, PROGRAMME, NOV_10))).toBe('PROGRAMME_NOT_FOUND');
    for (const who of [coachA, sponsor, committee])
      expect(codeOf(await ask(who, WORKLOAD, PROGRAMME, NOV_10))).toBe('FORBIDDEN');
  });
});

describe('the sponsor’s summary', () => {
  it('shows sponsor HR and the committee no count of a four-person programme, and another sponsor nothing', async () => {
    const hidden = {
      standings: ['FIRST_MEETING_LATE', 'NO_SESSION_IN_MONTH', 'WITHIN_LEVELS'].map((standing) => ({
        standing,
        people: null,
        suppressed: true,
        suppression: 'SMALL_POPULATION',
      })),
      people: null,
      peopleSuppression: 'SMALL_POPULATION',
    };
    for (const who of [sponsor, committee, ops])
      expect((await ask(who, SUMMARY, PROGRAMME, NOV_10)).data.serviceLevelSummary).toEqual(hidden);
    expect(codeOf(await ask(otherSponsor, SUMMARY, PROGRAMME, NOV_10))).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf(await ask(coachA, SUMMARY, PROGRAMME, NOV_10))).toBe('FORBIDDEN');
  });
});

describe('erasure and rebuild', () => {
  it('takes the erased person out of the breaches and the caseloads, and leaves no trace of their id', async () => {
    await reporting.publish('CandidateErased.v1', p1, {
      candidateId: p1,
      erasedAt: at('2026-11-12T08:00:00Z'),
    });
    await reporting.applied();
    const { breaches } = (await ask(ops, BREACHES, PROGRAMME, NOV_10)).data.serviceLevelBreaches;
    expect(breaches.map((b: AnyData) => [b.kind, b.candidate?.id ?? b.coach.id])).toEqual([
      ['NO_SESSION_IN_MONTH', p2],
    ]);
    const { coaches } = (await ask(ops, WORKLOAD, PROGRAMME, NOV_10)).data.coachWorkload;
    expect(coaches[0]).toMatchObject({ coach: { id: COACH_A }, caseload: 2, atRisk: 0 });
    const [{ n }] = await reporting.dataSource.query(
      `SELECT count(*)::int AS n FROM reporting_coach_assignment WHERE person_key = $1`,
      [p1],
    );
    expect(n).toBe(0);
  });

  it('gives the same service levels from a read model rebuilt from the topics', async () => {
    const levelsIn = async (dataSource: DataSource) => {
      const repository = new ReportingRepository(dataSource);
      const terms = serviceLevelTermsOf((await repository.findProgramme(PROGRAMME))?.serviceLevels);
      const people = await repository.caseloadOf(PROGRAMME);
      return [OCT_13, NOV_10].map((asOf) => ({
        terms,
        breaches: serviceLevelBreaches(people, terms, new Date(asOf)),
        workload: coachWorkloads(people, terms, new Date(asOf)),
        summary: serviceLevelSummary(people, terms, new Date(asOf)),
      }));
    };
    const live = await levelsIn(reporting.dataSource);
    const fresh = await createTestDatabase('reporting_service_levels_rebuild');
    try {
      await rebuildReadModel({
        databaseUrl: fresh.url,
        kafkaBrokers: reporting.kafkaBrokers,
        groupPrefix: `int-service-levels-rebuild-${randomUUID().slice(0, 8)}`,
        startAt: reporting.startedAt,
        timeoutMs: 90_000,
      });
      const rebuilt = new DataSource(reportingDataSourceOptions(fresh.url, 2));
      await rebuilt.initialize();
      try {
        expect(await levelsIn(rebuilt)).toEqual(live);
      } finally {
        await rebuilt.destroy();
      }
    } finally {
      await fresh.drop();
    }
  }, 120_000);
});
