import type { ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { ForwardedIdentitySigner } from '@passerelle/shared/auth';
import { Clock, SystemClock } from '@passerelle/shared/clock';
import type { GatewayConfig } from '@passerelle/shared/config';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError } from 'graphql';
import { graphQLErrorFormatter, queryLimitsRule, uuidArgumentsPlugin } from '@passerelle/shared/graphql';
import {
  LivenessController,
  READINESS_CHECKS,
  currentContext,
  type ReadinessCheck,
} from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';
import { GraphQLRouteDriver } from './graphql-route.driver';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, InternalEndpoints } from './internal-endpoints';
import { JwtStrategy } from './jwt.strategy';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { SubgraphClient } from './subgraph-client';

/** Subgraph names as composed in the supergraph, mapped to where they run in this environment. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return {
    intake: config.INTAKE_URL,
    assessment: config.ASSESSMENT_URL,
    pathway: config.PATHWAY_URL,
    matching: config.MATCHING_URL,
    scheduling: config.SCHEDULING_URL,
    identity: config.IDENTITY_URL,
    notifier: config.NOTIFIER_URL,
    reporting: config.REPORTING_URL,
    career: config.CAREER_URL,
  };
}

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig, logger: Logger): DynamicModule {
    const urls = subgraphUrls(config);
    // One signer for every subgraph: a call reaching three subgraphs signs the identity once.
    const clock = new SystemClock();
    const forwardedIdentity = new ForwardedIdentitySigner(config.INTERNAL_IDENTITY_SECRET, () => clock.now());
    // One HTTP client (kept-alive connections per subgraph) for every subgraph.
    const client = new SubgraphClient();
    return {
      module: GatewayModule,
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          // Nest's gateway driver with a leaner GraphQL route (graphql-route.driver.ts).
          driver: GraphQLRouteDriver,
          server: {
            path: '/graphql',
            playground: false,
            // Off in production: the schema is a map of every field to try (docs/decisions/0010).
            introspection: config.GRAPHQL_INTROSPECTION,
            // "Did you mean ...?" would give the schema away field by field.
            hideSchemaDetailsFromClientErrors: !config.GRAPHQL_INTROSPECTION,
            allowBatchedHttpRequests: true,
            // graphql-js's own guard: parsing stops past this many tokens (docs/decisions/0016).
            parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
            validationRules: [
              maxDirectivesRule({
                n: config.QUERY_MAX_DIRECTIVES,
                // Armor throws by default (a 500 under Apollo): report a client error instead.
                propagateOnRejection: false,
                onReject: [(context, error) => context?.reportError(tooManyDirectives(error.message))],
              }),
              queryLimitsRule({
                maxDepth: config.QUERY_MAX_DEPTH,
                maxAliases: config.QUERY_MAX_ALIASES,
                maxCost: config.QUERY_MAX_COST,
              }),
            ],
            plugins: [uuidArgumentsPlugin()],
            formatError: graphQLErrorFormatter(logger),
            context: ({ req }: { req: AuthenticatedRequest }): GatewayContext => {
              // authenticateMiddleware runs before Apollo on /graphql and answers 401 without a user.
              if (!req.user) throw new Error('GraphQL request reached the gateway without an identity');
              const request = currentContext();
              return {
                identity: req.user,
                correlationId: request?.correlationId ?? 'unknown',
                traceparent: request?.traceparent ?? null,
              };
            },
          },
          gateway: {
            // Composed at build time (npm run supergraph) and checked in CI; never introspected here.
            supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
            buildService: ({ name }) => {
              const url = urls[name];
              if (!url)
                throw new Error(`the supergraph names a subgraph "${name}" this gateway has no URL for`);
              return new SubgraphDataSource(url, forwardedIdentity, client);
            },
          },
        }),
      ],
      controllers: [LivenessController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        {
          provide: JwtStrategy,
          inject: [Clock],
          useFactory: (clock: Clock) => new JwtStrategy(config, clock),
        },
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: GATEWAY_LOGGER, useValue: logger },
        {
          provide: READINESS_CHECKS,
          useValue: Object.entries(urls).map(([name, url]): ReadinessCheck => ({
            name,
            async check() {
              const response = await fetch(new URL('/health', url));
              if (!response.ok) throw new Error(`health answered ${response.status}`);
            },
          })),
        },
        InternalEndpoints,
      ],
    };
  }
}

/** Armor's refusal as one of ours: a client error with a code, like the other query limits. */
function tooManyDirectives(armorMessage: string): GraphQLError {
  return new GraphQLError(armorMessage.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'TOO_MANY_DIRECTIVES' },
  });
}
