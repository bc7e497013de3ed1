import { DomainError } from './domain-error';

/**
 * Cursor pagination for every list that grows with the data (docs/decisions/0010). A page is at
 * most `max` items; the cursor is opaque to clients (base64url of the sort key of the last item),
 * so a page boundary never moves when rows are added before it.
 */
export interface PageRequest {
  /** How many items to return. */
  first: number;
  /** The sort key after which the page starts, or null for the first page. */
  after: readonly (string | number)[] | null;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

export interface PageLimits {
  /** When the client does not say (also the schema's default). */
  default: number;
  /** The hard maximum, whatever the client asks. */
  max: number;
}

export const DEFAULT_PAGE: PageLimits = { default: 50, max: 200 };

/** Checks `first` and `after`; a bad value is BAD_USER_INPUT naming the argument. */
export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  limits: PageLimits = DEFAULT_PAGE,
): PageRequest {
  const size = first ?? limits.default;
  if (!Number.isInteger(size) || size < 1 || size > limits.max) {
    throw new DomainError('BAD_USER_INPUT', `first: ask for 1 to ${limits.max} items per page`, {
      field: 'first',
    });
  }
  return { first: size, after: after ? decodeCursor(after) : null };
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length > 0 &&
      key.every((p) => typeof p === 'string' || typeof p === 'number')
    )
      return key;
  } catch {
    // falls through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', 'after: not a cursor this list gave out', { field: 'after' });
}

/**
 * Builds a page from rows fetched with `LIMIT first + 1` in the list's order: the extra row only
 * says there is a next page.
 */
export function toPage<T>(
  rows: readonly T[],
  request: PageRequest,
  keyOf: (row: T) => (string | number)[],
): Page<T> {
  const nodes = rows.slice(0, request.first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      endCursor: last === undefined ? null : encodeCursor(keyOf(last)),
      hasNextPage: rows.length > request.first,
    },
  };
}
