import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { ServiceName } from '@passerelle/shared/contracts';
import type { ReadinessCheck } from '@passerelle/shared/observability';
import { InboxHousekeeping } from '../inbox/inbox-housekeeping';
import { createKafka } from '../kafka/kafka-client';
import { OutboxRelay } from '../outbox/outbox.relay';
import { OutboxWriter } from '../outbox/outbox.writer';

export const KAFKA = Symbol('KAFKA');
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const KAFKA_READINESS = Symbol('KAFKA_READINESS');

export interface MessagingModuleOptions {
  service: ServiceName;
  brokers: string[];
  logger: Logger;
  outboxPollIntervalMs: number;
  /** KAFKA_TOPIC_PREFIX: the relay publishes each row to `<prefix><its topic>`. */
  topicPrefix?: string;
  /** Inbox rows older than this are purged (decision 0042). */
  inboxRetentionDays: number;
  inboxPurgeIntervalMs: number;
  /** The service's clock. */
  now: () => Date;
}

/** Runs the outbox relay for as long as the app runs; stops it before the database closes. */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(
    @Inject(KAFKA) kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions,
    dataSource: DataSource,
  ) {
    this.relay = new OutboxRelay({
      dataSource,
      kafka,
      logger: options.logger,
      pollIntervalMs: options.outboxPollIntervalMs,
      topicPrefix: options.topicPrefix,
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.relay.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.relay.stop();
  }
}

/** Runs the inbox's housekeeping (purge, parked-key gauges) every interval; stops it before the database closes. */
@Injectable()
export class InboxHousekeepingRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly housekeeping: InboxHousekeeping;

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions, dataSource: DataSource) {
    this.housekeeping = new InboxHousekeeping({
      service: options.service,
      dataSource,
      logger: options.logger,
      retentionDays: options.inboxRetentionDays,
      intervalMs: options.inboxPurgeIntervalMs,
      now: options.now,
    });
  }

  onApplicationBootstrap(): void {
    this.housekeeping.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.housekeeping.stop();
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: KAFKA,
          useFactory: () => createKafka(`passerelle-${options.service}`, options.brokers, options.logger),
        },
        { provide: OutboxWriter, useValue: new OutboxWriter() },
        OutboxRelayRunner,
        InboxHousekeepingRunner,
        {
          provide: KAFKA_READINESS,
          inject: [KAFKA],
          useFactory: (kafka: Kafka): ReadinessCheck => ({
            name: 'kafka',
            async check() {
              const admin = kafka.admin();
              await admin.connect();
              try {
                await admin.describeCluster();
              } finally {
                await admin.disconnect();
              }
            },
          }),
        },
      ],
      exports: [KAFKA, OutboxWriter, KAFKA_READINESS, MESSAGING_OPTIONS],
    };
  }
}
