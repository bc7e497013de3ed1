// A counting HTTP proxy in front of each subgraph, for the gateway of the run: it forwards every
// request as it is (GraphQL, the upload's internal route, health) and counts them, and keeps the
// correlation ids the run's faults marked (`soak-...`), so a fault can tell whether a request it
// sent through the gateway reached a subgraph at all (graphql-abuse: refused before any resolver).
import { Agent, createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HEADERS } from '@passerelle/shared/contracts';

export interface SubgraphProxy {
  /** Where the gateway calls the subgraph: the proxy's URL with the subgraph's path. */
  url: string;
  /** Requests forwarded so far. */
  requests(): number;
  /** The correlation ids starting with `soak-` seen so far, in order. */
  markedCorrelationIds(): readonly string[];
  close(): Promise<void>;
}

/** Only ids a fault marks are kept: the run's other requests carry the gateway's random ones. */
export const MARKED_CORRELATION_PREFIX = 'soak-';

export async function startSubgraphProxy(target: string): Promise<SubgraphProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let requests = 0;
  const marked: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    requests++;
    const correlationId = incoming.headers[HEADERS.correlationId];
    if (typeof correlationId === 'string' && correlationId.startsWith(MARKED_CORRELATION_PREFIX))
      marked.push(correlationId);
    const proxied = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
        agent,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on('error', () => outgoing.destroy());
    incoming.pipe(proxied);
  });
  // The gateway keeps its connections open between requests (as the subgraphs' own servers allow).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    requests: () => requests,
    markedCorrelationIds: () => marked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
