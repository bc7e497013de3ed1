import { Partitioners, type Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { waitFor, waitForGroupToCatchUp, type TestDatabase } from '@passerelle/shared/testing';
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
import { InboxHousekeeping } from './inbox-housekeeping';

// Issue 16, item 6: inbox rows older than the replay horizon are purged; younger ones still make a
// redelivered event a duplicate.
const SERVICE = 'assessment';
const DAY_MS = 24 * 60 * 60 * 1000;
const kafka = testKafka();
let database: TestDatabase;
let dataSource: DataSource;
let producer: Producer;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('inbox_purge'));
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});

afterAll(async () => {
  await producer.disconnect();
  await dataSource.destroy();
  await database.drop();
});

/** `count` inbox rows processed `daysAgo` days before `now`. */
async function inboxRows(count: number, now: Date, daysAgo: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO inbox_message (event_id, processed_at)
     SELECT gen_random_uuid(), $1::timestamptz FROM generate_series(1, $2)`,
    [new Date(now.getTime() - daysAgo * DAY_MS), count],
  );
}

const inboxCount = async () =>
  Number((await dataSource.query(`SELECT count(*) AS n FROM inbox_message`))[0].n);

describe('inbox housekeeping', () => {
  it("purges the rows older than the horizon in batches, by the service's clock, and keeps the newer ones", async () => {
    await dataSource.query(`TRUNCATE inbox_message`);
    const now = new Date('2027-03-01T08:00:00Z'); // the service's clock, not the machine's
    await inboxRows(12_001, now, 46); // past the 45-day horizon: three statements of 5,000
    await inboxRows(1, now, 45.01);
    await inboxRows(5, now, 44.99); // within it
    await inboxRows(7, now, 1);
    const housekeeping = new InboxHousekeeping({
      service: SERVICE,
      dataSource,
      logger: silentLogger,
      retentionDays: 45,
      intervalMs: 200,
      now: () => now,
    });
    housekeeping.start();
    try {
      await waitFor(async () => (await inboxCount()) === 12, { what: 'the old rows purged by the job' });
    } finally {
      await housekeeping.stop();
    }
    const left: { days: number; n: string }[] = await dataSource.query(
      `SELECT round(extract(epoch FROM $1::timestamptz - processed_at) / 86400)::int AS days, count(*) AS n
         FROM inbox_message GROUP BY 1 ORDER BY 1`,
      [now],
    );
    expect(left.map(({ days, n }) => [days, Number(n)])).toEqual([
      [1, 7],
      [45, 5],
    ]);
    expect(await housekeeping.runOnce()).toBe(0);
  });

  it('keeps recognising a recent event delivered again after a purge', async () => {
    await dataSource.query(`TRUNCATE inbox_message`);
    const topic = await createThrowawayTopic(kafka);
    const event = enrolledEvent();
    const message = {
      key: event.aggregateId,
      value: JSON.stringify(event),
      headers: eventHeaders(event, null),
    };
    const groupPrefix = `test-purge-${database.name}`;
    const consumer = new InboxConsumer({
      service: SERVICE,
      topic,
      kafka,
      dataSource,
      logger: silentLogger,
      groupPrefix,
      fetchMaxWaitMs: 500,
      handlers: new Map([['CandidateEnrolled.v1', (e, manager) => recordEffect(manager, e)]]),
    });
    await consumer.start();
    try {
      await producer.send({ topic, acks: -1, messages: [message] });
      await waitForGroupToCatchUp(kafka, `${groupPrefix}.${SERVICE}.${topic}`, topic);
      const now = new Date();
      await inboxRows(3, now, 60);
      const purged = await new InboxHousekeeping({
        service: SERVICE,
        dataSource,
        logger: silentLogger,
        retentionDays: 45,
        intervalMs: 60_000,
        now: () => now,
      }).runOnce();
      expect(purged).toBe(3);

      // Delivered again (a producer's retry, a replayed dead letter): still a duplicate.
      const other = enrolledEvent();
      await producer.send({
        topic,
        acks: -1,
        messages: [
          message,
          { key: other.aggregateId, value: JSON.stringify(other), headers: eventHeaders(other, null) },
        ],
      });
      await waitForGroupToCatchUp(kafka, `${groupPrefix}.${SERVICE}.${topic}`, topic);
      expect(await effectCounts(dataSource, [event.eventId, other.eventId])).toEqual({
        [event.eventId]: 1,
        [other.eventId]: 1,
      });
      expect(await inboxCount()).toBe(2);
    } finally {
      await consumer.stop();
    }
  });
});
