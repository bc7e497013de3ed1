// What Kafka says at the end of a run: each of the run's consumer groups' lag, the dead letters
// written since the run started, and the poison messages the run injects.
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { HEADERS, deadLetterTopicOf } from '@passerelle/shared/contracts';
import { lagOf, type DeadLetterSeen } from './compare';
import { SERVICES } from './platform';

export type TopicEnds = Record<string, Record<number, string>>;

export async function topicEnds(kafka: Kafka, topics: readonly string[]): Promise<TopicEnds> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends: TopicEnds = {};
    for (const topic of topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      ends[topic] = Object.fromEntries(offsets.map(({ partition, high }) => [partition, high]));
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

export const deadLetterTopics = (): string[] => SERVICES.map((service) => deadLetterTopicOf(service));

/** Each of the run's groups (`<prefix>.<service>.<topic>`) and its lag. */
export async function groupLags(kafka: Kafka, groupPrefix: string): Promise<Record<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    // The run commits a start offset for every service on every topic; only the groups a
    // consumer joined (members, not Empty) are ones the services read.
    const named = groups.map((group) => group.groupId).filter((id) => id.startsWith(`${groupPrefix}.`));
    const { groups: described } = await admin.describeGroups(named);
    const ours = described.filter((group) => group.members.length > 0).map((group) => group.groupId);
    const lags: Record<string, number> = {};
    for (const groupId of ours) {
      const topic = groupId.slice(groupId.indexOf('.', groupPrefix.length + 1) + 1);
      const [committed, ends] = await Promise.all([
        admin.fetchOffsets({ groupId, topics: [topic] }),
        admin.fetchTopicOffsets(topic),
      ]);
      const partitions = (committed[0]?.partitions ?? []).map(({ partition, offset }) => ({
        topic,
        partition,
        committed: offset,
        high: ends.find((end) => end.partition === partition)?.high ?? '0',
      }));
      lags[groupId] = lagOf(partitions);
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}

/** The dead letters written after `since` (each dead-letter topic's end offsets at the start). */
export async function deadLettersSince(kafka: Kafka, since: TopicEnds): Promise<DeadLetterSeen[]> {
  const now = await topicEnds(kafka, Object.keys(since));
  const wanted = Object.entries(now).flatMap(([topic, partitions]) =>
    Object.entries(partitions)
      .filter(([partition, high]) => Number(high) > Number(since[topic]?.[Number(partition)] ?? '0'))
      .map(([partition, high]) => ({
        topic,
        partition: Number(partition),
        from: since[topic]?.[Number(partition)] ?? '0',
        high,
      })),
  );
  if (wanted.length === 0) return [];
  const letters: DeadLetterSeen[] = [];
  const consumer = kafka.consumer({ groupId: `soak-dlq-reader-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...new Set(wanted.map((w) => w.topic))], fromBeginning: true });
    const remaining = new Map(wanted.map((w) => [`${w.topic}:${w.partition}`, Number(w.high)]));
    const done = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ topic, partition, message }) => {
          const key = `${topic}:${partition}`;
          const high = remaining.get(key);
          if (high === undefined) return;
          const from = Number(wanted.find((w) => w.topic === topic && w.partition === partition)!.from);
          if (Number(message.offset) >= from) {
            letters.push({
              consumer: message.headers?.[HEADERS.deadLetterConsumer]?.toString() ?? topic,
              key: message.key?.toString() ?? null,
              reason: message.headers?.[HEADERS.deadLetterReason]?.toString() ?? '',
            });
          }
          if (Number(message.offset) + 1 >= high) remaining.delete(key);
          if (remaining.size === 0) resolve();
        },
      });
    });
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  } finally {
    await consumer.disconnect();
  }
  return letters;
}

/**
 * Poison messages on the candidate topic: a value that is not JSON, keyed so the run knows them
 * (every consumer of the topic must dead-letter them with the reason, and keep flowing).
 */
export async function injectPoison(kafka: Kafka, keyPrefix: string, count: number): Promise<string[]> {
  const producer = kafka.producer();
  await producer.connect();
  const keys = Array.from({ length: count }, (_unused, i) => `${keyPrefix}${i}`);
  try {
    await producer.send({
      topic: 'passerelle.intake.candidate',
      acks: -1,
      messages: keys.map((key) => ({ key, value: `{not json: soak poison ${key}` })),
    });
  } finally {
    await producer.disconnect();
  }
  return keys;
}
