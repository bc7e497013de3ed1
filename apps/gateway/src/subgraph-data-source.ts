import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  FORWARDED_IDENTITY_HEADER,
  type ForwardedIdentitySigner,
  type Identity,
} from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';

export interface GatewayContext {
  identity: Identity;
  correlationId: string;
  traceparent: string | null;
}

/** The system error under fetch's "fetch failed" (ECONNREFUSED, ECONNRESET...), when there is one. */
type SystemError = Error & { code?: string; errno?: number; syscall?: string };

/**
 * Node's fetch, with a failed connection reported as make-fetch-happen reported it: an error naming
 * the subgraph's URL with the system error's code (ECONNREFUSED...), which the masked-error log
 * keeps, rather than a bare "fetch failed" whose code hides in its cause.
 */
async function subgraphFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    const cause = (error as { cause?: SystemError }).cause;
    if (!cause?.code) throw error;
    const url = input instanceof Request ? input.url : String(input);
    throw Object.assign(new Error(`request to ${url} failed, reason: ${cause.message}`), {
      code: cause.code,
      errno: cause.errno,
      syscall: cause.syscall,
      cause,
    });
  }
}

/**
 * Calls one subgraph with the caller's verified identity, signed by the gateway, and the
 * correlation id; the client's own headers are never passed through.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly forwardedIdentity: ForwardedIdentitySigner,
  ) {
    // Node's own fetch (undici, kept-alive connections), not Apollo's default make-fetch-happen:
    // its agent builds an Error per request to read the call stack (agent-base's
    // isSecureEndpoint), which source maps make costly; it was a quarter of the gateway's CPU
    // (docs/benchmarks.md, bench:gateway).
    super({ url, fetcher: subgraphFetch });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { identity, correlationId, traceparent } = context as Partial<GatewayContext>;
    if (!identity || !correlationId) return; // the gateway's own health probes carry no identity
    request.http?.headers.set(FORWARDED_IDENTITY_HEADER, await this.forwardedIdentity.header(identity));
    request.http?.headers.set(HEADERS.correlationId, correlationId);
    if (traceparent) request.http?.headers.set(HEADERS.traceparent, traceparent);
  }
}
