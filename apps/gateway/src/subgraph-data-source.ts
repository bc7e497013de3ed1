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

/**
 * Calls one subgraph with the caller's verified identity, signed by the gateway, and the
 * correlation id; the client's own headers are never passed through.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly forwardedIdentity: ForwardedIdentitySigner,
    fetcher: RemoteGraphQLDataSource['fetcher'],
  ) {
    // The gateway's one subgraphFetcher(): Node's http with kept-alive connections (subgraph-fetcher.ts), neither Apollo's default
    // make-fetch-happen (its agent builds an Error per request to read the call stack, which
    // source maps make costly) nor Node's fetch (WHATWG streams per call): docs/benchmarks.md.
    super({ url, fetcher });
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
