import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphQLError } from './format-error';
import { DateTimeScalar } from './scalars';
import { uuidArgumentsPlugin } from './uuid-arguments';

/**
 * A service's federated subgraph, schema-first: the checked-in SDL files are the contract the
 * supergraph is composed from at build time. Field resolvers run guards too, so every field is
 * covered by the access rules.
 */
export function subgraphGraphQLModule(typePaths: string[]): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    typePaths,
    path: '/graphql',
    playground: false,
    introspection: true,
    fieldResolverEnhancers: ['guards'],
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError: formatGraphQLError,
    // Every id argument is a UUID: "x" is refused here rather than failing in PostgreSQL.
    // Inline tracing (on by default in a subgraph) would time every resolver and send the timings
    // to whoever asks with `apollo-federation-include-trace`; no gateway of ours reports to Apollo.
    plugins: [uuidArgumentsPlugin(), ApolloServerPluginInlineTraceDisabled()],
    resolvers: { DateTime: DateTimeScalar },
  });
}
