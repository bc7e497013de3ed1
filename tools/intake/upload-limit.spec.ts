import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UPLOAD_LIMIT_BYTES } from '@passerelle/shared/config';

const ROOT = join(__dirname, '..', '..');
const HOME = 'libs/shared/config/src/upload-limit.ts';

function* sources(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** 100 MiB written as it would be: 100 * 1024 * 1024, 104857600, 104_857_600, 100 * 1024 ** 2. */
const HUNDRED_MIB = /\b100\s*\*\s*1024\s*(\*\s*1024|\*\*\s*2)\b|\b104_?857_?600\b/;

describe('the upload limit', () => {
  it('is defined once, in shared config, for the gateway and intake alike', () => {
    const elsewhere = ['apps', 'libs', 'tools']
      .flatMap((folder) => [...sources(join(ROOT, folder))])
      .filter((path) => path !== __filename && HUNDRED_MIB.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== HOME);
    expect(elsewhere).toEqual([]);
    expect(UPLOAD_LIMIT_BYTES).toBe(100 * 1024 * 1024);
  });

  it('is what the gateway streams up to and what intake stores', () => {
    for (const user of [
      'apps/gateway/src/gateway.app.ts',
      'libs/intake/feature-import/src/upload.controller.ts',
    ]) {
      expect(readFileSync(join(ROOT, user), 'utf8')).toContain('UPLOAD_LIMIT_BYTES');
    }
  });
});
