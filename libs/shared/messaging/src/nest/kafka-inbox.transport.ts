import {
  BaseRpcContext,
  Server,
  type CustomTransportStrategy,
  type MessageHandler,
} from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { EVENT_CATALOGUE, isEventKey, topicName, type ServiceName } from '@passerelle/shared/contracts';
import { currentContext, runWithContext } from '@passerelle/shared/observability';
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
  /** Where a consumer group new to a topic starts (its committed offsets win afterwards). */
  fromBeginning?: boolean;
  /** How long a fetch waits on an idle topic (kafkajs's default, 5 s, when not given). */
  fetchMaxWaitMs?: number;
  /** KAFKA_TOPIC_PREFIX: the consumers subscribe to `<prefix><catalogue topic>`. */
  topicPrefix?: string;
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
      for (const [pattern, head] of this.messageHandlers) {
        if (!isEventKey(pattern)) throw new Error(`@OnEvent('${pattern}') names no event in the catalogue`);
        const topic = EVENT_CATALOGUE[pattern].topic;
        const handlers = byTopic.get(topic) ?? new Map<string, InboxHandler>();
        // Decision 0045: Nest chains the handlers of one key from several controllers (`next`), each calling the
        // next with its own arguments: a batch method and a per-event method on one key (matching's
        // enrolments and the candidate scope's) would get each other's. The chain is taken apart
        // and each link called on its own, one after the other on the transaction.
        const links: MessageHandler[] = [];
        for (
          let link: MessageHandler | undefined = head;
          link;
          link = link.next as MessageHandler | undefined
        )
          links.push(link);
        for (const link of links) link.next = undefined;
        const call = async (link: MessageHandler, data: unknown, context: BaseRpcContext) => {
          const result = await link(data, context);
          await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
        };
        const tokenOf = (link: MessageHandler): unknown => link.extras?.[INBOX_BATCH];
        const [only] = links;
        const batchToken = links.length === 1 && only ? tokenOf(only) : undefined;
        if (only && typeof batchToken === 'symbol') {
          const byTopicOfMethod = tokens.get(batchToken) ?? new Map<string, BatchEventHandler>();
          tokens.set(batchToken, byTopicOfMethod);
          const batch = byTopicOfMethod.get(topic) ?? {
            applyBatch: (events, manager) => call(only, events, new InboxBatchContext([events, manager])),
          };
          byTopicOfMethod.set(topic, batch);
          handlers.set(pattern, batch);
        } else if (links.some((link) => typeof tokenOf(link) === 'symbol')) {
          // Mixed: the key's events of a run go to each batch method at once and to each per-event
          // method one by one, in their order, each event under its own causation.
          handlers.set(pattern, {
            applyBatch: async (events, manager) => {
              for (const link of links) {
                if (typeof tokenOf(link) === 'symbol') {
                  await call(link, events, new InboxBatchContext([events, manager]));
                  continue;
                }
                for (const event of events)
                  await runWithContext(
                    {
                      correlationId: event.correlationId,
                      causationId: event.eventId,
                      traceparent: currentContext()?.traceparent ?? null,
                    },
                    () => call(link, event, new InboxContext([event, manager])),
                  );
              }
            },
          });
        } else {
          handlers.set(pattern, async (event, manager) => {
            for (const link of links) await call(link, event, new InboxContext([event, manager]));
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
      // Every start settled before a failure is answered: a consumer still joining its group when
      // the app closes its database would go on consuming with nothing to write to (seen in the
      // soak: a restart meeting a broker that was down left a consumer holding partitions, forever).
      const started = await Promise.allSettled(this.consumers.map((consumer) => consumer.start()));
      const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) {
        await this.close().catch(() => undefined);
        throw failed.reason;
      }
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
