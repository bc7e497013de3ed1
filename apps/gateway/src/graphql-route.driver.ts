import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import type { Express, NextFunction, Request, Response } from 'express';

type ServerOptions = NonNullable<ApolloGatewayDriverConfig['server']>;
type ContextOf = (http: { req: Request; res: Response }) => Promise<BaseContext> | BaseContext;

/**
 * Nest's Apollo gateway driver with the GraphQL route of our own: the same Apollo server, plugins and
 * context as Nest's `registerExpress`, answered by `graphqlRoute` instead of
 * `@as-integrations/express5`. That integration parses every request's URL with the legacy
 * `url.parse` (to hand Apollo the query string) and answers through Express's `res.send`, which parses
 * and writes the content type again: about 5% of the gateway's CPU per request together
 * (docs/benchmarks.md, bench:gateway). Nest's own `req.body ?? {}` middleware is folded in.
 */
export class GraphQLRouteDriver extends ApolloGatewayDriver {
  protected override async registerExpress(
    // Typed as the driver's config, but by now what `start` made of it: the Apollo server's options.
    driverOptions: ApolloGatewayDriverConfig,
    { preStartHook }: { preStartHook?: () => void } = {},
  ): Promise<void> {
    const options = driverOptions as ServerOptions;
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    preStartHook?.();
    const server = new ApolloServer<BaseContext>({
      ...(options as ConstructorParameters<typeof ApolloServer<BaseContext>>[0]),
      plugins: [
        ...(options.plugins ?? []),
        ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() }),
      ],
    });
    await server.start();
    (httpAdapter.getInstance() as Express).use(
      options.path ?? '/graphql',
      graphqlRoute(server, options.context as ContextOf | undefined),
    );
    this.apolloServer = server;
  }
}

/**
 * Hands an Express request to Apollo Server and writes its answer: what `@as-integrations/express5`
 * does, with the query string cut from the URL rather than parsed, and the answer (its status, its
 * headers as Apollo set them, its body) written with Node's own `end`.
 */
export function graphqlRoute(server: ApolloServer<BaseContext>, context: ContextOf = () => ({})) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const query = req.url.indexOf('?');
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: query < 0 ? '' : req.url.slice(query),
          body: (req.body as unknown) ?? {},
        },
        context: async () => context({ req, res }),
      });
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      next(error);
    }
  };
}
