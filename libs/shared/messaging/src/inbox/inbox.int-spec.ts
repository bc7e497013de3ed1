import { randomUUID } from 'node:crypto';
import { Partitioners, type Producer } from 'kafkajs';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { HEADERS, deadLetterTopicOf, type AnyEvent } from '@passerelle/shared/contracts';
import { TopicReader, waitFor, waitForGroupToCatchUp, type TestDatabase } from '@passerelle/shared/testing';
import { replayDeadLetters } from '../dead-letter/dead-letter.replayer';
import { eventHeaders } from '../kafka/event-codec';
import {
  createThrowawayTopic,
  effectCounts,
  enrolledEvent,
  messagingTestDatabase,
  recordEffect,
  replayFromNow,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';
import { InboxConsumer, type EventHandler } from './inbox-consumer';

const SERVICE = 'matching';
const DEAD_LETTERS = deadLetterTopicOf(SERVICE);
const kafka = testKafka();
let database: TestDatabase;
let dataSource: DataSource;
let producer: Producer;
let deadLetterReader: TopicReader;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('inbox'));
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  deadLetterReader = await TopicReader.start(kafka, [DEAD_LETTERS]);
  await replayFromNow(kafka, SERVICE, `test-${database.name}`);
});

afterAll(async () => {
  await deadLetterReader.stop();
  await producer.disconnect();
  await dataSource.destroy();
  await database.drop();
});

const send = (topic: string, messages: { key: string; value: string; headers?: Record<string, string> }[]) =>
  producer.send({ topic, acks: -1, messages: messages.map((message) => ({ ...message, partition: 0 })) });

const asMessage = (event: AnyEvent) => ({
  key: event.aggregateId,
  value: JSON.stringify(event),
  headers: eventHeaders(event, null),
});

async function consume(topic: string, handler: EventHandler, label: string) {
  const consumer = new InboxConsumer({
    service: SERVICE,
    topic,
    kafka,
    dataSource,
    logger: silentLogger,
    groupPrefix: `test-${label}-${database.name}`,
    retry: { maxAttempts: 3, initialDelayMs: 20, factor: 2, maxDelayMs: 100 },
    handlers: new Map([['CandidateEnrolled.v1', handler]]),
  });
  await consumer.start();
  return { consumer, groupId: `test-${label}-${database.name}.${SERVICE}.${topic}` };
}

describe('inbox consumer', () => {
  it('applies a duplicated delivery once, within a batch and across batches', async () => {
    const topic = await createThrowawayTopic(kafka);
    const event = enrolledEvent();
    const other = enrolledEvent();
    // Twice in one batch...
    await send(topic, [asMessage(event), asMessage(event)]);
    const { consumer, groupId } = await consume(topic, (e, manager) => recordEffect(manager, e), 'dup');
    try {
      await waitForGroupToCatchUp(kafka, groupId, topic);
      // ...then again in a later batch, after its inbox row has committed.
      await send(topic, [asMessage(other), asMessage(event)]);
      await waitForGroupToCatchUp(kafka, groupId, topic);
      expect(await effectCounts(dataSource, [event.eventId, other.eventId])).toEqual({
        [event.eventId]: 1,
        [other.eventId]: 1,
      });
      // Skipped as duplicates, not failed and parked.
      const parked = deadLetterReader.matching((m) =>
        [event.eventId, other.eventId].includes(m.header(HEADERS.eventId) ?? ''),
      );
      expect(parked).toEqual([]);
    } finally {
      await consumer.stop();
    }
  });

  it('sends a poison message to the dead-letter topic with its reason and keeps the partition flowing', async () => {
    const topic = await createThrowawayTopic(kafka);
    const next = enrolledEvent();
    await send(topic, [
      { key: next.aggregateId, value: '{"this is": not json', headers: { 'x-test': 'poison' } },
      asMessage(next),
    ]);
    const { consumer, groupId } = await consume(topic, (e, manager) => recordEffect(manager, e), 'poison');
    try {
      await waitForGroupToCatchUp(kafka, groupId, topic);
      expect(await effectCounts(dataSource, [next.eventId])).toEqual({ [next.eventId]: 1 });
      const [dead] = await waitFor(
        async () => {
          const found = deadLetterReader.matching((m) => m.header(HEADERS.originalTopic) === topic);
          return found.length > 0 && found;
        },
        { what: 'the poison message in the dead-letter topic' },
      );
      expect(dead!.value).toBe('{"this is": not json');
      expect(dead!.message.key?.toString()).toBe(next.aggregateId);
      expect(dead!.header('x-test')).toBe('poison');
      expect(dead!.header(HEADERS.deadLetterReason)).toMatch(/^value is not JSON/);
      expect(dead!.header(HEADERS.deadLetterConsumer)).toBe(SERVICE);
      expect(dead!.header(HEADERS.originalOffset)).toBe('0');
    } finally {
      await consumer.stop();
    }
  });

  it('skips an event of a version it does not know, logged once, not dead-lettered, and applies a v1 with a field it does not know (decision 0049)', async () => {
    const topic = await createThrowawayTopic(kafka);
    const person = randomUUID();
    const first = enrolledEvent(person);
    const withExtra = enrolledEvent(person);
    // A v2 of a known type with another shape, and an unknown type: a producer migrating (dual publishing).
    const v2 = {
      ...enrolledEvent(person),
      version: 2,
      payload: { candidateId: person, programme: { id: randomUUID() }, enrolledOn: '2026-12-05' },
    };
    const v2Again = { ...v2, eventId: randomUUID() };
    const unknownType = { ...enrolledEvent(person), type: 'CandidateTeleported' };
    const after = enrolledEvent(person);
    const raw = (event: { eventId: string; [field: string]: unknown }) => ({
      key: person,
      value: JSON.stringify(event),
      headers: { [HEADERS.eventId]: event.eventId },
    });
    await send(topic, [
      asMessage(first),
      raw(v2),
      raw({ ...withExtra, payload: { ...withExtra.payload, preferredContactHour: 9 } }),
      raw(unknownType),
      raw(v2Again),
      asMessage(after),
    ]);
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const consumer = new InboxConsumer({
      service: SERVICE,
      topic,
      kafka,
      dataSource,
      logger,
      groupPrefix: `test-unknown-${database.name}`,
      retry: { maxAttempts: 3, initialDelayMs: 20, factor: 2, maxDelayMs: 100 },
      handlers: new Map([['CandidateEnrolled.v1', (e, manager) => recordEffect(manager, e)]]),
    });
    await consumer.start();
    try {
      await waitForGroupToCatchUp(kafka, `test-unknown-${database.name}.${SERVICE}.${topic}`, topic);
      expect(await effectCounts(dataSource, [first.eventId, withExtra.eventId, after.eventId])).toEqual({
        [first.eventId]: 1,
        [withExtra.eventId]: 1,
        [after.eventId]: 1,
      });
      const unknownInInbox: unknown[] = await dataSource.query(
        `SELECT event_id FROM inbox_message WHERE event_id = ANY($1::uuid[])`,
        [[v2.eventId, v2Again.eventId, unknownType.eventId]],
      );
      expect(unknownInInbox).toEqual([]);
      const skipped = lines.map((line) => JSON.parse(line) as { eventKey?: string; msg: string });
      expect(skipped.filter((line) => line.eventKey).map((line) => line.eventKey)).toEqual([
        'CandidateEnrolled.v2',
        'CandidateTeleported.v1',
      ]);
      expect(skipped[0]!.msg).toContain('does not know: skipped');
      // Nothing of this topic dead-lettered (the letters are read back from the shared topic).
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(deadLetterReader.matching((m) => m.header(HEADERS.originalTopic) === topic)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  });

  it('retries a failing handler, dead-letters the event, moves on, and replays it once the cause is fixed', async () => {
    const topic = await createThrowawayTopic(kafka);
    const failing = enrolledEvent();
    const after = enrolledEvent();
    let attempts = 0;
    let fixed = false;
    const handler: EventHandler = async (event, manager) => {
      if (event.eventId === failing.eventId && !fixed) {
        attempts++;
        throw new Error('the projection table is locked');
      }
      await recordEffect(manager, event);
    };
    await send(topic, [asMessage(failing), asMessage(after)]);
    const { consumer, groupId } = await consume(topic, handler, 'retry');
    try {
      await waitForGroupToCatchUp(kafka, groupId, topic);
      expect(attempts).toBe(4); // one failed whole-batch attempt, then 3 bounded retries on its own
      expect(await effectCounts(dataSource, [failing.eventId, after.eventId])).toEqual({
        [after.eventId]: 1,
      });
      const [dead] = await waitFor(
        async () => {
          const found = deadLetterReader.matching((m) => m.header(HEADERS.eventId) === failing.eventId);
          return found.length > 0 && found;
        },
        { what: 'the failing event in the dead-letter topic' },
      );
      expect(dead!.header(HEADERS.deadLetterReason)).toBe('handler failed: the projection table is locked');
      expect(dead!.header(HEADERS.deadLetterAttempts)).toBe('3');

      fixed = true;
      const report = await replayDeadLetters(kafka, SERVICE, { groupPrefix: `test-${database.name}` });
      expect(report.byTopic[topic]).toBe(1);
      await waitFor(async () => (await effectCounts(dataSource, [failing.eventId]))[failing.eventId] === 1, {
        what: 'the replayed event applied',
      });
      // Caught up: nothing of this topic left (other runs may dead-letter to the shared broker's topic).
      const again = await replayDeadLetters(kafka, SERVICE, { groupPrefix: `test-${database.name}` });
      expect(again.byTopic[topic]).toBeUndefined();
    } finally {
      await consumer.stop();
    }
  });

  it('redelivers an event whose handler cannot reach another service, instead of dead-lettering it, until it is back', async () => {
    const topic = await createThrowawayTopic(kafka);
    const asking = enrolledEvent();
    const after = enrolledEvent();
    let attempts = 0;
    let reachable = false;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4001'), { code: 'ECONNREFUSED' });
    const handler: EventHandler = async (event, manager) => {
      if (event.eventId === asking.eventId && !reachable) {
        attempts++;
        throw new TypeError('fetch failed', { cause: refused });
      }
      await recordEffect(manager, event);
    };
    await send(topic, [asMessage(asking), asMessage(after)]);
    const { consumer, groupId } = await consume(topic, handler, 'unreachable');
    try {
      // Well past the bounded retries (4 attempts), the event is still tried, never dead-lettered.
      await waitFor(async () => attempts >= 8, {
        what: 'the event tried again and again while intake is down',
      });
      reachable = true;
      await waitForGroupToCatchUp(kafka, groupId, topic);
      expect(await effectCounts(dataSource, [asking.eventId, after.eventId])).toEqual({
        [asking.eventId]: 1,
        [after.eventId]: 1,
      });
      expect(deadLetterReader.matching((m) => m.header(HEADERS.eventId) === asking.eventId)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  }, 120_000);
  it('dead-letters a message once when its batch is delivered again (a crash before the commit)', async () => {
    const topic = await createThrowawayTopic(kafka);
    const failing = enrolledEvent();
    const after = enrolledEvent();
    let attempts = 0;
    const handler: EventHandler = async (event, manager) => {
      if (event.eventId === failing.eventId) {
        attempts++;
        throw new Error('the projection table is locked');
      }
      await recordEffect(manager, event);
    };
    await send(topic, [
      { key: failing.aggregateId, value: '{"this is": not json', headers: { 'x-test': 'poison' } },
      asMessage(failing),
      asMessage(after),
    ]);
    const deadOfTopic = () => deadLetterReader.matching((m) => m.header(HEADERS.originalTopic) === topic);
    const first = await consume(topic, handler, 'redelivered');
    try {
      await waitForGroupToCatchUp(kafka, first.groupId, topic);
      await waitFor(async () => deadOfTopic().length === 2, {
        what: 'the poison and the failing event dead-lettered',
      });
    } finally {
      await first.consumer.stop();
    }
    expect(attempts).toBe(4);
    // As if the consumer had died before committing: the group reads the batch again.
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.setOffsets({ groupId: first.groupId, topic, partitions: [{ partition: 0, offset: '0' }] });
    } finally {
      await admin.disconnect();
    }
    const again = await consume(topic, handler, 'redelivered');
    try {
      await waitForGroupToCatchUp(kafka, again.groupId, topic);
      // A later message of the topic marks when the redelivered batch has been read.
      const marker = enrolledEvent();
      await send(topic, [asMessage(marker)]);
      await waitForGroupToCatchUp(kafka, again.groupId, topic);
      await waitFor(async () => (await effectCounts(dataSource, [marker.eventId]))[marker.eventId] === 1, {
        what: 'the marker applied',
      });
    } finally {
      await again.consumer.stop();
    }
    const dead = deadOfTopic();
    expect(dead.map((m) => m.header(HEADERS.originalOffset)).sort()).toEqual(['0', '1']);
    expect(attempts).toBe(4); // not tried again
    expect(await effectCounts(dataSource, [failing.eventId, after.eventId])).toEqual({ [after.eventId]: 1 });
  }, 120_000);
});
