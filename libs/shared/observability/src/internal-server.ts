import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { metricsRegistry } from './metrics';
import { checkReadiness, type ReadinessCheck } from './readiness';

export interface InternalServerOptions {
  host: string;
  port: number;
  checks: readonly ReadinessCheck[];
  logger: Logger;
}

export interface InternalServer {
  /** Where it listens, e.g. http://127.0.0.1:9400. */
  url: string;
  close(): Promise<void>;
}

/**
 * The platform's own port, apart from the one clients reach: readiness with a status per
 * dependency (`GET /health`) and Prometheus metrics (`GET /metrics`). Plain HTTP, no framework:
 * it must answer while the app's own routes are busy or broken.
 */
export async function startInternalServer(options: InternalServerOptions): Promise<InternalServer> {
  const server = createServer((request, response) => {
    answer(request, response, options).catch((error: unknown) => {
      options.logger.error({ err: error }, 'internal endpoint failed');
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  { checks, logger }: InternalServerOptions,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://internal').pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
  } else if (path === '/health') {
    const report = await checkReadiness(checks, (name, error) =>
      logger.warn({ dependency: name, err: error }, `${name} is down`),
    );
    response
      .writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify(report));
  } else if (path === '/metrics') {
    const body = await metricsRegistry.metrics();
    response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body);
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('GET /health or /metrics');
  }
}
