import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import type { GatewayConfig } from '@passerelle/shared/config';
import { formatGraphQLError, queryLimitsRule } from '@passerelle/shared/graphql';
import {
  HealthController,
  READINESS_CHECKS,
  currentContext,
  type ReadinessCheck,
} from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';
import { JwtStrategy } from './jwt.strategy';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

/** Subgraph names as composed in the supergraph, mapped to where they run in this environment. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return {
    intake: config.INTAKE_URL,
    assessment: config.ASSESSMENT_URL,
    pathway: config.PATHWAY_URL,
    matching: config.MATCHING_URL,
    scheduling: config.SCHEDULING_URL,
  };
}

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    const urls = subgraphUrls(config);
    return {
      module: GatewayModule,
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            playground: false,
            introspection: true,
            allowBatchedHttpRequests: true,
            validationRules: [
              queryLimitsRule({
                maxDepth: config.QUERY_MAX_DEPTH,
                maxAliases: config.QUERY_MAX_ALIASES,
                maxCost: config.QUERY_MAX_COST,
              }),
            ],
            formatError: formatGraphQLError,
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
              return new SubgraphDataSource(url, config.INTERNAL_IDENTITY_SECRET);
            },
          },
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: JwtStrategy, useFactory: () => new JwtStrategy(config) },
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
      ],
    };
  }
}
