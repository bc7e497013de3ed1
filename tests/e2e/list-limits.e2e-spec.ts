import { randomUUID } from 'node:crypto';
import { waitFor } from '@passerelle/shared/testing';
import { bearer, graphql, startPlatform, type RunningPlatform } from './platform-harness';

// Lists that grow with the data come in pages (first/after, at most 200), and the gateway prices
// a query by the page sizes it asks for (docs/decisions/0011-pagination-audit.md).

const OFFICE = randomUUID();
let platform: RunningPlatform;
let ops: string;
let programmeId: string;
const people: string[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers, checked field by field by the assertions
async function ok<T = Record<string, any>>(token: string, query: string, variables = {}): Promise<T> {
  const result = await graphql<T>(platform.gatewayUrl, query, variables, bearer(token));
  expect(result.body.errors).toBeUndefined();
  return result.body.data!;
}

async function codeOf(token: string, query: string, variables = {}): Promise<unknown> {
  return (await graphql(platform.gatewayUrl, query, variables, bearer(token))).body.errors?.[0]?.extensions
    ?.code;
}

const QUEUE = `query Q($first: Int, $after: String) {
  assignmentQueue(first: $first, after: $after) { nodes { candidateId queuedAt } pageInfo { endCursor hasNextPage } }
}`;

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-brest', role: 'ops', office_ids: [OFFICE] });
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '19:00' }));
  await ok(ops, `mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
    input: {
      id: OFFICE,
      name: 'Brest',
      address: '1 quai, 29200 Brest',
      timeZone: 'Europe/Paris',
      openingHours: weekdays,
    },
  });
  const sponsor = await ok(ops, `mutation { createSponsor(input: { name: "Arsenal" }) { id } }`);
  programmeId = (
    await ok(ops, `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: { sponsorId: sponsor.createSponsor.id, name: 'PSE Brest', officeIds: [OFFICE] },
    })
  ).createProgramme.id;
  // No coach works in Brest yet: everyone waits in the assignment queue.
  for (const n of [1, 2, 3]) {
    const enrolled = await ok(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber: `B-${n}`,
          firstName: 'Prénom',
          lastName: `Nom ${n}`,
          email: `brest-${n}@example.org`,
          languages: ['fr'],
        },
      },
    );
    people.push(enrolled.enrollCandidate.id);
  }
  await waitFor(
    async () => ((await ok(ops, QUEUE, { first: 10 })).assignmentQueue.nodes.length === 3 ? true : null),
    { what: 'three people in the assignment queue', timeoutMs: 60_000 },
  );
});

afterAll(async () => {
  await platform?.stop();
});

describe('lists that grow come in pages', () => {
  it('walks the assignment queue page by page, longest waiting first, each person once', async () => {
    const first = (await ok(ops, QUEUE, { first: 2 })).assignmentQueue;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(ops, QUEUE, { first: 2, after: first.pageInfo.endCursor })).assignmentQueue;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const walked = [...first.nodes, ...second.nodes];
    expect(new Set(walked.map((n: { candidateId: string }) => n.candidateId))).toEqual(new Set(people));
    const times = walked.map((n: { queuedAt: string }) => n.queuedAt);
    expect(times).toEqual([...times].sort());
  });

  it('refuses a page over the hard maximum and a cursor it never gave, naming the argument', async () => {
    expect(await codeOf(ops, QUEUE, { first: 201 })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ops, QUEUE, { first: 10, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ops, `{ programmes(first: 0) { nodes { id } } }`)).toBe('BAD_USER_INPUT');
    expect(await codeOf(ops, `{ distressAlerts(first: 1000) { candidateId } }`)).toBe('BAD_USER_INPUT');
  });

  it('pages programmes, newest first', async () => {
    const page = (await ok(ops, `{ programmes(first: 1) { nodes { id } pageInfo { hasNextPage } } }`))
      .programmes;
    expect(page).toEqual({ nodes: [{ id: programmeId }], pageInfo: { hasNextPage: false } });
  });

  it('bounds a coach calendar to two months at once', async () => {
    const from = new Date('2027-01-04T00:00:00Z');
    const calendar = `query C($from: DateTime!, $to: DateTime!) { coachCalendar(coachId: "${randomUUID()}", from: $from, to: $to) { id } }`;
    const tooLong = {
      from: from.toISOString(),
      to: new Date(from.getTime() + 63 * 86_400_000).toISOString(),
    };
    expect(await codeOf(ops, calendar, tooLong)).toBe('BAD_USER_INPUT');
    const backwards = { from: from.toISOString(), to: new Date(from.getTime() - 60_000).toISOString() };
    expect(await codeOf(ops, calendar, backwards)).toBe('BAD_USER_INPUT');
  });
});

describe('the gateway prices a query by the pages it asks for', () => {
  it('refuses 20 aliases of the largest queue page before resolving anything', async () => {
    const fields = Array.from(
      { length: 20 },
      (_, i) =>
        `q${i}: assignmentQueue(first: 200) { nodes { candidateId explanation { summary excluded { reasons } } } }`,
    );
    expect(await codeOf(ops, `{ ${fields.join('\n')} }`)).toBe('QUERY_TOO_COSTLY');
  });

  it('lets one such page through', async () => {
    const one = await ok(
      ops,
      `{ assignmentQueue(first: 200) { nodes { candidateId explanation { summary excluded { reasons } } } } }`,
    );
    expect(one.assignmentQueue.nodes).toHaveLength(3);
  });
});
