import { randomUUID } from 'node:crypto';
import {
  createOffice,
  enrol,
  expectGraphQLError,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// Lists that grow with the data come in pages (first/after, at most 200), and the gateway prices
// a query by the page sizes it asks for (docs/decisions/0011-pagination-audit.md).

const OFFICE = randomUUID();
let platform: RunningPlatform;
let ops: string;
let programmeId: string;
const people: string[] = [];

const ok = (query: string, variables = {}) => platform.as(ops).ok(query, variables);
const refusal = (query: string, variables = {}) => platform.as(ops).request(query, variables);

const QUEUE = `query Q($first: Int, $after: String) {
  assignmentQueue(first: $first, after: $after) { nodes { candidateId queuedAt } pageInfo { endCursor hasNextPage } }
}`;

beforeAll(async () => {
  platform = await startPlatform();
  ops = await platform.token({ sub: 'ops-brest', role: 'ops', office_ids: [OFFICE] });
  await createOffice(platform.as(ops), {
    id: OFFICE,
    name: 'Brest',
    address: '1 quai, 29200 Brest',
    timeZone: 'Europe/Paris',
    openingHours: weekdays('08:00', '19:00'),
  });
  ({ programmeId } = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Arsenal',
    name: 'PSE Brest',
    officeIds: [OFFICE],
  }));
  // No coach works in Brest yet: everyone waits in the assignment queue.
  for (const n of [1, 2, 3]) {
    people.push(
      await enrol(platform.as(ops), {
        programmeId,
        employeeNumber: `B-${n}`,
        firstName: 'Prénom',
        lastName: `Nom ${n}`,
        email: `brest-${n}@example.org`,
        languages: ['fr'],
      }),
    );
  }
  await waitFor(
    async () => ((await ok(QUEUE, { first: 10 })).assignmentQueue.nodes.length === 3 ? true : null),
    { what: 'three people in the assignment queue', timeoutMs: 60_000 },
  );
});

afterAll(async () => {
  await platform?.stop();
});

describe('lists that grow come in pages', () => {
  it('walks the assignment queue page by page, longest waiting first, each person once', async () => {
    const first = (await ok(QUEUE, { first: 2 })).assignmentQueue;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(QUEUE, { first: 2, after: first.pageInfo.endCursor })).assignmentQueue;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const walked = [...first.nodes, ...second.nodes];
    expect(new Set(walked.map((n: { candidateId: string }) => n.candidateId))).toEqual(new Set(people));
    const times = walked.map((n: { queuedAt: string }) => n.queuedAt);
    expect(times).toEqual([...times].sort());
  });

  it('refuses a page over the hard maximum and a cursor it never gave, naming the argument', async () => {
    expectGraphQLError(await refusal(QUEUE, { first: 201 }), 'BAD_USER_INPUT');
    expectGraphQLError(await refusal(QUEUE, { first: 10, after: 'not-a-cursor' }), 'BAD_USER_INPUT');
    expectGraphQLError(await refusal(`{ programmes(first: 0) { nodes { id } } }`), 'BAD_USER_INPUT');
    expectGraphQLError(await refusal(`{ distressAlerts(first: 1000) { candidateId } }`), 'BAD_USER_INPUT');
  });

  it('pages programmes, newest first', async () => {
    const page = (await ok(`{ programmes(first: 1) { nodes { id } pageInfo { hasNextPage } } }`)).programmes;
    expect(page).toEqual({ nodes: [{ id: programmeId }], pageInfo: { hasNextPage: false } });
  });

  it('bounds a coach calendar to two months at once', async () => {
    const from = new Date('2027-01-04T00:00:00Z');
    const calendar = `query C($from: DateTime!, $to: DateTime!) { coachCalendar(coachId: "${randomUUID()}", from: $from, to: $to) { id } }`;
    const tooLong = {
      from: from.toISOString(),
      to: new Date(from.getTime() + 63 * 86_400_000).toISOString(),
    };
    expectGraphQLError(await refusal(calendar, tooLong), 'BAD_USER_INPUT');
    const backwards = { from: from.toISOString(), to: new Date(from.getTime() - 60_000).toISOString() };
    expectGraphQLError(await refusal(calendar, backwards), 'BAD_USER_INPUT');
  });
});

describe('the gateway prices a query by the pages it asks for', () => {
  it('refuses 20 aliases of the largest queue page before resolving anything', async () => {
    const fields = Array.from(
      { length: 20 },
      (_, i) =>
        `q${i}: assignmentQueue(first: 200) { nodes { candidateId explanation { summary excluded { reasons } } } }`,
    );
    expectGraphQLError(await refusal(`{ ${fields.join('\n')} }`), 'QUERY_TOO_COSTLY');
  });

  it('lets one such page through', async () => {
    const one = await ok(
      `{ assignmentQueue(first: 200) { nodes { candidateId explanation { summary excluded { reasons } } } } }`,
    );
    expect(one.assignmentQueue.nodes).toHaveLength(3);
  });
});
