import type { Identity } from '@passerelle/shared/auth';
import type { EventOf } from '@passerelle/shared/contracts';
import { createEvent, InboxBatchContext, InboxContext } from '@passerelle/shared/messaging';
import { expectGraphQLError, type AnyData } from '@passerelle/shared/testing';
import {
  AssignmentEventsConsumer,
  CandidateErasureConsumer,
  CapacityEventsConsumer,
} from '@passerelle/scheduling/feature-assignment';
import { randomUUID } from 'node:crypto';
import { startScheduling, weekdays, type SchedulingUnderTest } from './test/scheduling-test-kit';

// Capacity planning and the queue's drain, on the service's real database, called as the gateway
// calls it. A known queue: Lyon has one French-speaking coach with room for 3 and 7 more French
// speakers and 2 English speakers waiting; Paris has no coach and 4 people waiting.

const LYON = randomUUID();
const PARIS = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const opsLyon: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const opsParis: Identity = { subject: 'ops-paris', role: 'ops', officeIds: [PARIS], allOffices: false };
const opsAll: Identity = { subject: 'ops-all', role: 'ops', officeIds: [], allOffices: true };
const opsElsewhere: Identity = {
  subject: 'ops-x',
  role: 'ops',
  officeIds: [randomUUID()],
  allOffices: false,
};
const sponsor: Identity = { subject: 'hr', role: 'sponsor', sponsorIds: [SPONSOR] };

let service: SchedulingUnderTest;

const CREATE_COACH = `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id } }`;
const PLAN = `query P($programmeId: ID!, $assumptions: CapacityAssumptionsInput, $first: Int, $after: String) {
  capacityPlan(programmeId: $programmeId, assumptions: $assumptions) {
    programmeId rule waiting coachesMissing
    assumptions { firstMeetingWithinDays firstMeetingMinutes firstMeetingShare defaultMaxCaseload defaultWeeklyMinutes }
    offices { officeId waiting coachesMissing groups {
      officeId track language waiting coaches freePlaces placeableNow firstMeetingSlots caseloadPerCoach
      firstMeetingsPerNewCoach coachesMissingForCaseload coachesMissingForTime coachesMissing binding everyoneReachedBy } }
    longestWaiting(first: $first, after: $after) { nodes { candidateId queuedAt reasonCode } pageInfo { hasNextPage endCursor } }
  } }`;

/** Everyone enrolled, in order: a minute apart, so who waits longest is known. */
const enrolled: { candidateId: string; office: string; language: string }[] = [];
let minute = 0;

/** A person enrolled (as the inbox hands CandidateEnrolled to scheduling), a minute after the last. */
async function enrol(office: string, language: string): Promise<string> {
  const candidateId = randomUUID();
  service.clock.pin(new Date(Date.UTC(2027, 0, 4, 8, minute++)));
  const event = createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [office],
    enrolledAt: service.clock.now().toISOString(),
    formerOccupationCode: null,
    languages: [language],
  });
  await service.dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
      [candidateId, PROGRAMME, SPONSOR, [office]],
    );
    await service.app
      .get(AssignmentEventsConsumer)
      .onEnrolled([event], new InboxBatchContext([[event], manager]));
  });
  enrolled.push({ candidateId, office, language });
  return candidateId;
}

const createCoach = async (
  identity: Identity,
  office: string,
  name: string,
  maxCaseload: number,
  specialties = ['DIRECT_REEMPLOYMENT', 'RETRAINING'],
) =>
  (
    await service.ok(identity, CREATE_COACH, {
      input: {
        displayName: name,
        email: `${name.toLowerCase()}@capacity.passerelle.test`,
        officeIds: [office],
        languages: ['fr'],
        specialties,
        maxCaseload,
        weeklyHours: weekdays('09:00', '17:00'),
      },
    })
  ).createCoach.id as string;

/** The coach's CoachRegistered, read from the outbox and handed to the consumer as the inbox would. */
async function deliverCoachRegistered(coachId: string): Promise<void> {
  const [row]: { envelope: EventOf<'CoachRegistered.v1'> }[] = await service.dataSource.query(
    `SELECT envelope FROM outbox_message WHERE event_type = 'CoachRegistered.v1' AND message_key = $1`,
    [coachId],
  );
  const event = row!.envelope;
  await service.dataSource.transaction((manager) =>
    service.app.get(CapacityEventsConsumer).onCoachRegistered(event, new InboxContext([event, manager])),
  );
}

/** The ids a query answers in its first column. */
const ids = async (sql: string, parameters: unknown[] = []): Promise<string[]> =>
  (await service.dataSource.query(sql, parameters)).map(
    (row: Record<string, string>) => Object.values(row)[0],
  );

const coachOf = async (candidateId: string): Promise<string | null> =>
  (
    await ids(`SELECT coach_id FROM coach_assignment WHERE candidate_id = $1 AND ended_at IS NULL`, [
      candidateId,
    ])
  )[0] ?? null;
const queued = () => ids(`SELECT candidate_id FROM assignment_queue ORDER BY queued_at, candidate_id`);
const coachAssignedTo = (coachId: string) =>
  ids(
    `SELECT envelope->'payload'->>'candidateId' FROM outbox_message
     WHERE event_type = 'CoachAssigned.v1' AND envelope->'payload'->>'coachId' = $1`,
    [coachId],
  );

let lyonCoach: string;

beforeAll(async () => {
  service = await startScheduling('scheduling_capacity');
  for (const [id, name, city] of [
    [LYON, 'Lyon Part-Dieu', 'Lyon'],
    [PARIS, 'Paris Bastille', 'Paris'],
  ] as const) {
    await service.ok(
      opsAll,
      `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`,
      {
        input: {
          id,
          name,
          address: `1 rue de la Gare, ${city}`,
          timeZone: 'Europe/Paris',
          openingHours: weekdays('08:00', '19:00'),
        },
      },
    );
  }
  await service.dataSource.query(
    `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, now())`,
    [PROGRAMME, SPONSOR, [LYON, PARIS]],
  );
  lyonCoach = await createCoach(opsLyon, LYON, 'Lea', 3);
  for (let i = 0; i < 10; i++) await enrol(LYON, 'fr');
  for (let i = 0; i < 2; i++) await enrol(LYON, 'en');
  for (let i = 0; i < 4; i++) await enrol(PARIS, 'fr');
  service.clock.pin('2027-01-05T08:00:00Z');
});

afterAll(async () => {
  await service?.stop();
});

describe('capacityPlan', () => {
  it('answers, per office and group, the coaches missing by caseload and by time, most needed office first', async () => {
    expect(await queued()).toHaveLength(13);
    const plan = (await service.ok(opsAll, PLAN, { programmeId: PROGRAMME })).capacityPlan;
    expect(plan).toMatchObject({
      programmeId: PROGRAMME,
      waiting: 13,
      coachesMissing: 5,
      assumptions: {
        firstMeetingWithinDays: 14,
        firstMeetingMinutes: 60,
        firstMeetingShare: 0.25,
        defaultMaxCaseload: 40,
        defaultWeeklyMinutes: 2100,
      },
    });
    expect(plan.rule).toContain('ceil((waiting - free places) / caseload per coach)');
    const group = (figures: AnyData) => ({
      track: null,
      freePlaces: 0,
      placeableNow: 0,
      firstMeetingSlots: 0,
      everyoneReachedBy: null,
      ...figures,
    });
    const noCoach = (figures: AnyData) =>
      group({
        coaches: 0,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 16,
        coachesMissingForCaseload: 1,
        coachesMissingForTime: 1,
        coachesMissing: 1,
        binding: 'CASELOAD',
        ...figures,
      });
    expect(plan.offices).toEqual([
      {
        officeId: LYON,
        waiting: 9,
        coachesMissing: 4,
        groups: [
          // Lea (3 people, full) is the group's only coach: a coach to add takes 3, 7 wait.
          group({
            officeId: LYON,
            language: 'fr',
            waiting: 7,
            coaches: 1,
            caseloadPerCoach: 3,
            firstMeetingsPerNewCoach: 3,
            coachesMissingForCaseload: 3,
            coachesMissingForTime: 3,
            coachesMissing: 3,
            binding: 'CASELOAD',
          }),
          // Nobody speaks English: the defaults (40 people, 35 h: 16 first meetings in 14 days).
          noCoach({ officeId: LYON, language: 'en', waiting: 2 }),
        ],
      },
      {
        officeId: PARIS,
        waiting: 4,
        coachesMissing: 1,
        groups: [noCoach({ officeId: PARIS, language: 'fr', waiting: 4 })],
      },
    ]);
  });

  it('lists the people waiting longest first with the reason, page by page, at most 200 a page', async () => {
    const order = await queued();
    const first = (await service.ok(opsAll, PLAN, { programmeId: PROGRAMME, first: 5 })).capacityPlan
      .longestWaiting;
    expect(first.nodes.map((node: AnyData) => node.candidateId)).toEqual(order.slice(0, 5));
    expect(first.nodes[0]).toMatchObject({
      queuedAt: '2027-01-04T08:03:00.000Z',
      reasonCode: 'no_eligible_coach',
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await service.ok(opsAll, PLAN, { programmeId: PROGRAMME, first: 50, after: first.pageInfo.endCursor })
    ).capacityPlan.longestWaiting;
    expect(rest.nodes.map((node: AnyData) => node.candidateId)).toEqual(order.slice(5));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = (await service.ok(opsAll, PLAN, { programmeId: PROGRAMME })).capacityPlan.longestWaiting;
    expect(all.nodes).toHaveLength(13);
    expectGraphQLError(
      await service.gql(opsAll, PLAN, { programmeId: PROGRAMME, first: 201 }),
      'BAD_USER_INPUT',
      'first',
    );
  });

  it('shows ops only their own offices, and the assumptions they give', async () => {
    const paris = (
      await service.ok(opsParis, PLAN, {
        programmeId: PROGRAMME,
        assumptions: { firstMeetingWithinDays: 28, defaultMaxCaseload: 2 },
      })
    ).capacityPlan;
    expect(paris.offices.map((office: AnyData) => office.officeId)).toEqual([PARIS]);
    expect(paris.longestWaiting.nodes.map((node: AnyData) => node.candidateId)).toEqual(
      enrolled.filter((person) => person.office === PARIS).map((person) => person.candidateId),
    );
    // 4 people, 2 per coach to add: 2 coaches.
    expect(paris.offices[0].groups[0]).toMatchObject({ caseloadPerCoach: 2, coachesMissing: 2 });
    expect(paris.assumptions).toMatchObject({
      firstMeetingWithinDays: 28,
      defaultMaxCaseload: 2,
      firstMeetingMinutes: 60,
    });
    const lyon = (await service.ok(opsLyon, PLAN, { programmeId: PROGRAMME })).capacityPlan;
    expect(lyon).toMatchObject({ waiting: 9, coachesMissing: 4 });
  });

  it('refuses other offices’ ops, sponsors, coaches, people and bad input, each with its code', async () => {
    expectGraphQLError(
      await service.gql(opsElsewhere, PLAN, { programmeId: PROGRAMME }),
      'PROGRAMME_NOT_FOUND',
    );
    expectGraphQLError(await service.gql(opsAll, PLAN, { programmeId: randomUUID() }), 'PROGRAMME_NOT_FOUND');
    expectGraphQLError(await service.gql(sponsor, PLAN, { programmeId: PROGRAMME }), 'FORBIDDEN');
    const coach: Identity = { subject: 'lea', role: 'coach', coachId: lyonCoach, officeIds: [LYON] };
    expectGraphQLError(await service.gql(coach, PLAN, { programmeId: PROGRAMME }), 'FORBIDDEN');
    const person: Identity = { subject: 'p', role: 'candidate', candidateId: enrolled[0]!.candidateId };
    expectGraphQLError(await service.gql(person, PLAN, { programmeId: PROGRAMME }), 'FORBIDDEN');
    expectGraphQLError(
      await service.gql(opsAll, PLAN, { programmeId: 'lyon' }),
      'BAD_USER_INPUT',
      'programmeId',
    );
    const bad = expectGraphQLError(
      await service.gql(opsAll, PLAN, {
        programmeId: PROGRAMME,
        assumptions: { firstMeetingWithinDays: 0, firstMeetingShare: 2 },
      }),
      'BAD_USER_INPUT',
      'assumptions.firstMeetingWithinDays',
    );
    expect(bad.message).toContain('assumptions.firstMeetingShare');
  });
});

describe('the queue drains by itself', () => {
  it('gives a new coach the people waiting they may follow, oldest first, each with CoachAssigned; a replay changes nothing', async () => {
    const parisPeople = enrolled
      .filter((person) => person.office === PARIS)
      .map((person) => person.candidateId);
    const coachId = await createCoach(opsParis, PARIS, 'Paul', 3);
    await deliverCoachRegistered(coachId);
    for (const candidateId of parisPeople.slice(0, 3)) expect(await coachOf(candidateId)).toBe(coachId);
    expect(await coachOf(parisPeople[3]!)).toBeNull();
    expect((await coachAssignedTo(coachId)).sort()).toEqual(parisPeople.slice(0, 3).sort());
    await deliverCoachRegistered(coachId);
    expect(await coachAssignedTo(coachId)).toHaveLength(3);
    expect(
      (await service.ok(opsParis, PLAN, { programmeId: PROGRAMME })).capacityPlan.offices[0],
    ).toMatchObject({
      waiting: 1,
      groups: [{ coaches: 1, freePlaces: 0, caseloadPerCoach: 3, coachesMissing: 1 }],
    });
  });

  it('drains many people in batches when a large coach arrives, leaving those the coach cannot follow', async () => {
    const more: string[] = [];
    for (let i = 0; i < 60; i++) more.push(await enrol(PARIS, 'fr'));
    const coachId = await createCoach(opsParis, PARIS, 'Pia', 100);
    await deliverCoachRegistered(coachId);
    // The one Paris person left from before and the 60 new ones (more than a batch of 50).
    expect(await coachAssignedTo(coachId)).toHaveLength(61);
    const left = await queued();
    expect(left.every((id) => enrolled.find((person) => person.candidateId === id)?.office === LYON)).toBe(
      true,
    );
    expect(left).toHaveLength(9);
  });

  it('gives the place a reassignment frees to the oldest person waiting for that coach', async () => {
    const lyonFrench = enrolled.filter((person) => person.office === LYON && person.language === 'fr');
    const followed = lyonFrench.slice(0, 3).map((person) => person.candidateId);
    const oldestWaiting = lyonFrench[3]!.candidateId;
    const other = await createCoach(opsLyon, LYON, 'Luc', 1);
    await service.ok(
      opsLyon,
      `mutation R($input: ReassignCoachInput!) { reassignCoach(input: $input) { coach { id } } }`,
      { input: { candidateId: followed[0], coachId: other, reason: 'closer to home' } },
    );
    expect(await coachOf(followed[0]!)).toBe(other);
    expect(await coachOf(oldestWaiting)).toBe(lyonCoach);
  });

  it('gives an erased person’s place to the next one waiting', async () => {
    const lyonFrench = enrolled.filter((person) => person.office === LYON && person.language === 'fr');
    const erasedId = lyonFrench[1]!.candidateId;
    const next = lyonFrench[4]!.candidateId;
    expect(await coachOf(erasedId)).toBe(lyonCoach);
    const erased = createEvent('CandidateErased.v1', erasedId, {
      candidateId: erasedId,
      erasedAt: service.clock.now().toISOString(),
    });
    await service.dataSource.transaction((manager) =>
      service.app.get(CandidateErasureConsumer).onErased(erased, new InboxContext([erased, manager])),
    );
    expect(await coachOf(next)).toBe(lyonCoach);
    // The English speakers still wait: no coach of theirs got room.
    const english = enrolled.filter((person) => person.language === 'en').map((person) => person.candidateId);
    for (const candidateId of english) expect(await coachOf(candidateId)).toBeNull();
  });

  it('gives the place a diagnosis frees (moved to a coach of the track) through the fair rule, until the coach is full', async () => {
    const lyonFrench = enrolled.filter((person) => person.office === LYON && person.language === 'fr');
    const founder = lyonFrench[2]!.candidateId;
    // Lea follows lyonFrench[2], [3] and [4]; [5] to [9] wait.
    const bea = await createCoach(opsLyon, LYON, 'Bea', 5, ['BUSINESS_CREATION']);
    const diagnosed = createEvent('CandidateDiagnosed.v1', founder, {
      candidateId: founder,
      programmeId: PROGRAMME,
      diagnosticId: randomUUID(),
      questionnaireVersion: 'v1',
      track: 'business_creation',
      source: 'rules',
      reasonCodes: ['wants_to_create'],
      distressFlag: false,
      mobilityRadiusKm: 30,
      languages: ['fr'],
      diagnosedAt: service.clock.now().toISOString(),
    });
    await service.dataSource.transaction((manager) =>
      service.app
        .get(AssignmentEventsConsumer)
        .onDiagnosed(diagnosed, new InboxContext([diagnosed, manager])),
    );
    expect(await coachOf(founder)).toBe(bea);
    // Lea's freed place drains the queue; each person goes to the lowest load: Bea (1/5, 2/5,
    // 3/5 below Lea's 2/3) takes three, then Lea (2/3 below Bea's 4/5) the fourth and is full.
    const after = await Promise.all(lyonFrench.slice(5).map((person) => coachOf(person.candidateId)));
    expect(after).toEqual([bea, bea, bea, lyonCoach, null]);
  });
});
