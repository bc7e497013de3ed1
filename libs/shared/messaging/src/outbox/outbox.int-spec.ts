import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { HEADERS } from '@passerelle/shared/contracts';
import { runWithContext } from '@passerelle/shared/observability';
import {
  createRunTopics,
  TopicReader,
  testInfrastructure,
  waitFor,
  waitForGroupToCatchUp,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { InboxConsumer } from '../inbox/inbox-consumer';
import { OutboxRelay } from './outbox.relay';
import { OutboxWriter } from './outbox.writer';
import {
  effectCounts,
  kafkaAfterEachSend,
  enrolledEvent,
  messagingTestDatabase,
  recordEffect,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';

const kafka = testKafka();
/** The file's own topics (decision 0043): its group reads its events only, not every run's history. */
let topics: RunTopics;
let TOPIC: string;
const writer = new OutboxWriter();
let database: TestDatabase;
let dataSource: DataSource;
let reader: TopicReader;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('outbox'));
  topics = await createRunTopics(testInfrastructure().kafkaBrokers);
  TOPIC = topics.topic('passerelle.intake.candidate');
  reader = await TopicReader.start(kafka, [TOPIC]);
});

afterAll(async () => {
  await reader.stop();
  await dataSource.destroy();
  await database.drop();
  await topics.delete();
});

async function unpublishedCount(): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*) FROM outbox_message`);
  return Number(row.count);
}

describe('transactional outbox', () => {
  it('publishes a committed event with its key, correlation and trace headers', async () => {
    const event = runWithContext(
      { correlationId: 'corr-outbox-1', causationId: null, traceparent: '00-abc-def-01' },
      () => enrolledEvent(),
    );
    await runWithContext(
      { correlationId: 'corr-outbox-1', causationId: null, traceparent: '00-abc-def-01' },
      () => dataSource.transaction((manager) => writer.append(manager, [event])),
    );
    const relay = new OutboxRelay({
      dataSource,
      kafka,
      logger: silentLogger,
      pollIntervalMs: 20,
      topicPrefix: topics.prefix,
    });
    await relay.start();
    try {
      const [published] = await waitFor(
        async () => {
          const found = reader.matching((m) => m.header(HEADERS.eventId) === event.eventId);
          return found.length > 0 && found;
        },
        { what: 'the committed event on Kafka' },
      );
      expect(published!.message.key?.toString()).toBe(event.aggregateId);
      expect(published!.header(HEADERS.correlationId)).toBe('corr-outbox-1');
      expect(published!.header(HEADERS.traceparent)).toBe('00-abc-def-01');
      expect(JSON.parse(published!.value!)).toEqual(event);
      await waitFor(async () => (await unpublishedCount()) === 0, { what: 'the row removed once published' });
    } finally {
      await relay.stop();
    }
  });

  it('publishes nothing when the transaction rolls back', async () => {
    const event = enrolledEvent();
    await expect(
      dataSource.transaction(async (manager) => {
        await writer.append(manager, [event]);
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');

    const relay = new OutboxRelay({
      dataSource,
      kafka,
      logger: silentLogger,
      pollIntervalMs: 20,
      topicPrefix: topics.prefix,
    });
    await relay.start();
    // A marker committed after the rolled-back event: once it is on Kafka, the relay has had its chance.
    const marker = enrolledEvent();
    await dataSource.transaction((manager) => writer.append(manager, [marker]));
    try {
      await waitFor(
        async () => reader.matching((m) => m.header(HEADERS.eventId) === marker.eventId).length > 0,
        {
          what: 'the marker event',
        },
      );
      await reader.readToEnd();
      expect(reader.matching((m) => m.header(HEADERS.eventId) === event.eventId)).toHaveLength(0);
      const [row] = await dataSource.query(`SELECT count(*) FROM outbox_message WHERE id = $1`, [
        event.eventId,
      ]);
      expect(Number(row.count)).toBe(0);
    } finally {
      await relay.stop();
    }
  });

  it('lets one relay publish at a time, and another take over when it stops', async () => {
    const published = { a: 0, b: 0 };
    const relayA = new OutboxRelay({
      dataSource,
      kafka: kafkaAfterEachSend(kafka, (n) => void (published.a += n)),
      logger: silentLogger,
      pollIntervalMs: 20,
      topicPrefix: topics.prefix,
    });
    const relayB = new OutboxRelay({
      dataSource,
      kafka: kafkaAfterEachSend(kafka, (n) => void (published.b += n)),
      logger: silentLogger,
      pollIntervalMs: 20,
      topicPrefix: topics.prefix,
    });
    await relayA.start();
    await relayB.start();
    const first = Array.from({ length: 50 }, () => enrolledEvent());
    await dataSource.transaction((manager) => writer.append(manager, first));
    await waitFor(async () => (await unpublishedCount()) === 0, { what: 'the first events published' });
    expect([published.a, published.b].sort((x, y) => x - y)).toEqual([0, 50]);

    const [active, standby] = published.a ? [relayA, relayB] : [relayB, relayA];
    await active.stop();
    const second = Array.from({ length: 30 }, () => enrolledEvent());
    await dataSource.transaction((manager) => writer.append(manager, second));
    await waitFor(async () => (await unpublishedCount()) === 0, { what: 'the standby relay taking over' });
    expect(published.a + published.b).toBe(80);
    await standby.stop();
  });

  it('refuses to write outside a transaction', async () => {
    await expect(writer.append(dataSource.manager, [enrolledEvent()])).rejects.toThrow(
      'inside the transaction',
    );
  });

  it('loses nothing and duplicates no effect when the relay dies between publishing and marking', async () => {
    const events = Array.from({ length: 20 }, () => enrolledEvent());
    await dataSource.transaction((manager) => writer.append(manager, events));
    const ids = events.map((event) => event.eventId);

    // 1. A relay process publishes the batch, then is killed before it can mark the rows.
    const { kafkaBrokers } = testInfrastructure();
    const exitSignal = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '-r',
          join(__dirname, '../../../../../tools/register.js'),
          join(__dirname, '../test/crashing-relay.fixture.ts'),
          database.url,
          kafkaBrokers.join(','),
          topics.prefix,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      child.on('error', reject);
      child.on('exit', (_code, signal) => resolve(signal));
    });
    expect(exitSignal).toBe('SIGKILL');
    await waitFor(
      async () => ids.every((id) => reader.matching((m) => m.header(HEADERS.eventId) === id).length >= 1),
      {
        what: 'the batch published before the crash',
      },
    );
    expect(await unpublishedCount()).toBe(20);

    // 2. A healthy relay takes over and publishes the same rows again.
    const relay = new OutboxRelay({
      dataSource,
      kafka,
      logger: silentLogger,
      pollIntervalMs: 20,
      topicPrefix: topics.prefix,
    });
    await relay.start();
    await waitFor(async () => (await unpublishedCount()) === 0, {
      what: 'the rows removed by the second relay',
    });
    await relay.stop();
    await waitFor(
      async () => ids.every((id) => reader.matching((m) => m.header(HEADERS.eventId) === id).length === 2),
      {
        what: 'each event on Kafka twice',
      },
    );

    // 3. A consumer with an inbox applies each event exactly once.
    const groupPrefix = `test-${database.name}`;
    const consumer = new InboxConsumer({
      service: 'pathway',
      topic: TOPIC,
      kafka,
      dataSource,
      logger: silentLogger,
      groupPrefix,
      handlers: new Map([['CandidateEnrolled.v1', (event, manager) => recordEffect(manager, event)]]),
    });
    await consumer.start();
    try {
      // Both copies of every event are on the topic; wait until the group has consumed all of it.
      await waitForGroupToCatchUp(kafka, `${groupPrefix}.pathway.${TOPIC}`, TOPIC);
      const counts = await effectCounts(dataSource, ids);
      expect(ids.map((id) => counts[id])).toEqual(ids.map(() => 1));
      const [inbox] = await dataSource.query(
        `SELECT count(*) FROM inbox_message WHERE event_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(Number(inbox.count)).toBe(20);
    } finally {
      await consumer.stop();
    }
  });
});
