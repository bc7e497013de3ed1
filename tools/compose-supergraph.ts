// Composes the supergraph from the subgraphs' SDL files into apps/gateway/supergraph.graphql.
//   npm run supergraph                       write it; refuses breaking changes to the API
//   npm run supergraph -- --accept-breaking  write it even so (say why in the commit)
//   npm run supergraph:check                 CI: fails if composition fails or the file is stale
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { breakingChanges, composeSupergraph } from './supergraph/compose';
import { SUBGRAPHS, SUPERGRAPH_PATH } from './supergraph/subgraphs';

const args = new Set(process.argv.slice(2));
const result = composeSupergraph(
  SUBGRAPHS.map(({ name, url, paths }) => ({
    name,
    url,
    typeDefs: paths.map((path) => readFileSync(path, 'utf8')).join('\n'),
  })),
);
if (!result.ok) {
  console.error(`the subgraphs do not compose:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const previous = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : null;

if (args.has('--check')) {
  if (previous !== result.supergraphSdl) {
    console.error('apps/gateway/supergraph.graphql is stale: run `npm run supergraph` and commit the result');
    process.exit(1);
  }
  console.log('supergraph composes and matches the committed file');
} else {
  const breaking = previous ? breakingChanges(previous, result.supergraphSdl) : [];
  if (breaking.length && !args.has('--accept-breaking')) {
    console.error(`breaking changes to the public API:\n${breaking.map((c) => `  - ${c}`).join('\n')}`);
    console.error('deprecate first, or re-run with --accept-breaking and say why in the commit');
    process.exit(1);
  }
  writeFileSync(SUPERGRAPH_PATH, result.supergraphSdl);
  console.log(
    `wrote ${SUPERGRAPH_PATH}${breaking.length ? ` (accepted ${breaking.length} breaking changes)` : ''}`,
  );
}
