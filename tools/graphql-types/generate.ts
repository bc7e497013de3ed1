import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import { parse, printSchema } from 'graphql';

const ROOT = join(__dirname, '..', '..');

/** Where a subgraph's generated types live: a lib of the service, `@passerelle/<service>/graphql-types`. */
export function generatedTypesPath(subgraph: string): string {
  return join(ROOT, 'libs', subgraph, 'graphql-types', 'src', 'schema.generated.ts');
}

const HEADER = `// Generated from the ${'${subgraph}'} subgraph's SDL by \`npm run graphql-types\`; do not edit.
// A schema change the code does not follow fails \`npm run typecheck\`.
`;

/**
 * The TypeScript types of one subgraph's schema: object types as resolvers must return them, input
 * types as they arrive, enums as unions of their values (federation's `_entities` and `_service`
 * included, as the subgraph serves them).
 */
export async function generateSubgraphTypes(subgraph: string, sdlPaths: string[]): Promise<string> {
  const sdl = sdlPaths.map((path) => readFileSync(path, 'utf8')).join('\n');
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl) }]);
  const output = await codegen({
    filename: generatedTypesPath(subgraph),
    schema: parse(printSchema(schema)),
    documents: [],
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
    config: {
      enumsAsTypes: true,
      skipTypename: true,
      useTypeImports: true,
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
      avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
      scalars: {
        DateTime: { input: 'string', output: 'Date | string' },
        Upload: { input: 'unknown', output: 'never' },
        _Any: { input: 'unknown', output: 'unknown' },
        federation__FieldSet: { input: 'string', output: 'string' },
        link__Import: { input: 'string', output: 'string' },
        _FieldSet: { input: 'string', output: 'string' },
      },
    },
  });
  return HEADER.replace('${subgraph}', subgraph) + output;
}
