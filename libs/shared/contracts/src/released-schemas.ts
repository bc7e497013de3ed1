import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EVENT_CATALOGUE, type EventKey } from './registry';

const RELEASED_DIR = join(__dirname, 'released');

export function releasedSchemaPath(key: EventKey): string {
  return join(RELEASED_DIR, `${key}.schema.json`);
}

/** The JSON Schema of a version's payload as the code defines it now. */
export function currentJsonSchema(key: EventKey): Record<string, unknown> {
  return z.toJSONSchema(EVENT_CATALOGUE[key].schema, { io: 'input' }) as Record<string, unknown>;
}

export function readReleasedSchema(key: EventKey): Record<string, unknown> | null {
  const path = releasedSchemaPath(key);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
}

/** Freezes the schema of every version not yet released. Never overwrites a released one. */
export function releaseNewSchemas(): EventKey[] {
  const released: EventKey[] = [];
  for (const key of Object.keys(EVENT_CATALOGUE) as EventKey[]) {
    if (readReleasedSchema(key)) continue;
    writeFileSync(releasedSchemaPath(key), JSON.stringify(currentJsonSchema(key), null, 2) + '\n');
    released.push(key);
  }
  return released;
}
