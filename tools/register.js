// Runs TypeScript sources directly (apps, tools, benchmarks) with SWC, honouring tsconfig paths
// and decorator metadata, so the monorepo needs no separate build step to start.
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
