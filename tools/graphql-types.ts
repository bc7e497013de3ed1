// Generates each subgraph's TypeScript types from its SDL into libs/<service>/graphql-types.
//   npm run graphql-types          write them
//   npm run graphql-types:check    CI: fails if a committed file is stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { generatedTypesPath, generateSubgraphTypes } from './graphql-types/generate';
import { SUBGRAPHS } from './supergraph/subgraphs';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const { name, paths } of SUBGRAPHS) {
    const target = generatedTypesPath(name);
    const source = await format(await generateSubgraphTypes(name, paths), {
      ...(await resolveConfig(target)),
      filepath: target,
    });
    const previous = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (previous === source) continue;
    if (check) {
      stale.push(target);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, source);
      console.log(`wrote ${target}`);
    }
  }
  if (stale.length > 0) {
    console.error(`stale GraphQL types (run \`npm run graphql-types\` and commit):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (check) console.log('GraphQL types match every subgraph schema');
}

void main();
