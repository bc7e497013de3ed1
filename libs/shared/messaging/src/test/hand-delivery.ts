import type { KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnyEvent, ServiceName } from '@passerelle/shared/contracts';
import { decodeMessage } from '../inbox/decode-message';
import { InboxConsumer, type InboxHandler } from '../inbox/inbox-consumer';
import { eventHeaders } from '../kafka/event-codec';
import { silentLogger, testKafka } from './messaging-test-kit';

/**
 * An inbox that is never started (its Kafka client never connects): a spec hands it events with
 * `deliverBatch`, without a broker in between.
 */
export function handDeliveryInbox(
  service: ServiceName,
  dataSource: DataSource,
  handlers: ReadonlyMap<string, InboxHandler>,
): InboxConsumer {
  return new InboxConsumer({
    service,
    topic: 'hand-delivery',
    kafka: testKafka(`hand-delivery-${service}`),
    dataSource,
    handlers,
    logger: silentLogger,
  });
}

/**
 * Delivers events as one Kafka batch whose whole-batch transaction succeeds, through the inbox's
 * own code: each event encoded and decoded as on the wire, then the inbox rows and the handlers in
 * one transaction of the inbox's data source (a per-event handler for each new event, a batch
 * handler once per run of its events, duplicates skipped).
 */
export async function deliverBatch(inbox: InboxConsumer, events: readonly AnyEvent[]): Promise<void> {
  const decoded = events.map((event, offset) => {
    const message: KafkaMessage = {
      key: Buffer.from(event.aggregateId),
      value: Buffer.from(JSON.stringify(event)),
      headers: eventHeaders(event, null),
      timestamp: String(Date.now()),
      attributes: 0,
      offset: String(offset),
    };
    const item = decodeMessage(message);
    if (item.kind !== 'event')
      throw new Error(item.kind === 'poison' ? `poison: ${item.reason}` : `unknown: ${item.key}`);
    return item;
  });
  // The inbox's private steps, reached from its own library's test kit: the Kafka consumer around them is not the subject.
  const applyAll = inbox['applyAll'].bind(inbox);
  const dataSource = inbox['options'].dataSource;
  await dataSource.transaction((manager: EntityManager) => applyAll(manager, decoded));
}
