import { randomUUID } from 'node:crypto';
import { Partitioners, type Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { HEADERS, deadLetterTopicOf, type AnyEvent } from '@passerelle/shared/contracts';
import { TopicReader, waitFor, waitForGroupToCatchUp, type TestDatabase } from '@passerelle/shared/testing';
import { discardDeadLetter, replayDeadLetters } from '../dead-letter/dead-letter.replayer';
import { eventHeaders } from '../kafka/event-codec';
import {
  createThrowawayTopic,
  enrolledEvent,
  messagingTestDatabase,
  replayFromNow,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';
import {
  InboxConsumer,
  type BatchEventHandler,
  type EventHandler,
  type InboxHandler,
} from './inbox-consumer';

// Issue 16, item 5: after one of a person's events is dead-lettered, their later events wait (the
// key is parked) until it is replayed or discarded; other people's events flow on.
const SERVICE = 'career';
const DEAD_LETTERS = deadLetterTopicOf(SERVICE);
const kafka = testKafka();
let database: TestDatabase;
let dataSource: DataSource;
let producer: Producer;
let deadLetterReader: TopicReader;
let replayGroupPrefix: string;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('inbox_parking'));
  await dataSource.query(`ALTER TABLE test_effect ADD COLUMN seq bigserial`);
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  deadLetterReader = await TopicReader.start(kafka, [DEAD_LETTERS]);
  replayGroupPrefix = `test-${database.name}`;
  await replayFromNow(kafka, SERVICE, replayGroupPrefix);
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

/** One partition: the order of the messages is the order of the partition. */
const send = (topic: string, events: AnyEvent[]) =>
  producer.send({
    topic,
    acks: -1,
    messages: events.map((event) => ({ ...asMessage(event), partition: 0 })),
  });

/** Writes one effect row per event; throws for the events in `broken` (until removed from it). */
function effects(broken: Set<string>): { perEvent: EventHandler; batch: BatchEventHandler } {
  const write = async (events: readonly AnyEvent[], manager: EntityManager) => {
    for (const event of events)
      if (broken.has(event.eventId)) throw new Error(`event ${event.eventId} breaks the projection`);
    await manager.query(
      `INSERT INTO test_effect (event_id, candidate_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [events.map((event) => event.eventId), events.map((event) => event.aggregateId)],
    );
  };
  return { perEvent: (event, manager) => write([event], manager), batch: { applyBatch: write } };
}

async function consume(topic: string, handler: InboxHandler, label: string, heldEventsPerKey?: number) {
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
    handlers: new Map([['CandidateEnrolled.v1', handler]]),
    heldEventsPerKey,
  });
  await consumer.start();
  const groupId = `${groupPrefix}.${SERVICE}.${topic}`;
  return { consumer, caughtUp: () => waitForGroupToCatchUp(kafka, groupId, topic) };
}

/** The effects of these named events in the order they were written, by name (repeats included). */
async function applied(named: Record<string, AnyEvent>): Promise<string[]> {
  const names = new Map(Object.entries(named).map(([name, event]) => [event.eventId, name]));
  const rows: { event_id: string }[] = await dataSource.query(
    `SELECT event_id FROM test_effect WHERE event_id = ANY($1::uuid[]) ORDER BY seq`,
    [[...names.keys()]],
  );
  return rows.map((row) => names.get(row.event_id)!);
}

function deadLettered(event: AnyEvent) {
  return waitFor(
    async () => {
      const found = deadLetterReader.matching((m) => m.header(HEADERS.eventId) === event.eventId);
      return found.length > 0 && found;
    },
    { what: `event ${event.eventId} in the dead-letter topic` },
  );
}

/** K's first event breaks the handler and is dead-lettered; K's next two and L's two come after. */
async function parkedScenario(handler: 'perEvent' | 'batch', label: string, oneBatch = false) {
  const topic = await createThrowawayTopic(kafka);
  const [k, l] = [randomUUID(), randomUUID()];
  const [k1, k2, k3] = [enrolledEvent(k), enrolledEvent(k), enrolledEvent(k)];
  const [l1, l2] = [enrolledEvent(l), enrolledEvent(l)];
  const broken = new Set([k1.eventId]);
  const consumed = await consume(topic, effects(broken)[handler], label);
  if (oneBatch) {
    // All in one batch: it fails on k1, then each event on its own (the one-by-one path) after it.
    await send(topic, [k1, k2, l1, k3, l2]);
    await consumed.caughtUp();
    await deadLettered(k1);
  } else {
    await send(topic, [k1]);
    await consumed.caughtUp();
    await deadLettered(k1);
    // Later events in one batch: the whole-batch path holds K's and applies L's.
    await send(topic, [k2, l1, k3, l2]);
    await consumed.caughtUp();
  }
  return { topic, events: { k1, k2, k3, l1, l2 }, broken, ...consumed };
}

describe('inbox consumer, a dead letter parks its key', () => {
  it.each([
    ['a per-event handler', 'perEvent' as const, false],
    ['a batch handler', 'batch' as const, false],
    ['a batch handler, all five in one Kafka batch', 'batch' as const, true],
  ])(
    "holds the key's later events while other keys flow, and applies them in order once the dead letter is replayed (%s)",
    async (_, handler, oneBatch) => {
      const { topic, events, broken, consumer, caughtUp } = await parkedScenario(
        handler,
        `park-${handler}-${oneBatch}`,
        oneBatch,
      );
      try {
        expect(await applied(events)).toEqual(['l1', 'l2']);

        broken.clear(); // the cause is fixed
        const report = await replayDeadLetters(kafka, SERVICE, { groupPrefix: replayGroupPrefix });
        expect(report.byTopic[topic]).toBe(1);
        await waitFor(async () => (await applied(events)).length === 5, { what: "K's held events applied" });
        await caughtUp();
        expect(await applied(events)).toEqual(['l1', 'l2', 'k1', 'k2', 'k3']);

        // Unparked: K's next event applies at once.
        const k4 = enrolledEvent(events.k1.aggregateId);
        await send(topic, [k4]);
        await caughtUp();
        expect(await applied({ ...events, k4 })).toEqual(['l1', 'l2', 'k1', 'k2', 'k3', 'k4']);
        // Nothing left parked or held for this topic.
        const left: { parked: number; held: number }[] = await dataSource.query(
          `SELECT (SELECT count(*)::int FROM inbox_parked_key WHERE topic = $1) AS parked,
                  (SELECT count(*)::int FROM inbox_held_event WHERE topic = $1) AS held`,
          [topic],
        );
        expect(left).toEqual([{ parked: 0, held: 0 }]);
      } finally {
        await consumer.stop();
      }
    },
  );

  it('applies the held events and unparks the key when ops discard the dead letter, which never applies', async () => {
    const { topic, events, consumer, caughtUp } = await parkedScenario('perEvent', 'discard');
    try {
      expect(await applied(events)).toEqual(['l1', 'l2']);

      expect(await discardDeadLetter(kafka, SERVICE, events.k1.eventId)).toEqual({ topics: [topic] });
      await waitFor(async () => (await applied(events)).length === 4, { what: "K's held events applied" });
      expect(await applied(events)).toEqual(['l1', 'l2', 'k2', 'k3']);

      // Replaying the dead-letter topic afterwards finds k1 in the inbox: still never applied.
      await replayDeadLetters(kafka, SERVICE, { groupPrefix: replayGroupPrefix });
      const k4 = enrolledEvent(events.k1.aggregateId);
      await send(topic, [k4]);
      await caughtUp();
      expect(await applied({ ...events, k4 })).toEqual(['l1', 'l2', 'k2', 'k3', 'k4']);
      // An event id that was never dead-lettered: nothing to discard.
      expect(await discardDeadLetter(kafka, SERVICE, randomUUID())).toEqual({ topics: [] });
    } finally {
      await consumer.stop();
    }
  });

  it('dead-letters the events past the bound with a reason saying so, and replays them in order', async () => {
    const topic = await createThrowawayTopic(kafka);
    const k = randomUUID();
    const [k1, k2, k3, k4] = [enrolledEvent(k), enrolledEvent(k), enrolledEvent(k), enrolledEvent(k)];
    const events = { k1, k2, k3, k4 };
    const broken = new Set([k1.eventId]);
    const { consumer, caughtUp } = await consume(topic, effects(broken).batch, 'bound', 2);
    try {
      await send(topic, [k1]);
      await caughtUp();
      await deadLettered(k1);
      await send(topic, [k2, k3, k4]);
      await caughtUp();
      const [overflow] = await deadLettered(k4);
      expect(overflow!.header(HEADERS.deadLetterReason)).toBe(
        `key parked behind dead letter ${k1.eventId}: more than 2 events held`,
      );
      expect(await applied(events)).toEqual([]);

      broken.clear();
      // Replayed in the dead-letter topic's order: k1 releases k2 and k3, then k4 applies.
      const report = await replayDeadLetters(kafka, SERVICE, { groupPrefix: replayGroupPrefix });
      expect(report.byTopic[topic]).toBe(2);
      await waitFor(async () => (await applied(events)).length === 4, { what: 'all four applied' });
      expect(await applied(events)).toEqual(['k1', 'k2', 'k3', 'k4']);
    } finally {
      await consumer.stop();
    }
  });

  it('parks the key behind a held event that fails when released, the events after it still held', async () => {
    const topic = await createThrowawayTopic(kafka);
    const k = randomUUID();
    const [k1, k2, k3] = [enrolledEvent(k), enrolledEvent(k), enrolledEvent(k)];
    const events = { k1, k2, k3 };
    const broken = new Set([k1.eventId, k2.eventId]);
    const { consumer, caughtUp } = await consume(topic, effects(broken).perEvent, 'release-fails');
    try {
      await send(topic, [k1]);
      await caughtUp();
      await deadLettered(k1);
      await send(topic, [k2, k3]);
      await caughtUp();

      broken.delete(k1.eventId); // k1's cause fixed, not k2's
      await replayDeadLetters(kafka, SERVICE, { groupPrefix: replayGroupPrefix });
      const [second] = await deadLettered(k2);
      expect(second!.header(HEADERS.deadLetterReason)).toBe(
        `handler failed while its parked key's held events were applied: event ${k2.eventId} breaks the projection`,
      );
      await caughtUp();
      expect(await applied(events)).toEqual(['k1']);

      broken.clear();
      await replayDeadLetters(kafka, SERVICE, { groupPrefix: replayGroupPrefix });
      await waitFor(async () => (await applied(events)).length === 3, { what: 'k2 and k3 applied' });
      expect(await applied(events)).toEqual(['k1', 'k2', 'k3']);
    } finally {
      await consumer.stop();
    }
  });
});
