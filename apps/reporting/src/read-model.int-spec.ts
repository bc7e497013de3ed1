import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { createTestDatabase, type AnyData } from '@passerelle/shared/testing';
import { ReportingRepository, reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { committeeDashboard } from '@passerelle/reporting/domain';
import { rebuildReadModel } from './read-model-rebuild';
import { startReporting, type ReportingUnderTest } from './test/reporting-test-kit';

// The read model on real PostgreSQL and Kafka: events published to the topics become the
// committee's figures; a redelivery changes nothing; an erasure keeps the counts and leaves nothing
// of the person; a rebuild from the same history gives the same figures.

const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OFFICE = randomUUID();
const AS_OF = '2026-12-01T08:00:00.000Z';

const sponsor: Identity = { subject: 'hr-1', role: 'sponsor', sponsorIds: [SPONSOR] };
const otherSponsor: Identity = { subject: 'hr-2', role: 'sponsor', sponsorIds: [randomUUID()] };
const ops: Identity = { subject: 'ops-1', role: 'ops', officeIds: [OFFICE], allOffices: false };
const otherOps: Identity = { subject: 'ops-2', role: 'ops', officeIds: [randomUUID()], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: randomUUID(), officeIds: [OFFICE] };

const DASHBOARD = `query ($programmeId: ID!, $asOf: DateTime) {
  committeeDashboard(programmeId: $programmeId, asOf: $asOf) {
    programmeId suppressionThreshold peopleConcerned
    adhering { count suppressed suppression }
    statuses { status people { count suppressed suppression } }
    outcomes { category people { count suppressed } targetPercent targetPeople }
    outcomesTotal { count }
    withoutOutcome { count }
    validJobOffers { proposed { count } decisions { decision offers { count suppressed } } perPerson { value suppressed } }
    daysToFirstMeeting { value suppressed }
    sessionsPerPersonPerMonth { value suppressed }
    breakdowns { dimension rows { label total { count suppression } } total { count } }
    months { month enrolled { count } firstMeetings { count } outcomesRecorded { count } left { count } }
  }
}`;

let reporting: ReportingUnderTest;
const active: string[] = [];
const paused: string[] = [];
const placed: string[] = [];

beforeAll(async () => {
  reporting = await startReporting('reporting_read_model');
}, 60_000);

afterAll(async () => {
  await reporting?.stop();
});

const at = (iso: string) => new Date(iso).toISOString();

async function journey(): Promise<void> {
  await reporting.publish('ProgrammeContracted.v1', PROGRAMME, {
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    type: 'pse',
    sites: ['Lyon'],
    headcount: 20,
    startDate: '2026-10-01',
    durationMonths: 12,
    sessionBudgetPerPerson: 12,
    officeIds: [OFFICE],
    outcomeTargets: [{ category: 'permanent_contract', sharePercent: 40 }],
    contractedAt: at('2026-09-20T08:00:00Z'),
  });
  for (let i = 0; i < 15; i++) {
    const candidateId = randomUUID();
    [active, paused, placed][Math.floor(i / 5)]!.push(candidateId);
    await reporting.publish('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: PROGRAMME,
      sponsorId: SPONSOR,
      officeIds: [OFFICE],
      enrolledAt: at('2026-10-01T08:00:00Z'),
      formerOccupationCode: null,
      languages: ['fr'],
    });
    await status(candidateId, 'invited', 'active', '2026-10-05T08:00:00Z');
    // A first meeting ten days after enrolment, booked then moved once; a second session missed.
    const sessionId = randomUUID();
    const slot = {
      sessionId,
      candidateId,
      coachId: coach.role === 'coach' ? coach.coachId : randomUUID(),
      officeId: OFFICE,
      kind: 'welcome' as const,
      mode: 'in_person' as const,
      startsAt: at('2026-10-11T08:00:00Z'),
      endsAt: at('2026-10-11T09:00:00Z'),
    };
    await reporting.publish('SessionBooked.v1', candidateId, {
      ...slot,
      bookedAt: at('2026-10-02T08:00:00Z'),
    });
    await reporting.publish('SessionRescheduled.v1', candidateId, {
      ...slot,
      previousStartsAt: at('2026-10-10T08:00:00Z'),
      previousEndsAt: at('2026-10-10T09:00:00Z'),
      previousCoachId: slot.coachId,
      rescheduledAt: at('2026-10-03T08:00:00Z'),
    });
    await reporting.publish('SessionCompleted.v1', candidateId, {
      ...slot,
      completedAt: at('2026-10-11T08:00:00Z'),
    });
    const missed = {
      ...slot,
      sessionId: randomUUID(),
      startsAt: at('2026-10-20T08:00:00Z'),
      endsAt: at('2026-10-20T09:00:00Z'),
    };
    await reporting.publish('SessionBooked.v1', candidateId, {
      ...missed,
      bookedAt: at('2026-10-12T08:00:00Z'),
    });
    await reporting.publish('SessionNoShow.v1', candidateId, {
      ...missed,
      recordedAt: at('2026-10-20T10:00:00Z'),
    });
  }
  for (const candidateId of paused) await status(candidateId, 'active', 'paused', '2026-11-01T08:00:00Z');
  for (const candidateId of active)
    await offer(candidateId, 'refused', '2026-11-01T08:00:00Z', '2026-11-05T08:00:00Z');
  for (const candidateId of placed) {
    await offer(candidateId, 'accepted', '2026-11-02T08:00:00Z', '2026-11-08T08:00:00Z');
    // First recorded as a short contract, then corrected: the correction counts.
    await outcome(candidateId, 'short_fixed_term_or_temporary', '2026-11-10T08:00:00Z');
    await status(candidateId, 'active', 'placed', '2026-11-10T08:00:00Z');
    await outcome(candidateId, 'permanent_contract', '2026-11-20T08:00:00Z');
  }
}

async function status(
  candidateId: string,
  from: 'invited' | 'active',
  to: 'active' | 'paused' | 'placed',
  when: string,
) {
  await reporting.publish('CandidateStatusChanged.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    from,
    to,
    reason: to === 'active' ? 'first_session' : to === 'paused' ? 'illness' : 'outcome_recorded',
    expectedReturnOn: null,
    changedAt: at(when),
  });
}

async function offer(candidateId: string, decision: 'accepted' | 'refused', logged: string, decided: string) {
  const validJobOfferId = randomUUID();
  const base = { candidateId, programmeId: PROGRAMME, validJobOfferId, occupationCode: null };
  await reporting.publish('ValidJobOfferLogged.v1', candidateId, {
    ...base,
    decision: 'pending',
    loggedAt: at(logged),
  });
  await reporting.publish('ValidJobOfferLogged.v1', candidateId, {
    ...base,
    decision,
    loggedAt: at(decided),
  });
}

async function outcome(
  candidateId: string,
  category: 'short_fixed_term_or_temporary' | 'permanent_contract',
  when: string,
) {
  await reporting.publish('CandidateOutcomeRecorded.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    outcomeId: randomUUID(),
    category,
    outcomeDate: '2026-11-15',
    recordedAt: at(when),
  });
}

const dashboardAs = (identity: Identity, asOf: string | null = AS_OF) =>
  reporting.as(identity).request(DASHBOARD, { programmeId: PROGRAMME, asOf });

const codeOf = (body: AnyData) => body.errors?.[0]?.extensions?.code;

/** The figures straight from a read model's database, through the same rules. */
async function figuresIn(dataSource: DataSource) {
  const repository = new ReportingRepository(dataSource);
  const programme = await repository.findProgramme(PROGRAMME);
  return committeeDashboard({
    programme: programme!,
    people: await repository.factsOf(PROGRAMME),
    asOf: new Date(AS_OF),
  });
}

describe('the read model, fed by events', () => {
  beforeAll(async () => {
    await journey();
    await reporting.applied();
  }, 120_000);

  it('gives the committee its figures on a date', async () => {
    const { body } = await dashboardAs(sponsor);
    const d = body.data?.committeeDashboard;
    expect(body.errors).toBeUndefined();
    expect(d.peopleConcerned).toBe(20);
    expect(d.suppressionThreshold).toBe(5);
    expect(d.adhering).toEqual({ count: 15, suppressed: false, suppression: null });
    expect(d.statuses.map((s: AnyData) => [s.status, s.people.count])).toEqual([
      ['IN_ACCOMPANIMENT', 5],
      ['PAUSED', 5],
      ['PLACED', 5],
      ['EXITED', 0],
    ]);
    // The correction replaced the short contract; the target is 40% of 20 people.
    expect(d.outcomes.find((o: AnyData) => o.category === 'PERMANENT_CONTRACT')).toEqual({
      category: 'PERMANENT_CONTRACT',
      people: { count: 5, suppressed: false },
      targetPercent: 40,
      targetPeople: 8,
    });
    expect(d.outcomes.find((o: AnyData) => o.category === 'SHORT_FIXED_TERM_OR_TEMPORARY').people.count).toBe(
      0,
    );
    expect(d.outcomesTotal.count).toBe(5);
    expect(d.withoutOutcome.count).toBe(10);
    expect(d.validJobOffers).toEqual({
      proposed: { count: 10 },
      decisions: [
        { decision: 'ACCEPTED', offers: { count: 5, suppressed: false } },
        { decision: 'REFUSED', offers: { count: 5, suppressed: false } },
        { decision: 'PENDING', offers: { count: 0, suppressed: false } },
      ],
      perPerson: { value: 0.67, suppressed: false },
    });
    expect(d.daysToFirstMeeting).toEqual({ value: 10, suppressed: false });
    // 15 sessions attended over 10 people x 61 days and 5 people x 40 days (placed on 10 November).
    const months = (10 * 61 + 5 * 40) / 30.4375;
    expect(d.sessionsPerPersonPerMonth).toEqual({
      value: Number((15 / months).toFixed(2)),
      suppressed: false,
    });
    // No categories in these enrolments: one row, "not said".
    expect(d.breakdowns.find((b: AnyData) => b.dimension === 'SITE')).toEqual({
      dimension: 'SITE',
      rows: [{ label: null, total: { count: 15, suppression: null } }],
      total: { count: 15 },
    });
    expect(d.months).toEqual([
      {
        month: '2026-10',
        enrolled: { count: 15 },
        firstMeetings: { count: 15 },
        outcomesRecorded: { count: 0 },
        left: { count: 0 },
      },
      {
        month: '2026-11',
        enrolled: { count: 0 },
        firstMeetings: { count: 0 },
        outcomesRecorded: { count: 5 },
        left: { count: 5 },
      },
      {
        month: '2026-12',
        enrolled: { count: 0 },
        firstMeetings: { count: 0 },
        outcomesRecorded: { count: 0 },
        left: { count: 0 },
      },
    ]);
  });

  it('gives what was true on an earlier date', async () => {
    const { body } = await dashboardAs(ops, '2026-11-06T00:00:00Z');
    const d = body.data?.committeeDashboard;
    expect(d.statuses.map((s: AnyData) => [s.status, s.people.count])).toEqual([
      ['IN_ACCOMPANIMENT', 10],
      ['PAUSED', 5],
      ['PLACED', 0],
      ['EXITED', 0],
    ]);
    expect(d.validJobOffers.decisions.map((c: AnyData) => [c.decision, c.offers.count])).toEqual([
      ['ACCEPTED', 0],
      ['REFUSED', 5],
      ['PENDING', 5],
    ]);
  });

  it('refuses the dashboard to whoever is not the sponsor or ops of the programme, and a date to come', async () => {
    expect(codeOf((await dashboardAs(otherSponsor)).body)).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf((await dashboardAs(otherOps)).body)).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf((await dashboardAs(coach)).body)).toBe('FORBIDDEN');
    expect(
      codeOf((await dashboardAs({ subject: 'p', role: 'candidate', candidateId: active[0]! })).body),
    ).toBe('FORBIDDEN');
    const future = (await dashboardAs(sponsor, '2999-01-01T00:00:00Z')).body;
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect((future as AnyData).errors[0].extensions.fields.map((f: AnyData) => f.field)).toEqual(['asOf']);
    const bad = (await reporting.as(sponsor).request(DASHBOARD, { programmeId: 'x', asOf: null })).body;
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    // A malformed id is refused before the resolver, naming the argument.
    expect((bad as AnyData).errors[0].extensions.arguments).toEqual([
      { field: 'committeeDashboard', argument: 'programmeId' },
    ]);
  });

  it('applies a redelivered event once', async () => {
    const before = await figuresIn(reporting.dataSource);
    const again = await reporting.publish('ValidJobOfferLogged.v1', active[0]!, {
      candidateId: active[0]!,
      programmeId: PROGRAMME,
      validJobOfferId: randomUUID(),
      occupationCode: null,
      decision: 'pending',
      loggedAt: at('2026-12-03T08:00:00Z'),
    });
    await reporting.republish(again);
    await reporting.applied();
    const [{ n }] = await reporting.dataSource.query(
      `SELECT count(*)::int AS n FROM reporting_valid_job_offer WHERE valid_job_offer_id = $1`,
      [again.payload.validJobOfferId],
    );
    expect(n).toBe(1);
    // Logged after the date: the figures on the date are unchanged.
    expect(await figuresIn(reporting.dataSource)).toEqual(before);
  });

  it('keeps the counts after an erasure and leaves nothing of the person', async () => {
    const before = await figuresIn(reporting.dataSource);
    const erased = placed[0]!;
    await reporting.publish('CandidateErased.v1', erased, {
      candidateId: erased,
      erasedAt: at('2026-12-04T08:00:00Z'),
    });
    await reporting.applied();
    expect(await figuresIn(reporting.dataSource)).toEqual(before);
    const tables: { table_name: string }[] = await reporting.dataSource.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'person_key'`,
    );
    expect(tables.length).toBe(6);
    for (const { table_name } of tables) {
      const [{ n }] = await reporting.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table_name} WHERE person_key = $1`,
        [erased],
      );
      expect([table_name, n]).toEqual([table_name, 0]);
    }
    // Nowhere else either: no column of any table holds the id.
    const dump: { text: string }[] = await reporting.dataSource.query(
      `SELECT string_agg(t::text, ' ') AS text FROM (
         SELECT row_to_json(p)::text AS t FROM reporting_person p
         UNION ALL SELECT row_to_json(s)::text FROM reporting_session s
         UNION ALL SELECT row_to_json(o)::text FROM reporting_outcome o
         UNION ALL SELECT row_to_json(v)::text FROM reporting_valid_job_offer v
         UNION ALL SELECT row_to_json(c)::text FROM reporting_status_change c
         UNION ALL SELECT row_to_json(a)::text FROM reporting_coach_assignment a) rows`,
    );
    expect(dump[0]!.text).not.toContain(erased);
  });

  it('keeps an erased person unlinked when their other events arrive after the erasure', async () => {
    // Topics are read in parallel: a rebuild may apply the erasure before the person's sessions.
    const late = randomUUID();
    await reporting.publish('CandidateErased.v1', late, {
      candidateId: late,
      erasedAt: at('2026-11-02T08:00:00Z'),
    });
    await reporting.applied();
    await reporting.publish('CandidateEnrolled.v1', late, {
      candidateId: late,
      programmeId: PROGRAMME,
      sponsorId: SPONSOR,
      officeIds: [OFFICE],
      enrolledAt: at('2026-10-01T08:00:00Z'),
      formerOccupationCode: null,
      languages: ['fr'],
    });
    await reporting.applied();
    const slot = {
      sessionId: randomUUID(),
      candidateId: late,
      coachId: randomUUID(),
      officeId: OFFICE,
      kind: 'welcome' as const,
      mode: 'in_person' as const,
      startsAt: at('2026-10-11T08:00:00Z'),
      endsAt: at('2026-10-11T09:00:00Z'),
    };
    await reporting.publish('SessionCompleted.v1', late, {
      ...slot,
      completedAt: at('2026-10-11T08:00:00Z'),
    });
    await reporting.applied();
    const figures = await figuresIn(reporting.dataSource);
    expect(figures.adhering.count).toBe(16);
    expect(figures.months[0]!.cells.find((cell) => cell.column === 'firstMeetings')?.count).toBe(16);
    for (const table of ['reporting_person', 'reporting_session']) {
      const [{ n }] = await reporting.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE person_key = $1`,
        [late],
      );
      expect([table, n]).toEqual([table, 0]);
    }
  });

  it('rebuilt from zero from the same history, gives the same figures', async () => {
    const live = await figuresIn(reporting.dataSource);
    const fresh = await createTestDatabase('reporting_rebuild');
    try {
      const result = await rebuildReadModel({
        databaseUrl: fresh.url,
        kafkaBrokers: reporting.kafkaBrokers,
        groupPrefix: `int-reporting-rebuild-${randomUUID().slice(0, 8)}`,
        startAt: reporting.startedAt,
        timeoutMs: 90_000,
      });
      expect(result.eventsApplied).toBeGreaterThanOrEqual(15 * 8);
      const rebuilt = new DataSource(reportingDataSourceOptions(fresh.url, 2));
      await rebuilt.initialize();
      try {
        expect(await figuresIn(rebuilt)).toEqual(live);
        // The erased person stays erased in the rebuild too.
        const [{ n }] = await rebuilt.query(
          `SELECT count(*)::int AS n FROM reporting_person WHERE person_key = $1`,
          [placed[0]],
        );
        expect(n).toBe(0);
      } finally {
        await rebuilt.destroy();
      }
    } finally {
      await fresh.drop();
    }
  }, 120_000);
});
