import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { malformedIdArguments, uuidArgumentsPlugin } from './uuid-arguments';

const schema = buildSchema(`
  type Candidate { id: ID! sessions(officeId: ID, limit: Int): [String!]! }
  type Query {
    candidate(id: ID!): Candidate
    caseload(coachId: ID!): [Candidate!]!
    occupation(code: ID!): String
    search(id: String): String
  }
  type Mutation { markNoShow(sessionId: ID!, candidateIds: [ID!]): Boolean }
`);

const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

const check = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  malformedIdArguments(schema, parse(query), operationName, variables);

describe('malformedIdArguments', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['a UUID literal', `{ candidate(id: "${UUID}") { id } }`, {}],
    [
      'an upper-case UUID in a variable',
      'query Q($id: ID!) { candidate(id: $id) { id } }',
      { id: UUID.toUpperCase() },
    ],
    ['a list of UUIDs', `mutation { markNoShow(sessionId: "${UUID}", candidateIds: ["${UUID}"]) }`, {}],
    ['an absent optional id', `{ candidate(id: "${UUID}") { sessions(limit: 2) } }`, {}],
    ['an ID argument not named like an id (a ROME code)', '{ occupation(code: "M1805") }', {}],
    ['an argument named id that is not an ID', '{ search(id: "anything") }', {}],
  ])('lets %s through', (_label, query, variables) => {
    expect(check(query, variables)).toEqual([]);
  });

  it.each<[string, string, Record<string, unknown>, { field: string; argument: string }[]]>([
    ['a literal', '{ candidate(id: "x") { id } }', {}, [{ field: 'candidate', argument: 'id' }]],
    [
      'a variable',
      'query Q($coach: ID!) { caseload(coachId: $coach) { id } }',
      { coach: '42' },
      [{ field: 'caseload', argument: 'coachId' }],
    ],
    ['an integer literal', '{ candidate(id: 42) { id } }', {}, [{ field: 'candidate', argument: 'id' }]],
    [
      'one bad item of a list',
      `mutation { markNoShow(sessionId: "${UUID}", candidateIds: ["${UUID}", "nope"]) }`,
      {},
      [{ field: 'markNoShow', argument: 'candidateIds' }],
    ],
    [
      'a nested field in a fragment',
      `query Q { candidate(id: "${UUID}") { ...F } } fragment F on Candidate { sessions(officeId: "lyon") }`,
      {},
      [{ field: 'sessions', argument: 'officeId' }],
    ],
  ])('finds a malformed id in %s', (_label, query, variables, expected) => {
    expect(check(query, variables)).toEqual(expected);
  });

  it("reads each request's variables when the same parsed document comes again (as Apollo hands it)", () => {
    const document = parse(
      'query A($id: ID!) { candidate(id: $id) { id } } query B($coach: ID!) { caseload(coachId: $coach) { id } }',
    );
    expect(malformedIdArguments(schema, document, 'A', { id: UUID })).toEqual([]);
    expect(malformedIdArguments(schema, document, 'A', { id: 'x' })).toEqual([
      { field: 'candidate', argument: 'id' },
    ]);
    expect(malformedIdArguments(schema, document, 'B', { coach: 'x' })).toEqual([
      { field: 'caseload', argument: 'coachId' },
    ]);
    expect(malformedIdArguments(schema, document, 'B', { coach: UUID })).toEqual([]);
  });

  it('checks only the operation that runs', () => {
    const document = `query Good { candidate(id: "${UUID}") { id } } query Bad { candidate(id: "x") { id } }`;
    expect(check(document, {}, 'Good')).toEqual([]);
    expect(check(document, {}, 'Bad')).toEqual([{ field: 'candidate', argument: 'id' }]);
  });
});

describe('uuidArgumentsPlugin', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { candidate(id: ID!): String }',
    resolvers: { Query: { candidate: (_: unknown, { id }: { id: string }) => `candidate ${id}` } },
    plugins: [uuidArgumentsPlugin()],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('refuses the operation with BAD_USER_INPUT naming the argument, before any resolver runs', async () => {
    const response = await server.executeOperation({
      query: 'query Q($id: ID!) { candidate(id: $id) }',
      variables: { id: 'x' },
    });
    expect(response.http.status).toBe(400);
    expect(response.body).toEqual({
      kind: 'single',
      singleResult: {
        errors: [
          {
            message: 'id must be a UUID (argument of candidate)',
            extensions: { code: 'BAD_USER_INPUT', arguments: [{ field: 'candidate', argument: 'id' }] },
          },
        ],
      },
    });
  });

  it('runs the operation when every id is a UUID', async () => {
    const response = await server.executeOperation({ query: `{ candidate(id: "${UUID}") }` });
    expect(response.body).toEqual({
      kind: 'single',
      singleResult: { data: { candidate: `candidate ${UUID}` } },
    });
  });
});
