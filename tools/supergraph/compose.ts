import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { findBreakingChanges, parse } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: string;
}

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes subgraph SDL into a supergraph with Apollo Federation 2's own composition. */
export function composeSupergraph(subgraphs: SubgraphSource[]): CompositionResult {
  const result = composeServices(
    subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: parse(typeDefs) })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((error) => error.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}

/** What a client could notice: breaking changes between two supergraphs' public API schemas. */
export function breakingChanges(previousSupergraph: string, nextSupergraph: string): string[] {
  const apiSchema = (sdl: string) => Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  return findBreakingChanges(apiSchema(previousSupergraph), apiSchema(nextSupergraph)).map(
    (change) => `${change.type}: ${change.description}`,
  );
}
