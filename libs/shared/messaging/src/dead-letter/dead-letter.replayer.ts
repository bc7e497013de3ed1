import type { IHeaders, Kafka } from 'kafkajs';
import { PRODUCER_ACKS, createProducer } from '../kafka/producer-settings';
import { HEADERS, deadLetterTopicOf, topicName, type ServiceName } from '@passerelle/shared/contracts';
import { headerValue } from '../kafka/event-codec';

const DEAD_LETTER_HEADERS: string[] = [
  HEADERS.replayedFor,
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
