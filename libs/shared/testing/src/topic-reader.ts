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
  /** The next offset to read, by `topic:partition`. */
  private readonly nextOffsets = new Map<string, bigint>();

  private constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {
    // A short fetch wait: stopping waits for the fetch in flight (kafkajs's default is 5 s).
    this.consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  }

  static async start(kafka: Kafka, topics: string[]): Promise<TopicReader> {
    const reader = new TopicReader(kafka, topics);
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
        reader.nextOffsets.set(`${topic}:${partition}`, BigInt(message.offset) + 1n);
      },
    });
    return reader;
  }

  matching(predicate: (message: ReadMessage) => boolean): ReadMessage[] {
    return this.messages.filter(predicate);
  }

  /**
   * Waits until every message now on the reader's topics has been read. Seeing one message is not
   * enough: the consumer fetches each partition on its own, so another partition's earlier messages
   * may still be on their way.
   */
  async readToEnd(timeoutMs = 30_000): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    const ends: { key: string; high: bigint }[] = [];
    try {
      for (const topic of this.topics) {
        for (const { partition, high } of await admin.fetchTopicOffsets(topic)) {
          ends.push({ key: `${topic}:${partition}`, high: BigInt(high) });
        }
      }
    } finally {
      await admin.disconnect();
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind = ends.filter(({ key, high }) => (this.nextOffsets.get(key) ?? 0n) < high);
      if (behind.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`the reader is still behind on ${behind.map(({ key }) => key).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
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
