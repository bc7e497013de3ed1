import { createLogger } from './logger';
import { startInternalServer, type InternalServer } from './internal-server';
import { Writable } from 'node:stream';

describe('startInternalServer', () => {
  const logged: Record<string, unknown>[] = [];
  const logger = createLogger(
    'test',
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  let server: InternalServer;

  beforeAll(async () => {
    server = await startInternalServer({
      host: '127.0.0.1',
      port: 0,
      logger,
      checks: [
        { name: 'intake', check: async () => undefined },
        { name: 'matching', check: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.3.7:4004')) },
      ],
    });
  });

  afterAll(() => server.close());

  it('answers readiness with a status per dependency, the reason only in the logs', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: { intake: { status: 'up' }, matching: { status: 'down' } },
    });
    expect(logged).toEqual([
      expect.objectContaining({
        level: 40,
        dependency: 'matching',
        err: expect.objectContaining({ message: 'connect ECONNREFUSED 10.0.3.7:4004' }),
      }),
    ]);
  });

  it('serves Prometheus metrics', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('process_cpu_user_seconds_total');
  });

  it.each([
    ['GET', '/graphql', 404],
    ['POST', '/health', 405],
  ])('refuses %s %s with %i', async (method, path, status) => {
    expect((await fetch(`${server.url}${path}`, { method })).status).toBe(status);
  });
});
