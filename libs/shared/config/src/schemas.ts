import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
/** Where the HTTP server listens: loopback on a developer's machine, 0.0.0.0 in a pod. */
const host = z
  .string()
  .regex(/^[0-9a-fA-F.:]+$/, 'an IP address such as 127.0.0.1 or 0.0.0.0')
  .default('127.0.0.1');
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info');
const brokers = z
  .string()
  .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'a comma-separated list of host:port')
  .transform((value) => value.split(','));
const secret = z.string().min(32, 'at least 32 characters');

/** What every domain service (subgraph + Kafka consumer + outbox relay) needs. */
export const serviceConfigSchema = z.object({
  HOST: host,
  PORT: port,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'a postgres:// URL' }),
  KAFKA_BROKERS: brokers,
  INTERNAL_IDENTITY_SECRET: secret,
  LOG_LEVEL: logLevel,
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(100),
  /** Consumer groups are `<prefix>.<service>.<topic>`; a separate environment on a shared broker sets its own. */
  KAFKA_GROUP_PREFIX: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'lowercase letters, digits, dots and dashes')
    .default('passerelle'),
});
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

/** The gateway: token verification, the composed supergraph, where the subgraphs live, query limits. */
export const gatewayConfigSchema = z
  .object({
    HOST: host,
    PORT: port,
    LOG_LEVEL: logLevel,
    INTERNAL_IDENTITY_SECRET: secret,
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1),
    AUTH_JWKS_URI: z.url().optional(),
    AUTH_JWKS_FILE: z.string().min(1).optional(),
    SUPERGRAPH_PATH: z.string().min(1),
    INTAKE_URL: z.url(),
    ASSESSMENT_URL: z.url(),
    PATHWAY_URL: z.url(),
    MATCHING_URL: z.url(),
    SCHEDULING_URL: z.url(),
    QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
    QUERY_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    QUERY_MAX_COST: z.coerce.number().int().min(1).default(5000),
    QUERY_MAX_BATCH: z.coerce.number().int().min(1).default(5),
  })
  .refine((config) => config.AUTH_JWKS_URI || config.AUTH_JWKS_FILE, {
    path: ['AUTH_JWKS_URI'],
    message: 'set AUTH_JWKS_URI (identity provider) or AUTH_JWKS_FILE (local issuer)',
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
