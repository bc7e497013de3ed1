import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { ServiceName } from '@passerelle/shared/contracts';
import { AccessGuard, INTERNAL_CALL_SETTINGS } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type ServiceConfig } from '@passerelle/shared/config';
import { subgraphGraphQLModule } from '@passerelle/shared/graphql';
import { KAFKA_READINESS, MessagingModule } from '@passerelle/shared/messaging';
import { HealthController, READINESS_CHECKS, type ReadinessCheck } from '@passerelle/shared/observability';

export interface ServiceCoreOptions {
  service: ServiceName;
  config: ServiceConfig;
  logger: Logger;
  dataSource: DataSourceOptions;
  /** The subgraph's SDL files; none for a service that serves no GraphQL (identity). */
  typePaths: string[];
  /** The service's one clock (the machine's in production). */
  clock: Clock;
}

// Re-exported for the apps; features take it from shared/config, which they may import.
export { SERVICE_CONFIG };

/**
 * What every domain service is made of, wired once: its database, Kafka with the outbox relay,
 * its federated subgraph, deny-by-default access, health and metrics, and its one clock.
 */
@Module({})
export class ServiceCoreModule {
  static forRoot(options: ServiceCoreOptions): DynamicModule {
    return {
      module: ServiceCoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(options.dataSource),
        MessagingModule.forRoot({
          service: options.service,
          brokers: options.config.KAFKA_BROKERS,
          logger: options.logger,
          outboxPollIntervalMs: options.config.OUTBOX_POLL_INTERVAL_MS,
          topicPrefix: options.config.KAFKA_TOPIC_PREFIX,
          inboxRetentionDays: options.config.INBOX_RETENTION_DAYS,
          inboxPurgeIntervalMs: options.config.INBOX_PURGE_INTERVAL_MS,
          now: () => options.clock.now(),
        }),
        ...(options.typePaths.length > 0 ? [subgraphGraphQLModule(options.typePaths)] : []),
      ],
      controllers: [HealthController],
      exports: [SERVICE_CONFIG, Clock, INTERNAL_CALL_SETTINGS],
      providers: [
        { provide: SERVICE_CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock },
        {
          provide: INTERNAL_CALL_SETTINGS,
          useValue: { service: options.service, secret: options.config.INTERNAL_IDENTITY_SECRET },
        },
        { provide: APP_GUARD, useClass: AccessGuard },
        {
          provide: READINESS_CHECKS,
          inject: [DataSource, KAFKA_READINESS],
          useFactory: (dataSource: DataSource, kafka: ReadinessCheck): ReadinessCheck[] => [
            { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) },
            kafka,
          ],
        },
      ],
    };
  }
}
