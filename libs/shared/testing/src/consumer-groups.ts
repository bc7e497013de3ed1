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
): Promise<void> {
  const admin = new Kafka({ clientId: 'test-offsets', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = [...new Set(Object.values(EVENT_CATALOGUE).map((definition) => definition.topic))];
    const ends = await Promise.all(
      topics.map(async (topic) => ({ topic, ends: await admin.fetchTopicOffsets(topic) })),
    );
    await Promise.all(
      ends.flatMap(({ topic, ends: partitions }) =>
        services.map((service) =>
          admin.setOffsets({
            groupId: `${groupPrefix}.${service}.${topic}`,
            topic,
            partitions: partitions.map(({ partition, high }) => ({ partition, offset: high })),
          }),
        ),
      ),
    );
  } finally {
    await admin.disconnect();
  }
}
