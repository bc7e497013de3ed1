import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';

export interface GatewayContext {
  identity: Identity;
  correlationId: string;
  traceparent: string | null;
}

/**
 * Calls one subgraph with the caller's verified identity, signed by the gateway, and the
 * correlation id; the client's own headers are never passed through.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly identitySecret: string,
  ) {
    // Node's own fetch (undici, kept-alive connections), not Apollo's default make-fetch-happen:
    // its agent builds an Error per request to read the call stack (agent-base's
    // isSecureEndpoint), which source maps make costly; it was a quarter of the gateway's CPU
    // (docs/benchmarks.md, bench:gateway).
    super({ url, fetcher: fetch });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { identity, correlationId, traceparent } = context as Partial<GatewayContext>;
    if (!identity || !correlationId) return; // the gateway's own health probes carry no identity
    request.http?.headers.set(
      FORWARDED_IDENTITY_HEADER,
      await signForwardedIdentity(identity, this.identitySecret),
    );
    request.http?.headers.set(HEADERS.correlationId, correlationId);
    if (traceparent) request.http?.headers.set(HEADERS.traceparent, traceparent);
  }
}
