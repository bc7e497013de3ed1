import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  configKeys,
  gatewayConfigSchema,
  intakeConfigSchema,
  notifierConfigSchema,
  serviceConfigSchema,
} from '@passerelle/shared/config';

const keysOf = (file: string) =>
  readFileSync(join(__dirname, '../../infra/env', file), 'utf8')
    .split('\n')
    .map((line) => /^(?:# )?([A-Z_]+)=/.exec(line)?.[1]) // optional keys are shown commented out
    .filter((key): key is string => key !== undefined)
    .sort();

describe('.env.example files document every configuration key, and only those', () => {
  it.each([
    ['service.env.example', configKeys(serviceConfigSchema)],
    ['gateway.env.example', configKeys(gatewayConfigSchema)],
    ['notifier.env.example', configKeys(notifierConfigSchema)],
    ['intake.env.example', configKeys(intakeConfigSchema)],
  ])('%s', (file, keys) => {
    expect(keysOf(file)).toEqual(keys);
  });
});
