import { randomUUID } from 'node:crypto';
import type { IHeaders, Kafka } from 'kafkajs';
import { PRODUCER_ACKS, createProducer } from '../kafka/producer-settings';
import { HEADERS, deadLetterTopicOf, topicName, type ServiceName } from '@passerelle/shared/contracts';
import { headerValue } from '../kafka/event-codec';

/**
 * Set, with `x-replayed-for`, on a dead letter ops discarded (`discardDeadLetter`): its service
 * records the event as never to apply and releases the key it parked (decision 0042).
 */
export const DISCARD_HEADER = 'x-dead-letter-discarded';

const DEAD_LETTER_HEADERS: string[] = [
  HEADERS.replayedFor,
  DISCARD_HEADER,
  HEADERS.deadLetterReason,
  HEADERS.deadLetterConsumer,
  HEADERS.deadLetterAttempts,
  HEADERS.originalTopic,
  HEADERS.originalPartition,
  HEADERS.originalOffset,
];

export interface ReplayReport {
  replayed: number;
  byTopic: Record<string, number>;
}

/**
 * Republishes a service's dead letters to the topics they came from, with their original key and
 * headers, then stops once it has caught up with the dead-letter topic as it stood at the start.
 * Safe to repeat: consumers that already applied an event skip it through their inbox. Under a
 * topic prefix (KAFKA_TOPIC_PREFIX), it reads that environment's dead-letter topic; the topics it
 * republishes to are the ones the dead letters name, already under the same prefix.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  service: ServiceName,
  { timeoutMs = 60_000, groupPrefix = 'passerelle', topicPrefix = '' } = {},
): Promise<ReplayReport> {
  const topic = topicName(topicPrefix, deadLetterTopicOf(service));
  const groupId = `${groupPrefix}.${service}.dead-letter-replay`;
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  await admin.disconnect();

  // Partition -> offset of the last dead letter to replay in this run.
  const pending = new Map<number, bigint>();
  for (const { partition, high, low } of ends) {
    const done = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
    const start = BigInt(done) >= 0n ? BigInt(done) : BigInt(low);
    if (BigInt(high) > start) pending.set(partition, BigInt(high) - 1n);
  }
  const report: ReplayReport = { replayed: 0, byTopic: {} };
  if (pending.size === 0) return report;
  const targets = new Map(pending);

  const producer = createProducer(kafka);
  const consumer = kafka.consumer({ groupId });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`replay did not catch up within ${timeoutMs} ms`)),
      timeoutMs,
    );
    consumer
      .run({
        // Offsets are committed below, only up to what was replayed: dead letters arriving during
        // the replay stay for the next one.
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const last = pending.get(partition);
          if (last === undefined || BigInt(message.offset) > last) return;
          const originalTopic = headerValue(message.headers, HEADERS.originalTopic);
          if (originalTopic) {
            await producer.send({
              topic: originalTopic,
              acks: PRODUCER_ACKS,
              messages: [
                {
                  key: message.key,
                  value: message.value,
                  // Other services consuming the original topic applied (or dead-lettered) it already.
                  headers: { ...withoutDeadLetterHeaders(message.headers), [HEADERS.replayedFor]: service },
                },
              ],
            });
            report.replayed++;
            report.byTopic[originalTopic] = (report.byTopic[originalTopic] ?? 0) + 1;
          }
          if (BigInt(message.offset) === last) pending.delete(partition);
          if (pending.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  }).finally(async () => {
    // Commit explicitly: the run loop may not have committed the last offsets before we stop it.
    const reached = [...targets].filter(([partition]) => !pending.has(partition));
    if (reached.length) {
      await consumer.commitOffsets(
        reached.map(([partition, last]) => ({ topic, partition, offset: String(last + 1n) })),
      );
    }
    await consumer.disconnect();
    await producer.disconnect();
  });
  return report;
}

function withoutDeadLetterHeaders(headers: IHeaders | undefined): IHeaders {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => !DEAD_LETTER_HEADERS.includes(name)),
  );
}

export interface DiscardReport {
  /** The topics the discard was sent to (one, unless the event was dead-lettered from several). */
  topics: string[];
}

/**
 * Gives up on a dead letter (an event no fix will make applicable): finds it by event id in the
 * service's dead-letter topic and sends it back to its topic marked as discarded, for that service
 * only. The consumer then records it in its inbox without applying it (a later replay of it is a
 * duplicate) and, if it parked its key, applies the key's held events and unparks it. Reads the
 * dead-letter topic from its start to its end as they stood at the call, in a throwaway group.
 */
export async function discardDeadLetter(
  kafka: Kafka,
  service: ServiceName,
  eventId: string,
  { timeoutMs = 60_000, groupPrefix = 'passerelle', topicPrefix = '' } = {},
): Promise<DiscardReport> {
  const topic = topicName(topicPrefix, deadLetterTopicOf(service));
  const groupId = `${groupPrefix}.${service}.dead-letter-discard.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const pending = new Map<number, bigint>();
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(high) > BigInt(low)) pending.set(partition, BigInt(high) - 1n);
    }
    const found = new Map<string, { key: Buffer | null; value: Buffer | null; headers: IHeaders }>();
    if (pending.size > 0) {
      const consumer = kafka.consumer({ groupId });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the dead-letter topic was not read to its end within ${timeoutMs} ms`)),
          timeoutMs,
        );
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              const last = pending.get(partition);
              if (last === undefined || BigInt(message.offset) > last) return;
              const originalTopic = headerValue(message.headers, HEADERS.originalTopic);
              if (originalTopic && headerValue(message.headers, HEADERS.eventId) === eventId) {
                found.set(originalTopic, {
                  key: message.key,
                  value: message.value,
                  headers: withoutDeadLetterHeaders(message.headers),
                });
              }
              if (BigInt(message.offset) === last) pending.delete(partition);
              if (pending.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      }).finally(() => consumer.disconnect());
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    if (found.size === 0) return { topics: [] };
    const producer = createProducer(kafka);
    await producer.connect();
    try {
      for (const [originalTopic, message] of found) {
        await producer.send({
          topic: originalTopic,
          acks: PRODUCER_ACKS,
          messages: [
            {
              key: message.key,
              value: message.value,
              headers: { ...message.headers, [HEADERS.replayedFor]: service, [DISCARD_HEADER]: 'true' },
            },
          ],
        });
      }
    } finally {
      await producer.disconnect();
    }
    return { topics: [...found.keys()] };
  } finally {
    await admin.disconnect();
  }
}
