import { ApolloServer, type BaseContext } from '@apollo/server';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphqlRoute } from './graphql-route.driver';

const typeDefs = `type Query { hello(name: String!): String!, who: String! }`;

describe('graphqlRoute', () => {
  const server = new ApolloServer<BaseContext & { caller?: string }>({
    typeDefs,
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
        who: (_: unknown, __: unknown, context: { caller?: string }) => context.caller ?? 'nobody',
      },
    },
  });
  let listening: Server;
  let url: string;

  beforeAll(async () => {
    await server.start();
    const app = express();
    app.use(
      '/graphql',
      express.json(),
      graphqlRoute(server as ApolloServer<BaseContext>, ({ req }) => ({ caller: req.header('x-caller') })),
    );
    listening = await new Promise<Server>((ready) => {
      const started = app.listen(0, '127.0.0.1', () => ready(started));
    });
    url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await server.stop();
    await new Promise((closed) => listening.close(closed));
  });

  it("answers a POST with Apollo's status, headers and body, the context built from the request", async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-caller': 'ops-1' },
      body: JSON.stringify({
        query: 'query H($n: String!) { hello(name: $n) who }',
        variables: { n: 'Élodie' },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(
      String(Buffer.byteLength(await response.clone().text())),
    );
    expect(await response.json()).toEqual({ data: { hello: 'hello Élodie', who: 'ops-1' } });
  });

  it('hands Apollo the query string of a GET', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ hello(name: "Luc") }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { hello: 'hello Luc' } });
  });

  it("answers a refused operation with Apollo's status and code", async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  });
});
