import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent } from '@passerelle/shared/messaging';
import { dataOf, waitFor } from '@passerelle/shared/testing';
import {
  startIntakeTestService,
  type GraphQLResult,
  type IntakeTestService,
} from './test/intake-test-service';

// The people list of a programme on a real database: search whatever the accents, the folded name
// order page after page, each filter, and who may list whom (ops of the offices; a coach, the
// people they follow).

const OFFICE_A = randomUUID();
const OFFICE_B = randomUUID();
const COACH = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE_A], allOffices: false };
const opsB: Identity = { subject: 'ops-b', role: 'ops', officeIds: [OFFICE_B], allOffices: false };
const coach: Identity = { subject: 'coach-1', role: 'coach', coachId: COACH, officeIds: [OFFICE_A] };
const sponsorHr = (sponsorId: string): Identity => ({
  subject: 'hr',
  role: 'sponsor',
  sponsorIds: [sponsorId],
});

const PEOPLE = [
  ['P-001', 'Inês', 'Moreira'],
  ['P-002', 'Élodie', 'Écuyer'],
  ['P-003', 'Emma', 'Dupont'],
  ['P-004', 'Jérôme', 'Lefèvre'],
  ['P-005', 'Zoé', 'Abadie'],
  ['P-006', 'Ines', 'Martin'],
  ['P-007', 'Bruno', 'Évrard'],
] as const;

const LIST = `query L($programmeId: ID!, $search: String, $filter: PeopleFilter, $orderBy: PeopleOrder, $first: Int, $after: String) {
  people(programmeId: $programmeId, search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { track coachId outcome risk candidate { id employeeNumber firstName lastName status } }
  }
}`;

interface PeopleAnswer {
  people: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: {
      track: string | null;
      coachId: string | null;
      outcome: string | null;
      candidate: { id: string; employeeNumber: string; firstName: string; lastName: string; status: string };
    }[];
  };
}

let intake: IntakeTestService;
let programmeId: string;
let sponsorId: string;
const ids = new Map<string, string>();

const ok = <T>(result: GraphQLResult<T>): T => dataOf(result);
const list = (identity: Identity, variables: Record<string, unknown>) =>
  intake.call<PeopleAnswer>(identity, LIST, { programmeId, ...variables });
const numbers = (answer: PeopleAnswer) => answer.people.nodes.map((node) => node.candidate.employeeNumber);
const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.['code'];

beforeAll(async () => {
  intake = await startIntakeTestService('intake_people');
  const { createSponsor } = ok(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  );
  sponsorId = createSponsor.id;
  const { createProgramme } = ok(
    await intake.call<{ createProgramme: { id: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          sponsorId,
          name: 'PSE Acme 2026',
          officeIds: [OFFICE_A],
          terms: {
            type: 'PSE',
            sites: ['Lyon Gerland'],
            headcount: 7,
            startDate: '2026-03-02',
            durationMonths: 12,
            sessionBudgetPerPerson: 20,
            outcomeTargets: [],
          },
        },
      },
    ),
  );
  programmeId = createProgramme.id;
  for (const [employeeNumber, firstName, lastName] of PEOPLE) {
    const { enrollCandidate } = ok(
      await intake.call<{ enrollCandidate: { id: string } }>(
        ops,
        `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
        {
          input: {
            programmeId,
            employeeNumber,
            firstName,
            lastName,
            email: `${employeeNumber.toLowerCase()}@acme.example`,
            languages: ['fr'],
          },
        },
      ),
    );
    ids.set(employeeNumber, enrollCandidate.id);
  }
  // Two people followed by the coach (as scheduling announces it), one with an outcome.
  for (const employeeNumber of ['P-001', 'P-004']) {
    const candidateId = ids.get(employeeNumber)!;
    await intake.publish(
      createEvent('CoachAssigned.v1', candidateId, {
        candidateId,
        programmeId,
        coachId: COACH,
        officeId: OFFICE_A,
        previousCoachId: null,
        mode: 'automatic',
        assignedAt: '2026-06-01T09:00:00.000Z',
      }),
    );
  }
  ok(
    await intake.call(
      ops,
      `mutation R($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
      {
        input: {
          candidateId: ids.get('P-004'),
          category: 'PERMANENT_CONTRACT',
          outcomeDate: '2026-06-10',
          employerName: 'Fonderie Rhône',
          jobTitle: 'Régleur',
        },
      },
    ),
  );
  await waitFor(
    async () => (ok(await list(ops, { filter: { assigned: true } })).people.totalCount === 2 ? true : null),
    {
      what: 'the two coach assignments',
    },
  );
}, 120_000);

afterAll(async () => {
  await intake?.stop();
});

describe('the people of a programme', () => {
  it('finds people whatever the accents and the case, by name, employee number or email', async () => {
    expect(numbers(ok(await list(ops, { search: 'ines' })))).toEqual(['P-006', 'P-001']);
    expect(numbers(ok(await list(ops, { search: 'MOREIRA Inês' })))).toEqual(['P-001']);
    expect(numbers(ok(await list(ops, { search: 'lefevre' })))).toEqual(['P-004']);
    expect(numbers(ok(await list(ops, { search: 'p-00' }))).length).toBe(7);
    expect(numbers(ok(await list(ops, { search: 'p-005@acme' })))).toEqual(['P-005']);
    // LIKE's own characters are searched for as written, not as wildcards.
    expect(ok(await list(ops, { search: '%' })).people.totalCount).toBe(0);
  });

  it('sorts by last name with accents aside and pages through every person exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer: PeopleAnswer = ok(await list(ops, { first: 3, after }));
      expect(answer.people.totalCount).toBe(7);
      seen.push(...answer.people.nodes.map((node) => node.candidate.lastName));
      after = answer.people.pageInfo.hasNextPage ? answer.people.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Abadie', 'Dupont', 'Écuyer', 'Évrard', 'Lefèvre', 'Martin', 'Moreira']);

    const newest = ok(await list(ops, { orderBy: 'ENROLLED_NEWEST', first: 4 }));
    expect(numbers(newest)).toEqual(['P-007', 'P-006', 'P-005', 'P-004']);
    const rest = ok(await list(ops, { orderBy: 'ENROLLED_NEWEST', after: newest.people.pageInfo.endCursor }));
    expect(numbers(rest)).toEqual(['P-003', 'P-002', 'P-001']);
  });

  it('filters by coach, assignment, outcome, status and enrolment day, with what a list row needs', async () => {
    const followed = ok(await list(ops, { filter: { coachId: COACH } }));
    expect(
      followed.people.nodes.map(({ candidate, coachId, outcome }) => [
        candidate.employeeNumber,
        coachId,
        outcome,
      ]),
    ).toEqual([
      ['P-004', COACH, 'PERMANENT_CONTRACT'],
      ['P-001', COACH, null],
    ]);
    expect(ok(await list(ops, { filter: { assigned: false } })).people.totalCount).toBe(5);
    expect(numbers(ok(await list(ops, { filter: { officeId: OFFICE_A } })))).toEqual(['P-004', 'P-001']);
    expect(ok(await list(ops, { filter: { officeId: OFFICE_B } })).people.totalCount).toBe(0);
    expect(numbers(ok(await list(ops, { filter: { outcomes: ['PERMANENT_CONTRACT'] } })))).toEqual(['P-004']);
    expect(ok(await list(ops, { filter: { withoutOutcome: true } })).people.totalCount).toBe(6);
    // The permanent contract placed P-004 (the lifecycle); everyone else is still invited.
    expect(ok(await list(ops, { filter: { statuses: ['INVITED'] } })).people.totalCount).toBe(6);
    expect(numbers(ok(await list(ops, { filter: { statuses: ['PLACED'] } })))).toEqual(['P-004']);
    expect(ok(await list(ops, { filter: { statuses: ['EXITED'] } })).people.totalCount).toBe(0);
    expect(
      ok(await list(ops, { filter: { enrolledFrom: '2026-06-15', enrolledTo: '2026-06-15' } })).people
        .totalCount,
    ).toBe(7);
    expect(ok(await list(ops, { filter: { enrolledTo: '2026-06-14' } })).people.totalCount).toBe(0);
  });

  it('filters and shows who pathway flags at risk, until pathway says the risk is over', async () => {
    const candidateId = ids.get('P-003')!;
    const pathwayId = randomUUID();
    await intake.publish(
      createEvent('CandidateAtRisk.v1', candidateId, {
        candidateId,
        pathwayId,
        reasons: ['distress'],
        urgency: 'immediate',
        detectedAt: '2026-06-10T09:00:00.000Z',
      }),
    );
    const flagged = await waitFor(
      async () => {
        const page = ok(await list(ops, { filter: { atRisk: true } })).people;
        return page.totalCount === 1 ? page : undefined;
      },
      { what: 'the person at risk in the list' },
    );
    expect(numbers({ people: flagged })).toEqual(['P-003']);
    expect((flagged.nodes[0] as unknown as { risk: string }).risk).toBe('IMMEDIATE');
    expect(ok(await list(ops, { filter: { atRisk: false } })).people.totalCount).toBe(PEOPLE.length - 1);

    await intake.publish(
      createEvent('CandidateRiskCleared.v1', candidateId, {
        candidateId,
        pathwayId,
        clearedAt: '2026-06-12T09:00:00.000Z',
      }),
    );
    await waitFor(
      async () =>
        ok(await list(ops, { filter: { atRisk: true } })).people.totalCount === 0 ? true : undefined,
      { what: 'the risk over' },
    );
  });

  it('shows a coach only the people they follow, and ops only their offices’ programmes', async () => {
    expect(numbers(ok(await list(coach, {})))).toEqual(['P-004', 'P-001']);
    expect(codeOf(await list(opsB, {}))).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf(await list(ops, { programmeId: randomUUID() }))).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf(await list(sponsorHr(sponsorId), {}))).toBe('FORBIDDEN');
  });

  it('says which argument is wrong', async () => {
    const badDay = await list(ops, { filter: { enrolledFrom: '2026-02-31' } });
    expect(codeOf(badDay)).toBe('BAD_USER_INPUT');
    expect(badDay.errors?.[0]?.message).toContain('enrolledFrom');
    const tooMany = await list(ops, { first: 500 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.['field']).toBe('first');
    expect(codeOf(await list(ops, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });
});

describe('the programme month by month', () => {
  const TIMELINE = `query T($id: ID!) { programmeOutcomeTimeline(programmeId: $id) { month enrolled enrolledSuppression outcomes outcomesSuppression } }`;

  it('counts each month’s enrolments and outcomes, hiding a small month with enough others that none can be worked out', async () => {
    // Seven enrolled in June 2026 (the service's clock), one outcome that month: 1 is under k, and
    // 7 would give it back from the month's total, so both are hidden.
    expect(ok(await intake.call(ops, TIMELINE, { id: programmeId }))).toEqual({
      programmeOutcomeTimeline: [
        {
          month: '2026-06',
          enrolled: null,
          enrolledSuppression: 'SMALL_GROUP',
          outcomes: null,
          outcomesSuppression: 'SMALL_GROUP',
        },
      ],
    });
    expect(ok(await intake.call(sponsorHr(sponsorId), TIMELINE, { id: programmeId }))).toEqual(
      ok(await intake.call(ops, TIMELINE, { id: programmeId })),
    );
    expect(codeOf(await intake.call(opsB, TIMELINE, { id: programmeId }))).toBe('PROGRAMME_NOT_FOUND');
    expect(codeOf(await intake.call(sponsorHr(randomUUID()), TIMELINE, { id: programmeId }))).toBe(
      'PROGRAMME_NOT_FOUND',
    );
    expect(codeOf(await intake.call(coach, TIMELINE, { id: programmeId }))).toBe('FORBIDDEN');
  });
});
