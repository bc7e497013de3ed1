import 'reflect-metadata';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EVENT_CATALOGUE, HEADERS, deadLetterTopicOf, type EventOf } from '@passerelle/shared/contracts';
import {
  createRunTopics,
  testInfrastructure,
  TopicReader,
  waitFor,
  waitForGroupToCatchUp,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { replayDeadLetters } from '../dead-letter/dead-letter.replayer';
import { OutboxRelay } from '../outbox/outbox.relay';
import { OutboxWriter } from '../outbox/outbox.writer';
import {
  effectCounts,
  enrolledEvent,
  messagingTestDatabase,
  recordEffect,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';
import { InboxContext } from './inbox.context';
import { KafkaInboxTransport } from './kafka-inbox.transport';
import { OnEvent } from './on-event.decorator';

// Decision 0043: two runs of the same service on the same broker, under the same consumer-group
// prefix, differ only by KAFKA_TOPIC_PREFIX. Each applies its own events and never sees the
// other's: not through the outbox relay, not through its consumers, not through dead letters and
// their replay.

const SERVICE = 'scheduling';
const LOGICAL_TOPIC = EVENT_CATALOGUE['CandidateEnrolled.v1'].topic;
const DEAD_LETTERS = deadLetterTopicOf(SERVICE);
const GROUP_PREFIX = `test-prefix-${randomUUID().slice(0, 8)}`;
/** Events whose handler fails (until removed): dead-lettered after the retries. */
const failing = new Set<string>();

@Controller()
class ProbeConsumer {
  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(@Payload() event: EventOf<'CandidateEnrolled.v1'>, @Ctx() context: InboxContext) {
    if (failing.has(event.eventId)) throw new Error('the projection is not ready');
    await recordEffect(context.manager, event);
  }
}

@Module({ controllers: [ProbeConsumer] })
class ProbeModule {}

interface Run {
  topics: RunTopics;
  database: TestDatabase;
  dataSource: DataSource;
  microservice: INestMicroservice;
  relay: OutboxRelay;
  deadLetters: TopicReader;
}

const kafka = testKafka();
const runs: Run[] = [];
let a: Run;
let b: Run;

async function startRun(label: string): Promise<Run> {
  const topics = await createRunTopics(testInfrastructure().kafkaBrokers);
  const { database, dataSource } = await messagingTestDatabase(label);
  const microservice = await NestFactory.createMicroservice(ProbeModule, {
    strategy: new KafkaInboxTransport({
      service: SERVICE,
      kafka,
      dataSource,
      logger: silentLogger,
      groupPrefix: GROUP_PREFIX,
      topicPrefix: topics.prefix,
      fetchMaxWaitMs: 500,
      retry: { maxAttempts: 2, initialDelayMs: 10, factor: 2, maxDelayMs: 50 },
    }),
    logger: false,
  });
  await microservice.listen();
  const relay = new OutboxRelay({
    dataSource,
    kafka,
    logger: silentLogger,
    pollIntervalMs: 20,
    topicPrefix: topics.prefix,
  });
  await relay.start();
  const deadLetters = await TopicReader.start(kafka, [topics.topic(DEAD_LETTERS)]);
  const run = { topics, database, dataSource, microservice, relay, deadLetters };
  runs.push(run);
  return run;
}

/** Appends events to a run's outbox, as a service's use case does; its relay publishes them. */
async function announce(run: Run, events: ReturnType<typeof enrolledEvent>[]): Promise<void> {
  await run.dataSource.transaction((manager) => new OutboxWriter().append(manager, events));
}

async function messagesOn(topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
  } finally {
    await admin.disconnect();
  }
}

beforeAll(async () => {
  [a, b] = await Promise.all([startRun('prefix_a'), startRun('prefix_b')]);
});

afterAll(async () => {
  for (const run of runs) {
    await run.relay.stop();
    await run.microservice.close();
    await run.deadLetters.stop();
    await run.dataSource.destroy();
    await run.database.drop();
    await run.topics.delete();
  }
});

describe('KAFKA_TOPIC_PREFIX: runs sharing a broker', () => {
  it('gives each run names of its own', () => {
    expect(a.topics.prefix).toMatch(/^t[0-9a-z]+-[0-9a-f]{6}\.$/);
    expect(a.topics.prefix).not.toBe(b.topics.prefix);
    expect(a.topics.topic(LOGICAL_TOPIC)).toBe(`${a.topics.prefix}passerelle.intake.candidate`);
  });

  it('applies an event published under prefix A under A only, and one under B under B only', async () => {
    const [underA, underB] = [enrolledEvent(), enrolledEvent()];
    await announce(a, [underA]);
    await announce(b, [underB]);

    await waitFor(async () => (await effectCounts(a.dataSource, [underA.eventId]))[underA.eventId] === 1, {
      what: 'the event applied under A',
    });
    await waitFor(async () => (await effectCounts(b.dataSource, [underB.eventId]))[underB.eventId] === 1, {
      what: 'the event applied under B',
    });
    // Each run's consumer has read everything on its topic: the other run's event was never there.
    const groupOf = (run: Run) => `${GROUP_PREFIX}.${SERVICE}.${run.topics.topic(LOGICAL_TOPIC)}`;
    await waitForGroupToCatchUp(kafka, groupOf(a), a.topics.topic(LOGICAL_TOPIC));
    await waitForGroupToCatchUp(kafka, groupOf(b), b.topics.topic(LOGICAL_TOPIC));
    expect(await effectCounts(b.dataSource, [underA.eventId])).toEqual({});
    expect(await effectCounts(a.dataSource, [underB.eventId])).toEqual({});
    expect(await messagesOn(a.topics.topic(LOGICAL_TOPIC))).toBe(1);
    expect(await messagesOn(b.topics.topic(LOGICAL_TOPIC))).toBe(1);
    // The outbox kept the logical topic; the relay published under the run's prefix.
    expect(await a.dataSource.query(`SELECT count(*)::int AS left FROM outbox_message`)).toEqual([
      { left: 0 },
    ]);
  });

  it("dead-letters under A's prefix, and the replay under A applies it there, B never seeing it", async () => {
    const poison = enrolledEvent();
    failing.add(poison.eventId);
    await announce(a, [poison]);

    const [dead] = await waitFor(
      async () => {
        const found = a.deadLetters.matching((m) => m.header(HEADERS.eventId) === poison.eventId);
        return found.length > 0 && found;
      },
      { what: "the dead letter on A's dead-letter topic" },
    );
    expect(dead!.topic).toBe(`${a.topics.prefix}passerelle.dlq.scheduling`);
    expect(dead!.header(HEADERS.originalTopic)).toBe(a.topics.topic(LOGICAL_TOPIC));
    expect(await messagesOn(b.topics.topic(DEAD_LETTERS))).toBe(0);

    failing.delete(poison.eventId); // the cause fixed
    const report = await replayDeadLetters(kafka, SERVICE, {
      groupPrefix: GROUP_PREFIX,
      topicPrefix: a.topics.prefix,
    });
    expect(report).toEqual({ replayed: 1, byTopic: { [a.topics.topic(LOGICAL_TOPIC)]: 1 } });
    await waitFor(async () => (await effectCounts(a.dataSource, [poison.eventId]))[poison.eventId] === 1, {
      what: 'the replayed event applied under A',
    });
    expect(await messagesOn(b.topics.topic(LOGICAL_TOPIC))).toBe(1);
    expect(await effectCounts(b.dataSource, [poison.eventId])).toEqual({});
  });
});
