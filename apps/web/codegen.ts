import type { CodegenConfig } from '@graphql-codegen/cli';

// The console's operations typed from the committed supergraph: a schema change the console does
// not follow fails `npm run web:typecheck` (and `npm run web:codegen:check` in the tests).
const config: CodegenConfig = {
  schema: 'apps/gateway/supergraph.graphql',
  documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: 'string', Date: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
