import { ConfigError, loadConfig } from './load-config';
import { serviceConfigSchema } from './schemas';

const valid = {
  PORT: '4001',
  DATABASE_URL: 'postgres://u:p@127.0.0.1:54329/passerelle_intake',
  KAFKA_BROKERS: '127.0.0.1:19092',
  INTERNAL_IDENTITY_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('parses and applies defaults', () => {
    const config = loadConfig(serviceConfigSchema, valid);
    expect(config).toMatchObject({ PORT: 4001, KAFKA_BROKERS: ['127.0.0.1:19092'], LOG_LEVEL: 'info' });
  });

  it('keeps the catalogue topic names unless KAFKA_TOPIC_PREFIX is set (decision 0043)', () => {
    expect(loadConfig(serviceConfigSchema, valid).KAFKA_TOPIC_PREFIX).toBe('');
    expect(
      loadConfig(serviceConfigSchema, { ...valid, KAFKA_TOPIC_PREFIX: 'staging.' }).KAFKA_TOPIC_PREFIX,
    ).toBe('staging.');
  });

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, 'DATABASE_URL is missing'],
    [
      { ...valid, KAFKA_BROKERS: 'localhost' },
      'KAFKA_BROKERS is invalid: a comma-separated list of host:port',
    ],
    [
      { ...valid, INTERNAL_IDENTITY_SECRET: 'short' },
      'INTERNAL_IDENTITY_SECRET is invalid: at least 32 characters',
    ],
    [{ ...valid, PORT: 'eighty' }, 'PORT is invalid'],
  ])('names the bad key', (env, message) => {
    expect(() => loadConfig(serviceConfigSchema, env)).toThrow(ConfigError);
    expect(() => loadConfig(serviceConfigSchema, env)).toThrow(message);
  });

  it.each(['staging', 'Run_1.', 'run..'])(
    'refuses KAFKA_TOPIC_PREFIX %j, naming the key and the rule',
    (prefix) => {
      expect(() => loadConfig(serviceConfigSchema, { ...valid, KAFKA_TOPIC_PREFIX: prefix })).toThrow(
        'KAFKA_TOPIC_PREFIX is invalid: lowercase letters, digits and dashes ending with a dot (t3f9a01c2.), or empty',
      );
    },
  );
});
