import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import {
  FORWARDED_IDENTITY_HEADER,
  ForwardedIdentitySigner,
  verifyForwardedIdentity,
} from '@passerelle/shared/auth';
import { SubgraphClient } from './subgraph-client';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

const SECRET = 'a-secret-shared-by-the-gateway-and-its-subgraphs';
const NOW = new Date('2026-12-05T22:00:00Z');
const identity = {
  subject: 'ops-1',
  role: 'ops' as const,
  officeIds: ['5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f'],
  allOffices: false,
};
const operation = {
  query: 'query C($id: ID!) { candidate(id: $id) { id } }',
  variables: { id: 'c-1' },
  operationName: 'C',
};

/** What the subgraph answers, by path: status, content type, body. */
const answers: Record<string, [number, string, string]> = {
  '/graphql': [
    200,
    'application/json; charset=utf-8',
    JSON.stringify({ data: { candidate: { id: 'c-1' } } }),
  ],
  '/partial': [
    200,
    'application/graphql-response+json',
    JSON.stringify({ data: null, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] }),
  ],
  '/401': [401, 'application/json', JSON.stringify({ errors: [{ message: 'who?' }] })],
  '/403': [403, 'text/plain', 'forbidden'],
  '/500': [500, 'text/plain', 'broken'],
  '/text': [200, 'text/plain', 'not json'],
};

describe('SubgraphDataSource', () => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const client = new SubgraphClient();
  const signer = new ForwardedIdentitySigner(SECRET, () => NOW);
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        const [status, contentType, answer] = answers[request.url!]!;
        response.writeHead(status, { 'content-type': contentType }).end(answer);
      });
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await client.close();
    await new Promise((closed) => server.close(closed));
  });

  beforeEach(() => (received.length = 0));

  const call = (path: string, context: Partial<GatewayContext>) =>
    new SubgraphDataSource(`${base}${path}`, signer, client).process({
      kind: 'incoming operation',
      request: { ...operation },
      context,
      incomingRequestContext: {},
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);

  it('sends the operation with the signed identity, the correlation id and the trace, and answers what the subgraph said', async () => {
    const answer = await call('/graphql', {
      identity,
      correlationId: 'corr-1',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    });
    expect(answer).toEqual({ data: { candidate: { id: 'c-1' } } });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toEqual(operation);
    const headers = received[0]!.headers;
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'x-correlation-id': 'corr-1',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    });
    expect(
      await verifyForwardedIdentity(headers[FORWARDED_IDENTITY_HEADER] as string, SECRET, { now: NOW }),
    ).toEqual(identity);
  });

  it("passes a subgraph's errors on as they came", async () => {
    await expect(call('/partial', { identity, correlationId: 'corr-1', traceparent: null })).resolves.toEqual(
      {
        data: null,
        errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }],
      },
    );
    expect(received[0]!.headers.traceparent).toBeUndefined();
  });

  it('sends no identity for a call without one (the gateway’s own health probe)', async () => {
    await call('/graphql', {});
    expect(received[0]!.headers[FORWARDED_IDENTITY_HEADER]).toBeUndefined();
    expect(received[0]!.headers['x-correlation-id']).toBeUndefined();
  });

  it.each([
    ['/401', '401: Unauthorized', 'UNAUTHENTICATED', { errors: [{ message: 'who?' }] }],
    ['/403', '403: Forbidden', 'FORBIDDEN', 'forbidden'],
    ['/500', '500: Internal Server Error', undefined, 'broken'],
  ])(
    'refuses an answer %s as Apollo does, with its code and the answer',
    async (path, message, code, body) => {
      const refused: unknown = await call(path, {
        identity,
        correlationId: 'corr-1',
        traceparent: null,
      }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(GraphQLError);
      expect(refused).toMatchObject({
        message,
        extensions: { response: { url: `${base}${path}`, status: Number(path.slice(1)), body } },
      });
      expect((refused as GraphQLError).extensions['code']).toBe(code);
    },
  );

  it('refuses an answer that is not JSON', async () => {
    await expect(call('/text', { identity, correlationId: 'corr-1', traceparent: null })).rejects.toThrow(
      'Expected JSON response body, but received: not json',
    );
  });
});
