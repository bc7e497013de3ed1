import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { Partitioners, type Consumer, type ConsumerConfig, type Kafka } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { messagingMetrics } from '@passerelle/shared/observability';
import { waitForGroupToCatchUp, type TestDatabase } from '@passerelle/shared/testing';
import { eventHeaders } from '../kafka/event-codec';
import {
  createThrowawayTopic,
  effectCounts,
  enrolledEvent,
  messagingTestDatabase,
  recordEffect,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';
import { InboxConsumer } from './inbox-consumer';

// A Kafka batch longer than the group's session timeout (an HR file's thousand enrolments on a
// loaded machine) must not get its member thrown out of the group: it heartbeats between events.
const SERVICE = 'scheduling';
const SESSION_TIMEOUT_MS = 6_000; // the broker's smallest (group.min.session.timeout.ms)
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('inbox_heartbeat'));
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

/** What the consumer's metric says: its group joins so far (the first, and one per rebalance). */
async function joinsInMetrics(topic: string): Promise<number> {
  const { values } = await messagingMetrics.groupJoins.get();
  return (
    values.find((value) => value.labels.topic === topic && value.labels.consumer === SERVICE)?.value ?? 0
  );
}

/** The test's Kafka, counting each time a consumer it made joined its group. */
function countingJoins(kafka: Kafka): { kafka: Kafka; joins: () => number } {
  let joins = 0;
  const counting = Object.create(kafka) as Kafka;
  counting.consumer = (config: ConsumerConfig): Consumer => {
    const consumer = kafka.consumer(config);
    consumer.on(consumer.events.GROUP_JOIN, () => joins++);
    return consumer;
  };
  return { kafka: counting, joins: () => joins };
}

describe('inbox consumer, a batch longer than the session timeout', () => {
  it('keeps its member in the group: one join, every event applied once', async () => {
    const kafka = testKafka();
    const topic = await createThrowawayTopic(kafka);
    const candidateId = randomUUID();
    // One key, so one partition and one batch: 24 events of 400 ms, 9.6 s against a 6 s session.
    const events: AnyEvent[] = Array.from({ length: 24 }, () => enrolledEvent(candidateId));
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: events.map((event) => ({
        key: event.aggregateId,
        value: JSON.stringify(event),
        headers: eventHeaders(event, null),
      })),
    });
    await producer.disconnect();

    const { kafka: counted, joins } = countingJoins(kafka);
    const groupPrefix = `test-heartbeat-${database.name}`;
    const consumer = new InboxConsumer({
      service: SERVICE,
      topic,
      kafka: counted,
      dataSource,
      logger: silentLogger,
      groupPrefix,
      fetchMaxWaitMs: 500,
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      handlers: new Map([
        [
          'CandidateEnrolled.v1',
          async (event: AnyEvent, manager: EntityManager) => {
            await sleep(400);
            await recordEffect(manager, event);
          },
        ],
      ]),
    });
    await consumer.start();
    try {
      await waitForGroupToCatchUp(kafka, `${groupPrefix}.${SERVICE}.${topic}`, topic, 60_000);
      const counts = await effectCounts(
        dataSource,
        events.map((event) => event.eventId),
      );
      expect({ joins: joins(), metric: await joinsInMetrics(topic), counts }).toEqual({
        joins: 1,
        metric: 1,
        counts: Object.fromEntries(events.map((event) => [event.eventId, 1])),
      });
    } finally {
      await consumer.stop();
    }
  }, 90_000);
});
