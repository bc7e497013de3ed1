import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReceivedHeaders, subgraphFetcher } from './subgraph-fetcher';

interface Received {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: unknown;
}

describe('subgraphFetcher', () => {
  const received: Received[] = [];
  let server: Server;
  let url: string;
  const fetcher = subgraphFetcher();

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
    fetcher.destroy();
    await new Promise((closed) => server.close(closed));
  });

  beforeEach(() => (received.length = 0));

  it('posts the body with its length and the headers it is given, and reads the JSON answer', async () => {
    const body = JSON.stringify({ query: '{ candidate(id: "é") { id } }' });
    const response = await fetcher(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-passerelle-identity': 'signed' },
      body,
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', body });
    expect(received[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      'x-passerelle-identity': 'signed',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(received[0]!.headers['transfer-encoding']).toBeUndefined();
    expect(response).toMatchObject({ ok: true, status: 200, url: `${url}/graphql` });
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=0');
    expect(await response.json()).toEqual({ data: { echo: JSON.parse(body) as unknown } });
    expect(response.bodyUsed).toBe(true);
  });

  it('keeps the connection for the next call', async () => {
    const call = () => fetcher(`${url}/graphql`, { method: 'POST', body: '{}' }).then((r) => r.json());
    await call();
    await call();
    expect(received).toHaveLength(2);
    expect(received[1]!.socket).toBe(received[0]!.socket);
  });

  it('gives a refused answer its status, its reason and its text', async () => {
    const response = await fetcher(`${url}/text`, { method: 'POST', body: '{}' });
    expect(response).toMatchObject({ ok: false, status: 502, statusText: 'Bad Gateway' });
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('upstream down');
  });

  it('names the subgraph and the system error when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', () => listening()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await expect(
      fetcher(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' }),
    ).rejects.toMatchObject({
      message: `request to http://127.0.0.1:${port}/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:${port}`,
      code: 'ECONNREFUSED',
      syscall: 'connect',
    });
  });
});

describe('subgraphFetcher, a subgraph that never answers', () => {
  it('gives up after its idle timeout, naming the subgraph', async () => {
    const silent = createServer(() => undefined); // reads the request, never answers
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', () => listening()));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const fetcher = subgraphFetcher(100);
    try {
      await expect(fetcher(url, { method: 'POST', body: '{}' })).rejects.toMatchObject({
        message: `request to ${url} failed, reason: no answer for 100 ms`,
        code: 'ETIMEDOUT',
      });
    } finally {
      fetcher.destroy();
      silent.closeAllConnections();
      await new Promise((closed) => silent.close(closed));
    }
  });
});

describe('ReceivedHeaders', () => {
  it.each([
    ['content-type', 'application/json'],
    ['Content-Type', 'application/json'],
    ['set-cookie', 'a=1, b=2'],
    ['x-missing', null],
  ])('get(%s)', (name, value) => {
    const headers = new ReceivedHeaders({ 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
    expect(headers.get(name)).toBe(value);
  });

  it('cannot be changed', () => {
    const headers = new ReceivedHeaders({ 'content-type': 'application/json' });
    expect(() => headers.set()).toThrow(TypeError);
    expect([...headers]).toEqual([['content-type', 'application/json']]);
  });
});
