import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphClient } from './subgraph-client';

interface Received {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: unknown;
}

describe('SubgraphClient', () => {
  const received: Received[] = [];
  let server: Server;
  let url: string;
  const client = new SubgraphClient();

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        received.push({ method: request.method!, headers: request.headers, body, socket: request.socket });
        if (request.url === '/text') {
          response.writeHead(502, 'Bad Gateway', { 'content-type': 'text/plain' }).end('upstream down');
          return;
        }
        response
          .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private, max-age=0' })
          .end(JSON.stringify({ data: { echo: JSON.parse(body) as unknown } }));
      });
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await client.close();
    await new Promise((closed) => server.close(closed));
  });

  beforeEach(() => (received.length = 0));

  it('posts the body with its length and the headers it is given, and reads the answer whole', async () => {
    const body = JSON.stringify({ query: '{ candidate(id: "é") { id } }' });
    const reply = await client.post(
      `${url}/graphql`,
      { 'content-type': 'application/json', 'x-passerelle-identity': 'signed' },
      body,
    );
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', body });
    expect(received[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      'x-passerelle-identity': 'signed',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(received[0]!.headers['transfer-encoding']).toBeUndefined();
    expect(reply).toEqual({
      url: `${url}/graphql`,
      status: 200,
      statusText: 'OK',
      contentType: 'application/json',
      body: JSON.stringify({ data: { echo: JSON.parse(body) as unknown } }),
    });
  });

  it('keeps the connection for the next call', async () => {
    // A client of its own, so the connection it opens is its only one.
    const fresh = new SubgraphClient();
    try {
      await fresh.post(`${url}/graphql`, {}, '{}');
      // undici frees the connection just after the answer's end: a call in the same tick would open another.
      await new Promise((turn) => setImmediate(turn));
      await fresh.post(`${url}/graphql`, {}, '{}');
    } finally {
      await fresh.close();
    }
    expect(received).toHaveLength(2);
    expect(received[1]!.socket === received[0]!.socket).toBe(true);
  });

  it('gives a refused answer its status, its reason and its text', async () => {
    const reply = await client.post(`${url}/text`, {}, '{}');
    expect(reply).toEqual({
      url: `${url}/text`,
      status: 502,
      statusText: 'Bad Gateway',
      contentType: 'text/plain',
      body: 'upstream down',
    });
  });

  it('names the subgraph and the system error when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', () => listening()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await expect(client.post(`http://127.0.0.1:${port}/graphql`, {}, '{}')).rejects.toMatchObject({
      message: `request to http://127.0.0.1:${port}/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:${port}`,
      code: 'ECONNREFUSED',
      syscall: 'connect',
    });
  });
});

describe('SubgraphClient, a subgraph that never answers', () => {
  it('gives up after its idle timeout, naming the subgraph', async () => {
    const silent = createServer(() => undefined); // reads the request, never answers
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', () => listening()));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const client = new SubgraphClient(100);
    try {
      await expect(client.post(url, {}, '{}')).rejects.toMatchObject({
        message: `request to ${url} failed, reason: no answer for 100 ms`,
        code: 'ETIMEDOUT',
      });
    } finally {
      await client.close();
      silent.closeAllConnections();
      await new Promise((closed) => silent.close(closed));
    }
  });
});
