import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Candidate { id: ID! name: String! friends: [Candidate!]! coach: Coach }
  type Coach { id: ID! caseload: [Candidate!]! }
  type Query { candidate(id: ID!): Candidate candidates: [Candidate!]! }
`);

const rule = queryLimitsRule({ maxDepth: 4, maxAliases: 3, maxCost: 200 });
const errorsOf = (query: string) =>
  validate(schema, parse(query), [rule]).map((error) => error.extensions['code']);

describe('queryLimitsRule', () => {
  it.each([
    ['a small query', '{ candidate(id: "1") { id name coach { id } } }', []],
    [
      'a query five levels deep',
      '{ candidate(id: "1") { coach { caseload { coach { caseload { id } } } } } }',
      ['QUERY_TOO_DEEP'],
    ],
    [
      'four aliases',
      '{ a: candidate(id: "1") { id } b: candidate(id: "2") { id } c: candidate(id: "3") { id } d: candidate(id: "4") { id } }',
      ['TOO_MANY_ALIASES'],
    ],
    ['nested lists', '{ candidates { friends { friends { id name } } } }', ['QUERY_TOO_COSTLY']],
    [
      'depth hidden in a fragment',
      'query Q { candidate(id: "1") { ...F } } fragment F on Candidate { coach { caseload { coach { id } } } }',
      ['QUERY_TOO_DEEP'],
    ],
  ])('%s', (_label, query, expected) => {
    expect(errorsOf(query)).toEqual(expected);
  });

  it('measures 30 levels of fragments spreading fragments twice each in linear time', () => {
    const depth = 30;
    const fragments = Array.from(
      { length: depth },
      (_, i) =>
        `fragment F${i} on Query { ${i + 1 < depth ? `...F${i + 1} ...F${i + 1}` : 'candidates { id }'} }`,
    ).join(' ');
    // Re-measuring each spread would take 2^30 steps and never finish within the test's timeout.
    expect(errorsOf(`query Q { ...F0 } ${fragments}`)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it.each([
    [
      '5,000 aliases of __typename',
      `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    ],
    [
      'aliases inside __schema',
      '{ __schema { a: types { name } b: types { name } c: types { name } d: types { name } } }',
    ],
    [
      'aliases of __type in a fragment',
      'query Q { ...F } fragment F on Query { a: __type(name: "A") { name } b: __type(name: "B") { name } c: __type(name: "C") { name } d: __type(name: "D") { name } }',
    ],
  ])('counts %s', (_label, query) => {
    expect(errorsOf(query)).toEqual(['TOO_MANY_ALIASES']);
  });

  it("measures no depth or cost inside introspection, so a client's standard introspection query passes", () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const query = 'query Q { candidate(id: "1") { ...F } } fragment F on Candidate { id friends { ...F } }';
    expect(() => validate(schema, parse(query), [rule])).not.toThrow();
  });
});

describe('queryLimitsRule prices paged lists by the page they ask for', () => {
  const paged = buildSchema(`
    type PageInfo { endCursor: String hasNextPage: Boolean! }
    type Person { id: ID! name: String! }
    type PersonPage { nodes: [Person!]! pageInfo: PageInfo! }
    type Query {
      queue(first: Int = 50, after: String): PersonPage!
      urgent(first: Int = 50): [Person!]!
    }
  `);
  // One person costs 3 (the object, its id, its name): a page of n costs about 3n.
  const pagedRule = queryLimitsRule({ maxDepth: 10, maxAliases: 30, maxCost: 700 });
  const codesOf = (query: string) =>
    validate(paged, parse(query), [pagedRule]).map((error) => error.extensions['code']);

  it.each([
    ['a page of 200', '{ queue(first: 200) { nodes { id name } } }', []],
    ['a page of 300 is priced as the maximum of 200', '{ queue(first: 300) { nodes { id name } } }', []],
    [
      'two pages of 200',
      '{ a: queue(first: 200) { nodes { id name } } b: queue(first: 200) { nodes { id name } } }',
      ['QUERY_TOO_COSTLY'],
    ],
    ['the default page, twice', '{ a: queue { nodes { id name } } b: queue { nodes { id name } } }', []],
    [
      'a page size from a variable, priced at the maximum, twice',
      'query Q($n: Int) { a: queue(first: $n) { nodes { id } } b: queue(first: $n) { nodes { id } } }',
      ['QUERY_TOO_COSTLY'],
    ],
    [
      'a list with first',
      '{ a: urgent(first: 200) { id name } b: urgent(first: 200) { id name } }',
      ['QUERY_TOO_COSTLY'],
    ],
    [
      'nodes behind a fragment',
      '{ a: queue(first: 200) { ...P } b: queue(first: 200) { ...P } } fragment P on PersonPage { nodes { id name } }',
      ['QUERY_TOO_COSTLY'],
    ],
  ])('%s', (_label, query, expected) => {
    expect(codesOf(query)).toEqual(expected);
  });
});
