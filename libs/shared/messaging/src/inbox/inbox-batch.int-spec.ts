import { randomUUID } from 'node:crypto';
import { Partitioners, type Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { HEADERS, deadLetterTopicOf, type AnyEvent } from '@passerelle/shared/contracts';
import { TopicReader, waitFor, waitForGroupToCatchUp, type TestDatabase } from '@passerelle/shared/testing';
import { eventHeaders } from '../kafka/event-codec';
import { createEvent } from '../outbox/event-factory';
import {
  createThrowawayTopic,
  effectCounts,
  enrolledEvent,
  messagingTestDatabase,
  recordEffect,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';
import { InboxConsumer, type BatchEventHandler, type InboxHandler } from './inbox-consumer';

// The opt-in batch path (decision 0035): a handler given a Kafka batch's new events together.
const SERVICE = 'pathway';
const DEAD_LETTERS = deadLetterTopicOf(SERVICE);
const kafka = testKafka();
let database: TestDatabase;
let dataSource: DataSource;
let producer: Producer;
let deadLetterReader: TopicReader;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('inbox_batch'));
  // The order effects were written in (a sequence follows the statements' row order).
  await dataSource.query(`ALTER TABLE test_effect ADD COLUMN seq bigserial`);
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  deadLetterReader = await TopicReader.start(kafka, [DEAD_LETTERS]);
});

afterAll(async () => {
  await deadLetterReader.stop();
  await producer.disconnect();
  await dataSource.destroy();
  await database.drop();
});

const asMessage = (event: AnyEvent) => ({
  key: event.aggregateId,
  value: JSON.stringify(event),
  headers: eventHeaders(event, null),
});

/** Keyed by the aggregate, so the default partitioner spreads keys and keeps each on one partition. */
const send = (topic: string, events: AnyEvent[]) =>
  producer.send({ topic, acks: -1, messages: events.map(asMessage) });

/** A batch handler writing all its events in one statement, and remembering what each call got. */
function recordingBatchHandler(poisonId?: string): BatchEventHandler & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    applyBatch: async (events, manager: EntityManager) => {
      calls.push(events.map((event) => event.eventId));
      if (events.some((event) => event.eventId === poisonId))
        throw new Error(`event ${poisonId} breaks the projection`);
      await manager.query(
        `INSERT INTO test_effect (event_id, candidate_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [events.map((event) => event.eventId), events.map((event) => event.aggregateId)],
      );
    },
  };
}

async function consume(topic: string, handlers: Map<string, InboxHandler>, label: string) {
  const groupPrefix = `test-${label}-${database.name}`;
  const consumer = new InboxConsumer({
    service: SERVICE,
    topic,
    kafka,
    dataSource,
    logger: silentLogger,
    groupPrefix,
    fetchMaxWaitMs: 500,
    retry: { maxAttempts: 3, initialDelayMs: 20, factor: 2, maxDelayMs: 100 },
    handlers,
  });
  await consumer.start();
  const groupId = `${groupPrefix}.${SERVICE}.${topic}`;
  return { consumer, caughtUp: () => waitForGroupToCatchUp(kafka, groupId, topic) };
}

/** The effects in the order they were written, as event ids. */
async function effectsInOrder(eventIds: string[]): Promise<string[]> {
  const rows: { event_id: string }[] = await dataSource.query(
    `SELECT event_id FROM test_effect WHERE event_id = ANY($1::uuid[]) ORDER BY seq`,
    [eventIds],
  );
  return rows.map((row) => row.event_id);
}

describe('inbox consumer, batch handlers', () => {
  it('hands the batch its events together, in one call, in their order', async () => {
    const topic = await createThrowawayTopic(kafka);
    const candidateId = randomUUID();
    const events = Array.from({ length: 5 }, () => enrolledEvent(candidateId));
    await send(topic, events);
    const handler = recordingBatchHandler();
    const { consumer, caughtUp } = await consume(topic, new Map([['CandidateEnrolled.v1', handler]]), 'one');
    try {
      await caughtUp();
      expect(handler.calls).toEqual([events.map((event) => event.eventId)]);
      expect(await effectsInOrder(events.map((event) => event.eventId))).toEqual(
        events.map((event) => event.eventId),
      );
    } finally {
      await consumer.stop();
    }
  });

  it('dead-letters the one event that breaks the batch with its reason, and applies the rest once', async () => {
    const topic = await createThrowawayTopic(kafka);
    const candidateId = randomUUID();
    const [before, poison, after] = [enrolledEvent(candidateId), enrolledEvent(candidateId), enrolledEvent()];
    // An undecodable message too: parked at once, never handed to the handler.
    await producer.send({
      topic,
      acks: -1,
      messages: [
        asMessage(before!),
        { key: candidateId, value: 'not json' },
        asMessage(poison!),
        asMessage(after!),
      ],
    });
    const handler = recordingBatchHandler(poison!.eventId);
    const { consumer, caughtUp } = await consume(
      topic,
      new Map([['CandidateEnrolled.v1', handler]]),
      'poison',
    );
    try {
      await caughtUp();
      const ids = [before!, poison!, after!].map((event) => event.eventId);
      expect(await effectCounts(dataSource, ids)).toEqual({ [before!.eventId]: 1, [after!.eventId]: 1 });
      // The whole batch once, then its halves (the undecodable message goes with the first), then
      // the failing half's halves: the poison event on its own three times (the policy).
      expect(handler.calls).toEqual([
        ids,
        [before!.eventId],
        [poison!.eventId, after!.eventId],
        [poison!.eventId],
        [poison!.eventId],
        [poison!.eventId],
        [after!.eventId],
      ]);
      const parked = await waitFor(
        async () => {
          const found = deadLetterReader.matching((m) => m.header(HEADERS.originalTopic) === topic);
          return found.length === 2 && found;
        },
        { what: 'the two poison messages in the dead-letter topic' },
      );
      // Sorted: "handler failed" before "value is not JSON".
      const reasons = parked.map((m) => m.header(HEADERS.deadLetterReason)).sort();
      expect(reasons).toEqual([
        `handler failed: event ${poison!.eventId} breaks the projection`,
        expect.stringMatching(/^value is not JSON/),
      ]);
      expect(
        parked.find((m) => m.header(HEADERS.eventId) === poison!.eventId)?.header(HEADERS.deadLetterAttempts),
      ).toBe('3');
    } finally {
      await consumer.stop();
    }
  });

  it('finds the event at fault among many in a few transactions, the others applied once in order', async () => {
    const topic = await createThrowawayTopic(kafka);
    // A person each (a dead letter parks its key), all in one partition.
    const events = Array.from({ length: 64 }, () => enrolledEvent());
    const poison = events[41]!;
    await producer.send({
      topic,
      acks: -1,
      messages: events.map((event) => ({ ...asMessage(event), partition: 0 })),
    });
    const handler = recordingBatchHandler(poison.eventId);
    const { consumer, caughtUp } = await consume(
      topic,
      new Map([['CandidateEnrolled.v1', handler]]),
      'halves',
    );
    try {
      await caughtUp();
      const others = events.filter((event) => event !== poison).map((event) => event.eventId);
      expect(await effectsInOrder(events.map((event) => event.eventId))).toEqual(others);
      // One event per transaction would be 66 calls; halving takes one per level and side.
      expect(handler.calls.length).toBeLessThanOrEqual(1 + 2 * Math.log2(64) + 3);
      expect(handler.calls.filter((call) => call.length === 1 && call[0] === poison.eventId)).toHaveLength(3);
      await waitFor(
        async () =>
          deadLetterReader.matching((m) => m.header(HEADERS.eventId) === poison.eventId).length === 1,
        { what: 'the poison event in the dead-letter topic' },
      );
    } finally {
      await consumer.stop();
    }
  });

  it('applies nothing twice when a batch is delivered again, nor an event repeated within a batch', async () => {
    const topic = await createThrowawayTopic(kafka);
    const first = [enrolledEvent(), enrolledEvent(), enrolledEvent()];
    await send(topic, [...first, first[0]!]);
    const handler = recordingBatchHandler();
    const { consumer, caughtUp } = await consume(
      topic,
      new Map([['CandidateEnrolled.v1', handler]]),
      'again',
    );
    try {
      await caughtUp();
      // The same batch again (a producer retrying, a consumer group rewound), with one new event.
      const fresh = enrolledEvent();
      await send(topic, [...first, fresh]);
      await caughtUp();
      expect(handler.calls).toEqual([first.map((event) => event.eventId), [fresh.eventId]]);
      const ids = [...first, fresh].map((event) => event.eventId);
      expect(await effectCounts(dataSource, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    } finally {
      await consumer.stop();
    }
  });

  it("keeps each key's order across partitions, a per-event handler's event ending the run", async () => {
    const topic = await createThrowawayTopic(kafka, 3);
    const people = Array.from({ length: 6 }, () => randomUUID());
    // Each person: two enrolments, an erasure (a per-event handler), two more enrolments.
    const timeline = people.map((candidateId) => [
      enrolledEvent(candidateId),
      enrolledEvent(candidateId),
      createEvent('CandidateErased.v1', candidateId, { candidateId, erasedAt: new Date().toISOString() }),
      enrolledEvent(candidateId),
      enrolledEvent(candidateId),
    ]);
    // Interleaved person by person, as producers would publish them.
    await send(
      topic,
      [0, 1, 2, 3, 4].flatMap((i) => timeline.map((events) => events[i]!)),
    );
    const handler = recordingBatchHandler();
    const { consumer, caughtUp } = await consume(
      topic,
      new Map<string, InboxHandler>([
        ['CandidateEnrolled.v1', handler],
        ['CandidateErased.v1', (event, manager) => recordEffect(manager, event)],
      ]),
      'order',
    );
    try {
      await caughtUp();
      for (const events of timeline) {
        const ids = events.map((event) => event.eventId);
        expect(await effectsInOrder(ids)).toEqual(ids);
      }
      // Per partition, two runs around the erasures: far fewer calls than events.
      const enrolments = timeline.flat().filter((event) => event.type === 'CandidateEnrolled').length;
      expect(handler.calls.flat()).toHaveLength(enrolments);
      expect(handler.calls.length).toBeLessThanOrEqual(6);
    } finally {
      await consumer.stop();
    }
  });
});
