// Lint rules that encode the architecture (module boundaries by Nx tags) and the habits of the
// house style (no floating promises, exhaustive switches, no .only).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const SERVICES = [
  'intake',
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'identity',
  'notifier',
  'reporting',
  'career',
];

// What each kind of project may import. Domain stays pure; nothing imports an app; only tests and
// tools may reach into testing helpers. The shared libs are tagged by what they are:
//   util        small helpers any server code may use (auth, clock, config, graphql, observability)
//   messaging   Kafka, the outbox and the inbox
//   database    data source options, naming, the drift check
//   projection  the candidate-scope projection every service keeps from events
//   runtime     how an app starts (Nest, database, Kafka, subgraph): apps only
const typeConstraints = (extra = []) => [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:runtime',
      'type:feature',
      'type:graphql-types',
      'type:data-access',
      'type:domain',
      'type:contracts',
      'type:util',
      ...extra,
    ],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: [
      'type:graphql-types',
      'type:data-access',
      'type:projection',
      'type:messaging',
      'type:domain',
      'type:contracts',
      'type:util',
      ...extra,
    ],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: [
      'type:database',
      'type:projection',
      'type:messaging',
      'type:domain',
      'type:contracts',
      'type:util',
      ...extra,
    ],
  },
  // A subgraph's generated schema types: imported by its features, importing nothing.
  { sourceTag: 'type:graphql-types', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', ...extra] },
  {
    sourceTag: 'type:runtime',
    onlyDependOnLibsWithTags: ['type:messaging', 'type:database', 'type:contracts', 'type:util', ...extra],
  },
  {
    sourceTag: 'type:projection',
    onlyDependOnLibsWithTags: ['type:messaging', 'type:database', 'type:contracts', 'type:util', ...extra],
  },
  { sourceTag: 'type:messaging', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', ...extra] },
  { sourceTag: 'type:database', onlyDependOnLibsWithTags: ['type:util', ...extra] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', ...extra] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: [
      'type:testing',
      'type:util',
      'type:contracts',
      'type:messaging',
      'type:database',
    ],
  },
];

// Services meet only through shared contracts (Kafka) and federated GraphQL, never each other's libs.
const scopeConstraints = [
  ...SERVICES.map((service) => ({
    sourceTag: `scope:${service}`,
    onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'],
  })),
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

const boundaries = (extra) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    banTransitiveDependencies: false,
    depConstraints: [...typeConstraints(extra), ...scopeConstraints],
  },
];

export default [
  {
    ignores: [
      'node_modules',
      'dist',
      '.cache',
      '.local',
      '.nx',
      'coverage',
      '**/*.js',
      '**/*.mjs',
      'apps/web/src/gql',
      'apps/web/src/*/gql',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': boundaries([]),
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'no .only in committed tests' },
        { object: 'describe', property: 'only', message: 'no .only in committed tests' },
      ],
    },
  },
  {
    // Tests may use the testing helpers, and start what they test (migrations, a service, events).
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/src/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries([
        'type:testing',
        'type:runtime',
        'type:messaging',
        'type:database',
      ]),
      // A test that asserts a value exists may then use it.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // End-to-end tests and tools start whole apps and read across projects by path on purpose.
    files: ['tests/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // ...but libs only through their public entry points (`@passerelle/<scope>/<lib>`, `.../testing`).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/libs/**'], message: 'import a lib by its @passerelle/... entry point' }] },
      ],
    },
  },
  {
    // Only config loaders read the environment (house style: validated once, at start).
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      'libs/shared/config/**',
      'libs/shared/testing/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/src/test/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message:
            'read configuration through @passerelle/shared/config (validated at start), not process.env',
        },
      ],
    },
  },
  prettier,
];
