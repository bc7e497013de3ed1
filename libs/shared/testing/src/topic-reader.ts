import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';

export interface ReadMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
  value: string | null;
  header(name: string): string | undefined;
}

/**
 * Reads topics from the beginning under a throwaway consumer group and keeps every message, so a
 * test can assert what was (or was not) published.
 */
export class TopicReader {
  readonly messages: ReadMessage[] = [];
  private readonly consumer: Consumer;

  private constructor(kafka: Kafka) {
    // A short fetch wait: stopping waits for the fetch in flight (kafkajs's default is 5 s).
    this.consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  }

  static async start(kafka: Kafka, topics: string[]): Promise<TopicReader> {
    const reader = new TopicReader(kafka);
    await reader.consumer.connect();
    await reader.consumer.subscribe({ topics, fromBeginning: true });
    await reader.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        reader.messages.push({
          topic,
          partition,
          message,
          value: message.value?.toString('utf8') ?? null,
          header: (name) => message.headers?.[name]?.toString(),
        });
      },
    });
    return reader;
  }

  matching(predicate: (message: ReadMessage) => boolean): ReadMessage[] {
    return this.messages.filter(predicate);
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}

/** Waits until a consumer group has committed every message currently on a topic. */
export async function waitForGroupToCatchUp(
  kafka: Kafka,
  groupId: string,
  topic: string,
  timeoutMs = 30_000,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const behind = ends.filter(({ partition, high }) => {
        const done = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
        return BigInt(high) > 0n && BigInt(done) < BigInt(high);
      });
      if (behind.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(
          `group ${groupId} is still behind on partitions ${behind.map((p) => p.partition).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await admin.disconnect();
  }
}
