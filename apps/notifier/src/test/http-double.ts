import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a double received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A real HTTP server on a free port, answering with `route` and keeping every request: the base
 * of the notifier's doubles of other services' and providers' HTTP contracts.
 */
export class HttpDouble {
  readonly received: ReceivedRequest[] = [];

  private constructor(private readonly server: Server) {}

  static async start(
    route: (
      request: ReceivedRequest,
    ) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown },
  ): Promise<HttpDouble> {
    let double: HttpDouble | null = null;
    const server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received: ReceivedRequest = {
          method: request.method ?? 'GET',
          path: request.url ?? '/',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        double?.received.push(received);
        void Promise.resolve(route(received)).then(({ status, body }) =>
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
        );
      });
    });
    double = new HttpDouble(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
