/** The career subgraph's schema as TypeScript types, generated from its SDL (`npm run graphql-types`). */
export type * from './schema.generated';
