import { dataOf } from './graphql-client';
import { expectGraphQLError } from './graphql-error';

const forbidden = { message: 'not open to the sponsor role', extensions: { code: 'FORBIDDEN' } };

describe('expectGraphQLError', () => {
  it.each([
    ['the code of the only error', { errors: [forbidden] }, 'FORBIDDEN', undefined],
    ['the code of the first error', { errors: [forbidden, { message: 'x' }] }, 'FORBIDDEN', undefined],
    ['the code and part of the message', { errors: [forbidden] }, 'FORBIDDEN', 'sponsor role'],
    [
      'an answer with its HTTP status',
      { status: 403, body: { errors: [forbidden] } },
      'FORBIDDEN',
      undefined,
    ],
  ])('accepts %s', (_case, answer, code, part) => {
    expect(expectGraphQLError(answer, code, part)).toBe(forbidden);
  });

  it.each([
    ['no error at all', { data: { candidate: null } }, 'FORBIDDEN', undefined, /got no error/],
    ['another code', { errors: [forbidden] }, 'CANDIDATE_NOT_FOUND', undefined, /got FORBIDDEN/],
    ['an error without a code', { errors: [{ message: 'boom' }] }, 'FORBIDDEN', undefined, /got undefined/],
    [
      'the code on a later error only',
      { errors: [{ message: 'x' }, forbidden] },
      'FORBIDDEN',
      undefined,
      /got undefined/,
    ],
    ['a message without the part', { errors: [forbidden] }, 'FORBIDDEN', 'coach role', /saying "coach role"/],
  ])('refuses %s', (_case, answer, code, part, why) => {
    expect(() => expectGraphQLError(answer, code, part)).toThrow(why);
  });
});

describe('dataOf', () => {
  it('gives the data of an answer without errors', () => {
    expect(dataOf({ status: 200, body: { data: { a: 1 } } })).toEqual({ a: 1 });
  });

  it.each([
    ['errors beside data', { data: { a: null }, errors: [forbidden] }],
    ['no data', { errors: [forbidden] }],
    ['null data', { data: null }],
  ])('fails the test on %s, printing the answer', (_case, body) => {
    expect(() => dataOf(body, 'query Q { a }')).toThrow(/expected an answer without errors[\s\S]*to query Q/);
  });
});
