import type { CodegenConfig } from '@graphql-codegen/cli';

// The console's operations typed from the committed supergraph: a schema change the console does
// not follow fails `npm run web:typecheck` (and `npm run web:codegen:check` in the tests).
//
// One generated module per bundle: the shell's (src/gql), each role's with documents (src/<role>/gql) and the
// commission de suivi's screens that sponsor HR and committee members share (src/commission/gql).
// The client preset's `graphql()` keeps one map of every document it was generated for; generated
// per bundle, a role's documents travel in that role's lazily loaded bundle, not in everyone's first one.
const ROLES = ['candidate', 'coach', 'ops', 'sponsor', 'commission'];

const output = (documents: string[]) => ({
  documents,
  preset: 'client' as const,
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { ID: 'string', DateTime: 'string', Date: 'string' },
  },
  presetConfig: { fragmentMasking: false },
});

const config: CodegenConfig = {
  schema: 'apps/gateway/supergraph.graphql',
  generates: {
    'apps/web/src/gql/': output([
      'apps/web/src/**/*.{ts,tsx}',
      '!apps/web/src/**/gql/**',
      ...ROLES.map((role) => `!apps/web/src/${role}/**`),
    ]),
    ...Object.fromEntries(
      ROLES.map((role) => [
        `apps/web/src/${role}/gql/`,
        output([`apps/web/src/${role}/**/*.{ts,tsx}`, `!apps/web/src/${role}/gql/**`]),
      ]),
    ),
  },
  ignoreNoDocuments: false,
};

export default config;
