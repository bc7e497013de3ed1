import { signForwardedIdentity, FORWARDED_IDENTITY_HEADER, type Identity } from '@passerelle/shared/auth';

/** One entry of a GraphQL answer's `errors`, as the gateway and the subgraphs send it. */
export type GraphQLError = {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
};

export type GraphQLBody<T> = { data?: T | null; errors?: GraphQLError[] };

/** An answer over HTTP: the status (401, 403, 429 mean something) and the JSON body. */
export interface GraphQLAnswer<T> {
  status: number;
  body: GraphQLBody<T>;
}

/** What `ok` returns when no type is given: checked field by field by the assertions that read it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers, checked field by field by the assertions
export type AnyData = Record<string, any>;

/** A GraphQL POST, as a client sends it. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/**
 * One caller of one GraphQL endpoint: `request` gives the raw answer (to assert a refusal on),
 * `ok` the data of an answer that must have no error, failing the test with the errors otherwise.
 */
export class GraphQLClient {
  constructor(
    readonly url: string,
    private readonly headers: () => Promise<Record<string, string>>,
  ) {}

  async request<T = AnyData>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLAnswer<T>> {
    return graphql<T>(this.url, query, variables, await this.headers());
  }

  async ok<T = AnyData>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return dataOf(await this.request<T>(query, variables), query);
  }
}

/** The gateway as the holder of this token calls it. */
export function gatewayAs(gatewayUrl: string, token: string): GraphQLClient {
  return new GraphQLClient(gatewayUrl, async () => bearer(token));
}

/** A subgraph as the gateway calls it on behalf of `identity`: signed forwarded identity, no token. */
export function subgraphAs(subgraphUrl: string, identity: Identity, secret: string): GraphQLClient {
  return new GraphQLClient(subgraphUrl, async () => ({
    [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, secret),
  }));
}

/** The data of an answer that must hold no error; the errors, printed, fail the test otherwise. */
export function dataOf<T>(
  answer: GraphQLAnswer<T> | { data?: T | null; errors?: readonly unknown[] },
  query?: string,
): T {
  const body = 'body' in answer ? answer.body : answer;
  if (body.errors?.length || body.data === undefined || body.data === null) {
    const status = 'status' in answer ? ` (HTTP ${answer.status})` : '';
    throw new Error(
      `expected an answer without errors${status}, got ${JSON.stringify(body, null, 2)}` +
        (query ? `\nto ${query.trim().split('\n')[0]}` : ''),
    );
  }
  return body.data;
}
