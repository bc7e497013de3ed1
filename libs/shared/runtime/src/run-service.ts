import type { Server } from 'node:http';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { SystemClock, type Clock } from '@passerelle/shared/clock';
import {
  EVENT_CATALOGUE,
  deadLetterTopicOf,
  topicName,
  type ServiceName,
} from '@passerelle/shared/contracts';
import { forwardedIdentityMiddleware } from '@passerelle/shared/auth';
import { ConfigError, loadConfig, serviceConfigSchema, type ServiceConfig } from '@passerelle/shared/config';
import { ServiceExceptionFilter } from '@passerelle/shared/graphql';
import {
  KAFKA,
  KafkaInboxTransport,
  TopicSettingsError,
  assertTopicSettings,
} from '@passerelle/shared/messaging';
import { correlationMiddleware, createLogger } from '@passerelle/shared/observability';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { PinoNestLogger } from './pino-nest.logger';

export interface ServiceDefinition {
  service: ServiceName;
  /** The service's configuration schema, when it reads more than every service does. */
  configSchema?: z.ZodObject;
  /** Where its consumer groups start on a topic new to them (ServiceAppSpec.firstStart). */
  firstStart?: 'replay' | 'from_now';
  /** Builds the app's root module from its validated configuration and its one clock. */
  rootModule(config: ServiceConfig, logger: Logger, clock: Clock): Type | DynamicModule;
}

/**
 * Starts one domain service: validated config, JSON logs, HTTP (GraphQL, health, metrics) on
 * HOST (127.0.0.1 by default), and the Kafka inbox transport for its @OnEvent handlers.
 */
export async function startService(
  definition: ServiceDefinition,
  env?: Record<string, string | undefined>,
  /** Tests that pin a date give the service their clock; production reads the machine's. */
  clock: Clock = new SystemClock(),
): Promise<INestApplication> {
  const config = loadConfig(definition.configSchema ?? serviceConfigSchema, env) as ServiceConfig;
  const logger = createLogger(definition.service, config.LOG_LEVEL);
  const app = await NestFactory.create(definition.rootModule(config, logger, clock), {
    logger: new PinoNestLogger(logger),
  });
  try {
    // Production sets KAFKA_MIN_*: a topic that could lose an acknowledged event stops the start.
    await assertTopicSettings(
      app.get<Kafka>(KAFKA),
      topicsOf(definition.service, config.KAFKA_TOPIC_PREFIX),
      {
        replicationFactor: config.KAFKA_MIN_REPLICATION_FACTOR,
        minInsyncReplicas: config.KAFKA_MIN_INSYNC_REPLICAS,
      },
    );
  } catch (error) {
    await app.close();
    throw error;
  }
  // No entity tags: Express would hash every answer and, to do so, turn a GraphQL answer into a
  // Buffer written apart from its headers (two pieces, not one); only the gateway calls a
  // subgraph, and it never asks again with If-None-Match (docs/benchmarks.md, bench:gateway).
  app.getHttpAdapter().getInstance().set('etag', false);
  app.use(correlationMiddleware);
  app.use('/graphql', forwardedIdentityMiddleware(config.INTERNAL_IDENTITY_SECRET));
  // Registered before the microservice connects, so its event handlers inherit it too.
  app.useGlobalFilters(new ServiceExceptionFilter(app.getHttpAdapter()));
  app.connectMicroservice(
    {
      strategy: new KafkaInboxTransport({
        service: definition.service,
        kafka: app.get<Kafka>(KAFKA),
        dataSource: app.get(DataSource),
        logger,
        groupPrefix: config.KAFKA_GROUP_PREFIX,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        fetchMaxWaitMs: config.KAFKA_FETCH_MAX_WAIT_MS,
        heldEventsPerKey: config.INBOX_HELD_EVENTS_PER_KEY,
        fromBeginning: (definition.firstStart ?? 'replay') === 'replay',
      }),
    },
    { inheritAppConfig: true },
  );
  app.enableShutdownHooks();
  try {
    await app.startAllMicroservices();
    keepIdleConnectionsLongerThanTheGateway(app.getHttpServer() as Server);
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    // Nothing of a failed start stays open (database pool, Kafka clients): a new start may follow.
    await app.close().catch(() => undefined);
    throw error;
  }
  logger.info({ port: config.PORT }, `${definition.service} ready`);
  return app;
}

/** How many times, and how far apart, a start is tried again while Kafka cannot be reached. */
const START_ATTEMPTS = 10;
const START_RETRY_MS = 3_000;

/**
 * A broker that is down (one of three, restarting) or not yet up refuses the connections kafkajs
 * opens at start after its own retries: kafkajs marks such errors retriable. Any other failure
 * (configuration, topic settings, database schema) will not mend by waiting.
 */
function kafkaNotReachable(error: unknown): boolean {
  const { name, retriable } = (error ?? {}) as { name?: unknown; retriable?: unknown };
  return typeof name === 'string' && name.startsWith('KafkaJS') && retriable === true;
}

/** Entry point for main.ts: a bad configuration exits with the list of keys to fix. */
export function runServiceMain(definition: ServiceDefinition): void {
  startUntilKafkaAnswers(definition).catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof TopicSettingsError) {
      console.error(`${definition.service}: ${error.message}`);
    } else {
      console.error(`${definition.service} failed to start`, error);
    }
    process.exit(1);
  });
}

/** Starts the service, again while Kafka cannot be reached (the soak's broker killed during a restart). */
async function startUntilKafkaAnswers(definition: ServiceDefinition): Promise<INestApplication> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startService(definition);
    } catch (error) {
      if (!kafkaNotReachable(error) || attempt >= START_ATTEMPTS) throw error;
      console.error(
        `${definition.service}: Kafka could not be reached (${(error as Error).message}); ` +
          `starting again in ${START_RETRY_MS / 1000} s (attempt ${attempt + 1} of ${START_ATTEMPTS})`,
      );
      await new Promise((resolve) => setTimeout(resolve, START_RETRY_MS));
    }
  }
}

/**
 * The topics a service may read or write, by their names on the broker: every event's topic, and
 * its own dead-letter topic, under the environment's prefix (KAFKA_TOPIC_PREFIX, empty in production).
 */
export function topicsOf(service: ServiceName, topicPrefix = ''): string[] {
  const topics = new Set<string>(Object.values(EVENT_CATALOGUE).map((definition) => definition.topic));
  topics.add(deadLetterTopicOf(service));
  return [...topics].map((topic) => topicName(topicPrefix, topic)).sort();
}

/**
 * The gateway keeps its connections to a subgraph open between requests. Node closes an idle one
 * after 5 s; a request the gateway sends on it at that instant fails with ECONNRESET ("socket hang
 * up", seen under load in the e2e runs). The subgraph therefore keeps them longer than any client.
 */
function keepIdleConnectionsLongerThanTheGateway(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
