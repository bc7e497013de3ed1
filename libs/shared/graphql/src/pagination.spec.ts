import { DomainError } from './domain-error';
import { encodeCursor, pageRequest, toPage } from './pagination';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return [(error as DomainError).code, (error as DomainError).details['field']];
  }
  return null;
};

describe('cursor pagination', () => {
  it('takes the default page size and no cursor for a first page', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ first: 50, after: null });
    expect(pageRequest(null, null, { default: 20, max: 100 })).toEqual({ first: 20, after: null });
  });

  it.each([
    ['zero', 0],
    ['negative', -3],
    ['over the hard maximum', 201],
    ['not a whole number', 2.5],
  ])('refuses a page size %s, naming the argument', (_case, first) => {
    expect(codeOf(() => pageRequest(first, null))).toEqual(['BAD_USER_INPUT', 'first']);
  });

  it.each([
    ['garbage', '%%%'],
    ['not a key', encodeCursor([])],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
  ])('refuses a cursor that is %s, naming the argument', (_case, after) => {
    expect(codeOf(() => pageRequest(10, after))).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('gives the next page from the last item of this one', () => {
    const rows = [
      { at: '2026-12-01', id: 'a' },
      { at: '2026-12-02', id: 'b' },
      { at: '2026-12-03', id: 'c' },
    ];
    const request = pageRequest(2, null);
    const page = toPage(rows, request, (row) => [row.at, row.id]);
    expect(page.nodes.map((row) => row.id)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(pageRequest(2, page.pageInfo.endCursor).after).toEqual(['2026-12-02', 'b']);
    const last = toPage(rows.slice(2), request, (row) => [row.at, row.id]);
    expect(last.pageInfo).toEqual({ endCursor: encodeCursor(['2026-12-03', 'c']), hasNextPage: false });
    expect(toPage([], request, () => []).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });
});
