import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  FORWARDED_IDENTITY_HEADER,
  type ForwardedIdentitySigner,
  type Identity,
} from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';
import type { SubgraphClient, SubgraphReply } from './subgraph-client';

export interface GatewayContext {
  identity: Identity;
  correlationId: string;
  traceparent: string | null;
}

type SubgraphAnswer = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Calls one subgraph with the caller's verified identity, signed by the gateway, and the
 * correlation id; the client's own headers are never passed through.
 *
 * Apollo's `RemoteGraphQLDataSource` does the same call but builds, for every one, a node-fetch
 * `Headers` and a node-fetch `Request` it only hands to its error hooks (the `Request` parses the
 * URL with the legacy `url.parse`): 7.5% of the gateway's busy time (docs/benchmarks.md,
 * bench:gateway). This is its `process` without them, answering as it does: the subgraph's JSON
 * answer as it came, a status outside 2xx as a `GraphQLError` "<status>: <reason>" (with
 * UNAUTHENTICATED or FORBIDDEN for 401 and 403, and the answer in `extensions.response`), and an
 * answer that is not a JSON object as an error. No subgraph sends cache hints, so none are read.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    readonly url: string,
    private readonly forwardedIdentity: ForwardedIdentitySigner,
    /** The gateway's one client, for every subgraph (subgraph-client.ts). */
    private readonly client: SubgraphClient,
  ) {}

  async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const { http, ...operation } = request;
    if (!operation.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    // What the gateway itself asks of the subgraph (Apollo's trace header when it records traces).
    if (http?.headers) for (const [name, value] of http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    const { identity, correlationId, traceparent } = context as Partial<GatewayContext>;
    // The gateway's own health probes carry no identity.
    if (identity && correlationId) {
      headers[FORWARDED_IDENTITY_HEADER] = await this.forwardedIdentity.header(identity);
      headers[HEADERS.correlationId] = correlationId;
      if (traceparent) headers[HEADERS.traceparent] = traceparent;
    }
    const reply = await this.client.post(this.url, headers, JSON.stringify(operation));
    if (reply.status < 200 || reply.status > 299) throw refusal(reply);
    const body = bodyOf(reply);
    if (typeof body !== 'object' || body === null)
      throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    return body as SubgraphAnswer;
  }
}

/** JSON when the subgraph says so, its text otherwise (as Apollo's `parseBody`). */
function bodyOf(reply: SubgraphReply): unknown {
  const contentType = reply.contentType;
  return contentType?.startsWith('application/json') ||
    contentType?.startsWith('application/graphql-response+json')
    ? (JSON.parse(reply.body) as unknown)
    : reply.body;
}

/** A subgraph's answer outside 2xx, as Apollo's `errorFromResponse` words it. */
function refusal(reply: SubgraphReply): GraphQLError {
  const code = reply.status === 401 ? 'UNAUTHENTICATED' : reply.status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${reply.status}: ${reply.statusText}`, {
    extensions: {
      response: { url: reply.url, status: reply.status, statusText: reply.statusText, body: bodyOf(reply) },
      ...(code ? { code } : {}),
    },
  });
}
