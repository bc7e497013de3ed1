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
/** An on/off switch spelt out, so a typo fails the start instead of meaning "off". */
const flag = z
  .enum(['true', 'false'], 'true or false')
  .transform((value) => value === 'true')
  .default(false);
const seconds = (max: number) => z.coerce.number().int().min(1).max(max);
/** A JSON array in one variable (a list of records no comma-separated form can hold). */
const jsonList = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'a JSON array' });
        return z.NEVER;
      }
    })
    .pipe(z.array(item));

/** A firm's own OpenID provider its staff may sign in through (docs/identity.md, federation). */
const federatedProvider = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a short id such as cabinet-rhone'),
  name: z.string().min(1),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(16, 'at least 16 characters'),
  /** The email domains of the firm's staff: only their accounts may sign in this way. */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain such as cabinet.fr')).min(1),
});

/** Another application signing its users in through identity (a confidential client). */
const relyingParty = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(32, 'at least 32 characters'),
  redirectUris: z.array(z.url()).min(1),
});

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
  /**
   * Put before every topic name on the broker (`t3f9a01c2.passerelle.intake.candidate`), so runs
   * sharing a broker never read each other's events (decision 0043). Empty in production and the
   * demo: the catalogue's names. The test kits and the platform harness give each run its own.
   */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(
      /^([a-z0-9][a-z0-9-]*\.)?$/,
      'lowercase letters, digits and dashes ending with a dot (t3f9a01c2.), or empty',
    )
    .default(''),
  /**
   * How long a consumer's fetch waits on an idle topic. Events arrive at once either way; a
   * stopping consumer waits for the fetch in flight, so the test kits set it short.
   */
  KAFKA_FETCH_MAX_WAIT_MS: z.coerce.number().int().min(10).max(30_000).default(5_000),
  /**
   * The service refuses to start when a topic it uses has fewer replicas, or a lower
   * min.insync.replicas, than these (docs/decisions/0041-three-broker-cluster.md). The defaults (1)
   * accept a single broker (development, tests); production sets 3 and 2.
   */
  KAFKA_MIN_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(7).default(1),
  KAFKA_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).max(7).default(1),
  /**
   * After a dead letter, how many later events of its key (a person) a consumer holds until it is
   * replayed or discarded; past it they are dead-lettered too (decision 0042).
   */
  INBOX_HELD_EVENTS_PER_KEY: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /**
   * Inbox rows older than this many days are purged (decision 0042). It must be longer than any
   * delay after which an event can be delivered again, or a redelivered event would be applied a
   * second time: longer than the dead-letter topics' retention (30 days, infra/kafka/topics.json:
   * a dead letter replayed on its last day must still find the rows of what it already applied),
   * hence at least 31. The domain topics keep their events forever, so a consumer group must never
   * lose its committed offsets for longer than this (the brokers' offsets.retention.minutes).
   */
  INBOX_RETENTION_DAYS: z.coerce.number().int().min(31).max(3_650).default(45),
  /** Time between two runs of the inbox's housekeeping (purge, parked-key gauges): an hour. */
  INBOX_PURGE_INTERVAL_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(3_600_000),
});
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

const urlList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()))
  .pipe(z.array(z.url()).min(1));

/**
 * Identity: every service's keys, plus what its OpenID provider announces and accepts. The issuer
 * and audience are the ones the gateway checks (AUTH_ISSUER, AUTH_AUDIENCE).
 */
export const identityConfigSchema = serviceConfigSchema.extend({
  /** The provider's public URL, `/oidc` included: the `iss` of every token. */
  IDENTITY_ISSUER: z.url(),
  /** The API the access tokens are for (an absolute URI, RFC 8707): the gateway's AUTH_AUDIENCE. */
  IDENTITY_AUDIENCE: z.url(),
  /** Where the web console may receive an authorization code (comma-separated). */
  IDENTITY_CONSOLE_REDIRECT_URIS: urlList,
  /** Where the console may send people after signing out (comma-separated). */
  IDENTITY_CONSOLE_LOGOUT_URIS: urlList,
  /** Keys that sign the provider's cookies, newest first (comma-separated; rotate by prepending). */
  IDENTITY_COOKIE_KEYS: z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(secret).min(1)),
  /** An access token's lifetime: how long a revoked session can still call the gateway. */
  IDENTITY_ACCESS_TOKEN_SECONDS: seconds(3600).default(600),
  /** How long an invitation to set a first password stays valid. */
  IDENTITY_INVITATION_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  /** How long a sign-in link asked for from the sign-in page ("forgot my password") stays valid. */
  IDENTITY_SIGN_IN_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  /** Firms whose staff sign in through their own provider (JSON array; none by default). */
  IDENTITY_FEDERATED_PROVIDERS: jsonList(federatedProvider).default([]),
  /**
   * Applications that sign their users in through this identity (JSON array), beside the console:
   * how a firm's identity serves Passerelle, and how the tests play a firm's provider.
   */
  IDENTITY_RELYING_PARTIES: jsonList(relyingParty).default([]),
  /** Where intake answers internal calls (a person's address to invite them at; decision 0018). */
  INTAKE_INTERNAL_URL: z.url(),
  /** Where scheduling answers internal calls (a coach's work address). */
  SCHEDULING_INTERNAL_URL: z.url(),
  /**
   * The key second factors' secrets are sealed with at rest (AES-256-GCM), 32 bytes as 64 hex
   * digits; recovery codes' digests are keyed from it too. Losing it means staff set up again.
   */
  IDENTITY_FACTOR_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '32 bytes as 64 hex digits')
    .transform((value) => Buffer.from(value, 'hex')),
});
export type IdentityConfig = z.infer<typeof identityConfigSchema>;

const milliseconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Intake: every service's keys, plus where each other service answers internal calls, for a
 * person's data export (decision 0022: intake asks each one for its part, with its service token).
 */
export const intakeConfigSchema = serviceConfigSchema.extend({
  ASSESSMENT_INTERNAL_URL: z.url(),
  PATHWAY_INTERNAL_URL: z.url(),
  MATCHING_INTERNAL_URL: z.url(),
  SCHEDULING_INTERNAL_URL: z.url(),
  NOTIFIER_INTERNAL_URL: z.url(),
  IDENTITY_INTERNAL_URL: z.url(),
  CAREER_INTERNAL_URL: z.url(),
  /** How long the export waits for each service's part before it says that part is missing. */
  PERSONAL_DATA_EXPORT_TIMEOUT_MS: milliseconds(100, 60_000).default(5_000),
});
export type IntakeConfig = z.infer<typeof intakeConfigSchema>;

/**
 * The notifier: every service's keys, plus where mail goes (any SMTP relay; Mailpit in development
 * and tests), where identity's internal API answers who to write to (decision 0018), and how its
 * sender and digests pace themselves.
 */
export const notifierConfigSchema = serviceConfigSchema
  .extend({
    /** smtp://host:port (STARTTLS when offered) or smtps://user:password@host:465 (secret in Kubernetes). */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' }),
    /** The From of every message. */
    MAIL_FROM: z.string().min(3).default('Passerelle <ne-pas-repondre@passerelle.local>'),
    /** Identity's base URL for its internal routes (e.g. http://127.0.0.1:4006). */
    IDENTITY_INTERNAL_URL: z.url(),
    /** The web console's public URL, for the links in messages. */
    CONSOLE_URL: z.url().default('http://127.0.0.1:5173'),
    /** Where the notifier's public routes (unsubscribe links) are reached from a mailbox. */
    NOTIFIER_PUBLIC_URL: z.url().default('http://127.0.0.1:4007'),
    /** The time zone dates are written in, in messages (an IANA name). */
    NOTIFIER_TIME_ZONE: z
      .string()
      .refine((zone) => isTimeZone(zone), 'an IANA time zone such as Europe/Paris')
      .default('Europe/Paris'),
    /** Open SMTP connections the sender keeps (nodemailer's pool). */
    NOTIFIER_SMTP_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
    /** Messages the sender claims at once. */
    NOTIFIER_SEND_BATCH: z.coerce.number().int().min(1).max(5000).default(500),
    /** How often the sender looks for messages when it found none. */
    NOTIFIER_SEND_POLL_MS: milliseconds(10, 60_000).default(500),
    /** Failed sends before a message is parked for ops. */
    NOTIFIER_SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    /** The first retry's delay; each next one doubles it (capped at 6 hours). */
    NOTIFIER_SEND_RETRY_BASE_MS: milliseconds(10, 3_600_000).default(60_000),
    /** How often digests (job leads, at-risk) and the assignment-queue check run. */
    NOTIFIER_DIGEST_POLL_MS: milliseconds(100, 3_600_000).default(60_000),
    /** Days a person may wait for a coach before ops of their offices hear of it. */
    NOTIFIER_QUEUE_ALERT_DAYS: z.coerce.number().min(0).max(60).default(3),
    /**
     * Days a message about a person identity has no account for yet is kept waiting for their
     * invitation (decision 0052); after that it is sent if identity knows them, else recorded as
     * skipped `recipient_unknown`.
     */
    NOTIFIER_AWAIT_ACCOUNT_DAYS: z.coerce.number().min(0).max(90).default(14),
    /** Intake's base URL for its internal routes (the mobile number a person agreed to be texted at). */
    INTAKE_INTERNAL_URL: z.url(),
    /**
     * Who carries text messages: `twilio` (its REST API, docs/notifier.md), `sink` (development and
     * tests: the notifier's own `sms_sink` table) or `off` (no texts; each one due is recorded as
     * skipped, `sms_off`, never silently dropped or sent some other way).
     */
    SMS_PROVIDER: z.enum(['off', 'sink', 'twilio']).default('off'),
    /** The sender a phone shows: an alphanumeric name (3 to 11 characters) or a number in E.164. */
    SMS_SENDER: z
      .string()
      .regex(/^(\+\d{8,15}|[A-Za-z0-9]{3,11})$/, 'a name of 3 to 11 letters or digits, or +33… number')
      .default('Passerelle'),
    TWILIO_API_URL: z.url().default('https://api.twilio.com'),
    TWILIO_ACCOUNT_SID: z
      .string()
      .regex(/^AC[0-9a-f]{32}$/, 'AC and 32 hex digits')
      .optional(),
    /** Secret. */
    TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
  })
  .superRefine((config, context) => {
    if (config.SMS_PROVIDER !== 'twilio') return;
    for (const key of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'] as const)
      if (!config[key])
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} is required when SMS_PROVIDER is twilio`,
        });
  });
export type NotifierConfig = z.infer<typeof notifierConfigSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The gateway: token verification and lifetimes, the composed supergraph, where the subgraphs
 * live, query limits, introspection, and the internal port for probes and metrics.
 */
export const gatewayConfigSchema = z
  .object({
    HOST: host,
    PORT: port,
    /** Readiness (with each subgraph's status) and /metrics: for the platform, never for clients. */
    INTERNAL_HOST: host,
    INTERNAL_PORT: port.default(9400),
    LOG_LEVEL: logLevel,
    INTERNAL_IDENTITY_SECRET: secret,
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1),
    AUTH_JWKS_URI: z.url().optional(),
    AUTH_JWKS_FILE: z.string().min(1).optional(),
    /**
     * Also trust the local issuer (`npm run token`, its JWKS on disk) beside AUTH_ISSUER: for the
     * demo and development, where people sign in through identity and scripts use local tokens.
     * Never set in production.
     */
    AUTH_LOCAL_ISSUER_JWKS_FILE: z.string().min(1).optional(),
    /** Longest token lifetime (exp - iat) accepted for coach, ops and sponsor: 12 h. */
    AUTH_STAFF_TOKEN_MAX_LIFETIME_SECONDS: seconds(7 * 24 * 3600).default(12 * 3600),
    /** Longest token lifetime accepted for a candidate: 30 days. */
    AUTH_CANDIDATE_TOKEN_MAX_LIFETIME_SECONDS: seconds(90 * 24 * 3600).default(30 * 24 * 3600),
    /** How far ahead of ours the identity provider's clock may run (a token's iat). */
    AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
    /** Schema introspection and "Did you mean" hints: on for development only (docs/decisions/0010). */
    GRAPHQL_INTROSPECTION: flag,
    SUPERGRAPH_PATH: z.string().min(1),
    INTAKE_URL: z.url(),
    ASSESSMENT_URL: z.url(),
    PATHWAY_URL: z.url(),
    MATCHING_URL: z.url(),
    SCHEDULING_URL: z.url(),
    IDENTITY_URL: z.url(),
    NOTIFIER_URL: z.url(),
    REPORTING_URL: z.url(),
    CAREER_URL: z.url(),
    /**
     * The built web console (`npm run web:build`, apps/web/dist): served under `/` with its
     * configuration at `/console-config.json`; unset, the gateway serves the API only.
     */
    WEB_DIST_DIR: z.string().min(1).optional(),
    QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
    QUERY_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    QUERY_MAX_COST: z.coerce.number().int().min(1).default(5000),
    QUERY_MAX_BATCH: z.coerce.number().int().min(1).default(5),
    /** Parsing stops past this many tokens: a huge document costs memory before any rule runs. */
    QUERY_MAX_TOKENS: z.coerce.number().int().min(100).default(20000),
    QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  })
  .refine((config) => config.AUTH_JWKS_URI || config.AUTH_JWKS_FILE, {
    path: ['AUTH_JWKS_URI'],
    message: 'set AUTH_JWKS_URI (identity provider) or AUTH_JWKS_FILE (local issuer)',
  })
  .refine((config) => config.INTERNAL_PORT !== config.PORT, {
    path: ['INTERNAL_PORT'],
    message: 'metrics and health need a port apart from PORT',
  });
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
