import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { EVENT_CATALOGUE, isEventKey, topicName, type ServiceName } from '@passerelle/shared/contracts';
import { InboxConsumer, type BatchEventHandler, type InboxHandler } from '../inbox/inbox-consumer';
import type { RetryPolicy } from '../inbox/retry-policy';
import { InboxBatchContext, InboxContext } from './inbox.context';
import { INBOX_BATCH } from './on-event.decorator';

export interface KafkaInboxTransportOptions {
  service: ServiceName;
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  retry?: RetryPolicy;
  groupPrefix?: string;
  /** KAFKA_TOPIC_PREFIX: the consumers subscribe to `<prefix><catalogue topic>`. */
  topicPrefix?: string;
  /** Where a consumer group new to a topic starts (its committed offsets win afterwards). */
  fromBeginning?: boolean;
  /** How long a fetch waits on an idle topic (kafkajs's default, 5 s, when not given). */
  fetchMaxWaitMs?: number;
  /** How many events a parked key holds at most (decision 0042). */
  heldEventsPerKey?: number;
}

/**
 * A NestJS microservice transport: methods decorated with @OnEvent become inbox-backed Kafka
 * handlers, grouped into one consumer per topic; a method decorated with @OnEventBatch becomes one
 * batch handler per topic its keys are on. Guards, interceptors and filters apply as for any Nest
 * microservice handler.
 */
export class KafkaInboxTransport extends Server implements CustomTransportStrategy {
  private consumers: InboxConsumer[] = [];

  constructor(private readonly options: KafkaInboxTransportOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const byTopic = new Map<string, Map<string, InboxHandler>>();
      // One batch handler per method (its token) and topic: the method's keys on a topic share it.
      const tokens = new Map<symbol, Map<string, BatchEventHandler>>();
      for (const [pattern, nestHandler] of this.messageHandlers) {
        if (!isEventKey(pattern)) throw new Error(`@OnEvent('${pattern}') names no event in the catalogue`);
        const topic = EVENT_CATALOGUE[pattern].topic;
        const handlers = byTopic.get(topic) ?? new Map<string, InboxHandler>();
        const batchToken: unknown = nestHandler.extras?.[INBOX_BATCH];
        refuseMixedHandlers(pattern, nestHandler);
        if (typeof batchToken === 'symbol') {
          const byTopicOfMethod = tokens.get(batchToken) ?? new Map<string, BatchEventHandler>();
          tokens.set(batchToken, byTopicOfMethod);
          const batch = byTopicOfMethod.get(topic) ?? {
            applyBatch: async (events, manager) => {
              const result = await nestHandler(events, new InboxBatchContext([events, manager]));
              await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
            },
          };
          byTopicOfMethod.set(topic, batch);
          handlers.set(pattern, batch);
        } else {
          handlers.set(pattern, async (event, manager) => {
            const result = await nestHandler(event, new InboxContext([event, manager]));
            await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
          });
        }
        byTopic.set(topic, handlers);
      }
      this.consumers = [...byTopic].map(
        ([topic, handlers]) =>
          new InboxConsumer({
            ...this.options,
            topic: topicName(this.options.topicPrefix ?? '', topic),
            handlers,
          }),
      );
      await Promise.all(this.consumers.map((consumer) => consumer.start()));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    this.consumers = [];
  }

  on(): void {
    // No transport-level events to subscribe to: failures are handled per event (retry, dead letter).
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }
}

/**
 * Nest calls every handler of an event key with the same arguments (its chain of `next`): one
 * event for @OnEvent, the batch's events for @OnEventBatch. A key with both would hand one of them
 * the wrong thing, fail on every delivery and dead-letter the events; refuse to start instead
 * (a service batching a key records what the other handler did in its batch: decision 0044).
 */
function refuseMixedHandlers(pattern: string, head: MessageHandler): void {
  const kinds = new Set<string>();
  for (let handler: MessageHandler | undefined = head; handler; handler = handler.next) {
    kinds.add(typeof handler.extras?.[INBOX_BATCH] === 'symbol' ? '@OnEventBatch' : '@OnEvent');
  }
  if (kinds.size > 1)
    throw new Error(
      `'${pattern}' has both @OnEvent and @OnEventBatch handlers in this service: one of them would be ` +
        'handed the wrong arguments; handle the key in the batch handler only (docs/decisions/0044)',
    );
}
