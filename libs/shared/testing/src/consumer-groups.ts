import { setTimeout as sleep } from 'node:timers/promises';
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
 * (the notifier's, which set eight topics one after the other, 40 s shorter). Many groups joining
 * at once can make kafkajs restart a member before it is in its group: the commit waits for the
 * member's join and tries again until it is.
 */
export async function commitOffsets(
  kafka: Kafka,
  groupId: string,
  topic: string,
  partitions: readonly { partition: number; offset: string }[],
): Promise<void> {
  const member = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 50 });
  let joined = false;
  member.on(member.events.GROUP_JOIN, () => {
    joined = true;
  });
  await member.connect();
  try {
    await member.subscribe({ topic, fromBeginning: false });
    await member.run({ autoCommit: false, eachBatch: async () => undefined });
    const offsets = partitions.map(({ partition, offset }) => ({ topic, partition, offset }));
    for (let attempt = 1; ; attempt++) {
      try {
        if (!joined) throw new Error(`${groupId} has not joined its group yet`);
        await member.commitOffsets(offsets);
        return;
      } catch (error) {
        if (attempt >= 100) throw error;
        await sleep(100);
      }
    }
  } finally {
    await member.disconnect();
  }
}
