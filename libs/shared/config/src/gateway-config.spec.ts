import { ConfigError, loadConfig } from './load-config';
import { gatewayConfigSchema } from './schemas';

const valid = {
  PORT: '4000',
  INTERNAL_IDENTITY_SECRET: 'x'.repeat(32),
  AUTH_ISSUER: 'passerelle-local-issuer',
  AUTH_AUDIENCE: 'passerelle',
  AUTH_JWKS_FILE: '.local/issuer/jwks.json',
  SUPERGRAPH_PATH: 'apps/gateway/supergraph.graphql',
  INTAKE_URL: 'http://127.0.0.1:4001/graphql',
  ASSESSMENT_URL: 'http://127.0.0.1:4002/graphql',
  PATHWAY_URL: 'http://127.0.0.1:4003/graphql',
  MATCHING_URL: 'http://127.0.0.1:4004/graphql',
  SCHEDULING_URL: 'http://127.0.0.1:4005/graphql',
  IDENTITY_URL: 'http://127.0.0.1:4006/graphql',
  NOTIFIER_URL: 'http://127.0.0.1:4007/graphql',
  REPORTING_URL: 'http://127.0.0.1:4008/graphql',
  CAREER_URL: 'http://127.0.0.1:4009/graphql',
};

describe('gateway configuration', () => {
  it('defaults to the safe settings: no introspection, short staff tokens, probes on loopback', () => {
    expect(loadConfig(gatewayConfigSchema, valid)).toMatchObject({
      GRAPHQL_INTROSPECTION: false,
      AUTH_STAFF_TOKEN_MAX_LIFETIME_SECONDS: 12 * 3600,
      AUTH_CANDIDATE_TOKEN_MAX_LIFETIME_SECONDS: 30 * 24 * 3600,
      AUTH_CLOCK_SKEW_SECONDS: 5,
      INTERNAL_HOST: '127.0.0.1',
      INTERNAL_PORT: 9400,
    });
  });

  it.each([
    ['true', true],
    ['false', false],
  ])('reads GRAPHQL_INTROSPECTION=%s', (value, expected) => {
    expect(loadConfig(gatewayConfigSchema, { ...valid, GRAPHQL_INTROSPECTION: value })).toMatchObject({
      GRAPHQL_INTROSPECTION: expected,
    });
  });

  it.each([
    [{ GRAPHQL_INTROSPECTION: 'yes' }, 'GRAPHQL_INTROSPECTION is invalid: true or false'],
    [{ INTERNAL_PORT: '4000' }, 'INTERNAL_PORT is invalid: metrics and health need a port apart from PORT'],
    [{ AUTH_CLOCK_SKEW_SECONDS: '600' }, 'AUTH_CLOCK_SKEW_SECONDS is invalid'],
    [{ AUTH_STAFF_TOKEN_MAX_LIFETIME_SECONDS: '0' }, 'AUTH_STAFF_TOKEN_MAX_LIFETIME_SECONDS is invalid'],
  ])('names the bad key in %p', (overrides, message) => {
    expect(() => loadConfig(gatewayConfigSchema, { ...valid, ...overrides })).toThrow(ConfigError);
    expect(() => loadConfig(gatewayConfigSchema, { ...valid, ...overrides })).toThrow(message);
  });
});
