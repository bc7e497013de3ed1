import { randomUUID } from 'node:crypto';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import pino from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { deadLetterTopicOf, type AnyEvent, type ServiceName } from '@passerelle/shared/contracts';
import {
  createTestDatabase,
  testInfrastructure,
  waitFor,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { createKafka } from '../kafka/kafka-client';
import { eventHeaders } from '../kafka/event-codec';
import { CreateMessagingTables1763900000000 } from '../messaging-tables.migration';
import { ParkedKeysAndInboxPurge1766110000000 } from '../messaging-parked-keys.migration';
import { DeadLetterRecords1766220000000 } from '../messaging-dead-letter-records.migration';
import { DeadLetterRecordEntity } from '../dead-letter/dead-letter-record.entity';
import { InboxMessageEntity } from '../inbox/inbox-message.entity';
import { HeldEventEntity, ParkedKeyEntity } from '../inbox/parked-key.entity';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { createEvent } from '../outbox/event-factory';

export const silentLogger = pino({ level: 'silent' });

/** A throwaway database with the messaging tables and a table where test handlers record effects. */
export async function messagingTestDatabase(
  label: string,
): Promise<{ database: TestDatabase; dataSource: DataSource }> {
  const database = await createTestDatabase(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [
      OutboxMessageEntity,
      InboxMessageEntity,
      ParkedKeyEntity,
      HeldEventEntity,
      DeadLetterRecordEntity,
    ],
    migrations: [
      CreateMessagingTables1763900000000,
      ParkedKeysAndInboxPurge1766110000000,
      DeadLetterRecords1766220000000,
    ],
    extra: { max: 5 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.query(
    `CREATE TABLE test_effect (event_id uuid, candidate_id uuid, applied_at timestamptz DEFAULT now())`,
  );
  return { database, dataSource };
}

export function testKafka(clientId = `test-${randomUUID().slice(0, 8)}`) {
  return createKafka(clientId, testInfrastructure().kafkaBrokers, silentLogger);
}

export async function createThrowawayTopic(
  kafka: ReturnType<typeof testKafka>,
  partitions = 1,
): Promise<string> {
  const topic = `test.messaging.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: false });
    // kafkajs's own wait (waitForLeaders) fails at once when a loaded broker's metadata does not
    // know the new topic yet ("This server does not host this topic-partition"): poll instead.
    await waitFor(
      async () => {
        const metadata = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
        const found = metadata?.topics[0]?.partitions ?? [];
        return found.length === partitions && found.every((partition) => partition.leader >= 0);
      },
      { what: `the leaders of topic ${topic}` },
    );
  } finally {
    await admin.disconnect();
  }
  return topic;
}

/**
 * Publishes events as services do: each keyed by its aggregate (a person: one partition keeps their
 * order), every replica acknowledging, 1,000 to a request. `partition` puts them all on one.
 */
export async function publishEvents(
  kafka: Kafka,
  topic: string,
  events: readonly AnyEvent[],
  { partition }: { partition?: number } = {},
): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (let i = 0; i < events.length; i += 1000) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.slice(i, i + 1000).map((event) => ({
          key: event.aggregateId,
          partition,
          value: JSON.stringify(event),
          headers: eventHeaders(event, null),
        })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}

/**
 * Starts the dead-letter replay group of `groupPrefix` at the end of the service's dead-letter
 * topic as it is now, so a test's replays leave other runs' dead letters (the broker is shared)
 * where they are. Those arriving meanwhile are replayed too: count a test's own topics only.
 */
export async function replayFromNow(
  kafka: ReturnType<typeof testKafka>,
  service: ServiceName,
  groupPrefix: string,
): Promise<void> {
  const topic = deadLetterTopicOf(service);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({
      groupId: `${groupPrefix}.${service}.dead-letter-replay`,
      topic,
      partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
    });
  } finally {
    await admin.disconnect();
  }
}

export function enrolledEvent(candidateId: string = randomUUID()) {
  return createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: randomUUID(),
    sponsorId: randomUUID(),
    officeIds: [randomUUID()],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: 'N1103',
    languages: ['fr'],
  });
}

/** The effect a test handler has: one row per application. Counting rows counts applications. */
export async function recordEffect(manager: EntityManager, event: AnyEvent): Promise<void> {
  await manager.query(`INSERT INTO test_effect (event_id, candidate_id) VALUES ($1, $2)`, [
    event.eventId,
    event.aggregateId,
  ]);
}

export async function effectCounts(
  dataSource: DataSource,
  eventIds: string[],
): Promise<Record<string, number>> {
  const rows: { event_id: string; count: string }[] = await dataSource.query(
    `SELECT event_id, count(*) FROM test_effect WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
    [eventIds],
  );
  return Object.fromEntries(rows.map((row) => [row.event_id, Number(row.count)]));
}

/**
 * The same Kafka client, whose producers call `afterSend` once the brokers acknowledged a batch:
 * a fault injected from outside the relay (count what it published, or die between Kafka's
 * acknowledgement and the outbox rows' removal), with no test option in the production class.
 */
export function kafkaAfterEachSend(
  kafka: Kafka,
  afterSend: (messages: number) => Promise<void> | void,
): Kafka {
  return new Proxy(kafka, {
    get(target, property, receiver) {
      if (property !== 'producer') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Kafka['producer']>): Producer => {
        const producer = target.producer(...args);
        return {
          ...producer,
          sendBatch: async (batch) => {
            const metadata = await producer.sendBatch(batch);
            const sent = (batch.topicMessages ?? []).reduce((n, topic) => n + topic.messages.length, 0);
            await afterSend(sent);
            return metadata;
          },
        };
      };
    },
  });
}
