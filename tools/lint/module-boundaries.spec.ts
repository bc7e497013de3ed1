import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Lints a one-line probe file placed in a project's folder, through the project's real ESLint
 * config (type-aware rules need the file on disk), then removes it.
 */
function boundaryErrors(filePath: string, source: string): string[] {
  const probe = join(ROOT, filePath.replace(/probe(\.spec)?\.ts$/, `probe-${randomUUID().slice(0, 8)}$1.ts`));
  writeFileSync(probe, source);
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/eslint/bin/eslint.js'), probe, '--format', 'json'],
      {
        cwd: ROOT,
        env: { ...process.env, NX_DAEMON: 'false' },
        encoding: 'utf8',
      },
    );
  } catch (error) {
    output = (error as { stdout: string }).stdout; // ESLint exits 1 when it finds errors
  } finally {
    rmSync(probe, { force: true });
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string | null; message: string }[] }[];
  return result!.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (Nx tags)', () => {
  jest.setTimeout(60_000);

  beforeAll(() => {
    // The rule reads Nx's cached project graph and skips itself when there is none (fresh clone).
    execFileSync(process.execPath, [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    });
  });

  it.each([
    [
      'a pathway feature importing intake data access',
      'libs/pathway/feature-progress/src/probe.ts',
      '@passerelle/intake/data-access',
      /scope:pathway/,
    ],
    [
      'a matching lib importing a pathway feature',
      'libs/matching/data-access/src/probe.ts',
      '@passerelle/pathway/feature-progress',
      /scope:matching|type:data-access/,
    ],
    [
      'a shared lib importing a service lib',
      'libs/shared/graphql/src/probe.ts',
      '@passerelle/pathway/data-access',
      /scope:shared|type:util|Circular dependency/,
    ],
    [
      'the gateway importing a service feature',
      'apps/gateway/src/probe.ts',
      '@passerelle/intake/feature-enrollment',
      /scope:gateway/,
    ],
    [
      'production code importing test helpers',
      'libs/shared/runtime/src/probe.ts',
      '@passerelle/shared/testing',
      /type:runtime/,
    ],
    [
      'a feature reaching for the runtime that starts apps',
      'libs/intake/feature-import/src/probe.ts',
      '@passerelle/shared/runtime',
      /type:feature/,
    ],
    [
      'a small shared helper importing Kafka messaging',
      'libs/shared/clock/src/probe.ts',
      '@passerelle/shared/messaging',
      /type:util/,
    ],
    [
      'a domain lib importing the candidate-scope projection',
      'libs/pathway/domain/src/probe.ts',
      '@passerelle/shared/candidate-scope',
      /type:domain/,
    ],
  ])('refuses %s', (_label, file, target, constraint) => {
    const errors = boundaryErrors(file, `export { x } from '${target}';\n`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(constraint);
  });

  it.each([
    [
      'a pathway feature importing its own data access',
      'libs/pathway/feature-progress/src/probe.ts',
      '@passerelle/pathway/data-access',
    ],
    [
      'a service feature importing the shared contracts',
      'libs/intake/feature-enrollment/src/probe.ts',
      '@passerelle/shared/contracts',
    ],
    ['a spec importing test helpers', 'libs/shared/runtime/src/probe.spec.ts', '@passerelle/shared/testing'],
  ])('allows %s', (_label, file, target) => {
    expect(boundaryErrors(file, `export { x } from '${target}';\n`)).toEqual([]);
  });
});
