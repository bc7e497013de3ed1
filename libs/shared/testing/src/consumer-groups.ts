import { Kafka, logLevel } from 'kafkajs';
import { EVENT_CATALOGUE } from '@passerelle/shared/contracts';

/**
 * Starts a service's consumer groups (`<prefix>.<service>.<topic>`, as the messaging library names
 * them) at the end of every topic, so a service started for one spec file applies only that file's
 * events, not the history other files left on the shared broker.
 */
export async function startGroupsAtTopicEnd(
  brokers: string[],
  groupPrefix: string,
  services: readonly string[],
  topics: readonly string[] = [...new Set(Object.values(EVENT_CATALOGUE).map(({ topic }) => topic))],
): Promise<void> {
  const kafka = new Kafka({ clientId: 'test-offsets', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await Promise.all(
      topics.map(async (topic) => ({ topic, ends: await admin.fetchTopicOffsets(topic) })),
    );
    await Promise.all(
      ends.flatMap(({ topic, ends: partitions }) =>
        services.map((service) =>
          commitOffsets(
            kafka,
            `${groupPrefix}.${service}.${topic}`,
            topic,
            partitions.map(({ partition, high }) => ({ partition, offset: high })),
          ),
        ),
      ),
    );
  } finally {
    await admin.disconnect();
  }
}

/**
 * Commits a new consumer group's offsets on a topic, as a member of the group for a moment.
 * kafkajs's `admin.setOffsets` does the same but leaves through a fetch that waits its full 5 s,
 * for every group: this member waits 50 ms, which made each service's test start 5 s shorter
 * (the notifier's, which set eight topics one after the other, 40 s shorter).
 */
export async function commitOffsets(
  kafka: Kafka,
  groupId: string,
  topic: string,
  partitions: readonly { partition: number; offset: string }[],
): Promise<void> {
  const member = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 50 });
  await member.connect();
  try {
    await member.subscribe({ topic, fromBeginning: false });
    await member.run({ autoCommit: false, eachBatch: async () => undefined });
    member.pause([{ topic }]);
    await member.commitOffsets(partitions.map(({ partition, offset }) => ({ topic, partition, offset })));
  } finally {
    await member.disconnect();
  }
}
