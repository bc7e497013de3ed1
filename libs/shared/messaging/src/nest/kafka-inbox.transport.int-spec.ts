import 'reflect-metadata';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  EVENT_CATALOGUE,
  HEADERS,
  deadLetterTopicOf,
  type AnyEvent,
  type EventOf,
} from '@passerelle/shared/contracts';
import { DomainError, ServiceExceptionFilter } from '@passerelle/shared/graphql';
import {
  startGroupsAtTopicEnd,
  testInfrastructure,
  TopicReader,
  waitFor,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { eventHeaders } from '../kafka/event-codec';
import {
  effectCounts,
  enrolledEvent,
  messagingTestDatabase,
  recordEffect,
  silentLogger,
  testKafka,
} from '../test/messaging-test-kit';
import { createEvent } from '../outbox/event-factory';
import { InboxBatchContext, InboxContext } from './inbox.context';
import { KafkaInboxTransport } from './kafka-inbox.transport';
import { OnEvent, OnEventBatch } from './on-event.decorator';

const SERVICE = 'scheduling';
const TOPIC = EVENT_CATALOGUE['CandidateEnrolled.v1'].topic;
const FAILS_AS_DOMAIN_ERROR = 'A1101';
const FAILS_AS_ERROR = 'A1102';

@Controller()
class ProbeConsumer {
  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    if (event.payload.formerOccupationCode === FAILS_AS_DOMAIN_ERROR) {
      throw new DomainError('PROGRAMME_NOT_FOUND', `programme ${event.payload.programmeId} does not exist`);
    }
    if (event.payload.formerOccupationCode === FAILS_AS_ERROR)
      throw new Error('the projection table is locked');
    await recordEffect(context.manager, event);
  }
}

/** A second handler of the same event (as a feature and the candidate-scope projection are): both run. */
@Controller()
class SecondProbeConsumer {
  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await recordEffect(context.manager, event);
  }
}

/** A batch handler on the same topic (CandidateErased is intake's too): the events of a batch together. */
@Controller()
class BatchProbeConsumer {
  static readonly calls: string[][] = [];

  @OnEventBatch('CandidateErased.v1')
  async onErasures(@Payload() events: AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    expect(context.events).toBe(events);
    BatchProbeConsumer.calls.push(events.map((event) => event.eventId));
    for (const event of events) await recordEffect(context.manager, event);
  }
}

@Module({ controllers: [ProbeConsumer, SecondProbeConsumer, BatchProbeConsumer] })
class ProbeModule {}

/** A batch handler of a key another controller takes one event at a time (matching's and the candidate scope's). */
@Controller()
class MixedBatchConsumer {
  static readonly calls: string[][] = [];

  @OnEventBatch('CandidateEnrolled.v1')
  async onEnrolments(@Payload() events: AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    MixedBatchConsumer.calls.push(events.map((event) => event.eventId));
    for (const event of events) await recordEffect(context.manager, event);
  }
}

@Module({ controllers: [ProbeConsumer, MixedBatchConsumer] })
class MixedModule {}

const kafka = testKafka();
let database: TestDatabase;
let dataSource: DataSource;
let producer: Producer;
let reader: TopicReader;
let microservice: INestMicroservice;

beforeAll(async () => {
  ({ database, dataSource } = await messagingTestDatabase('transport'));
  const groupPrefix = `test-transport-${database.name}`;
  // Start at the end of the shared topic: only this test's events matter.
  await startGroupsAtTopicEnd(testInfrastructure().kafkaBrokers, groupPrefix, [SERVICE], [TOPIC]);
  reader = await TopicReader.start(kafka, [deadLetterTopicOf(SERVICE)]);
  microservice = await NestFactory.createMicroservice(ProbeModule, {
    strategy: new KafkaInboxTransport({
      service: SERVICE,
      kafka,
      dataSource,
      logger: silentLogger,
      groupPrefix,
      retry: { maxAttempts: 2, initialDelayMs: 10, factor: 2, maxDelayMs: 50 },
    }),
    logger: false,
  });
  microservice.useGlobalFilters(new ServiceExceptionFilter()); // as startService registers it
  await microservice.listen();
  producer = kafka.producer();
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await microservice?.close();
  await reader?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

describe('Kafka inbox transport for Nest @OnEvent handlers', () => {
  it('applies a good event and dead-letters failing ones with their own error message', async () => {
    const good = enrolledEvent();
    const domainFailure = enrolledEvent();
    domainFailure.payload.formerOccupationCode = FAILS_AS_DOMAIN_ERROR;
    const plainFailure = enrolledEvent();
    plainFailure.payload.formerOccupationCode = FAILS_AS_ERROR;
    await producer.send({
      topic: TOPIC,
      acks: -1,
      messages: [domainFailure, plainFailure, good].map((event) => ({
        key: event.aggregateId,
        value: JSON.stringify(event),
        headers: eventHeaders(event, null),
      })),
    });

    // Applied once by each of its two handlers, in one inbox transaction.
    await waitFor(async () => (await effectCounts(dataSource, [good.eventId]))[good.eventId] === 2, {
      what: 'the good event applied by both handlers',
    });
    const reasonOf = async (eventId: string) => {
      const [dead] = await waitFor(
        async () => {
          const found = reader.matching((m) => m.header(HEADERS.eventId) === eventId);
          return found.length > 0 && found;
        },
        { what: `dead letter for ${eventId}` },
      );
      return dead!.header(HEADERS.deadLetterReason);
    };
    expect(await reasonOf(domainFailure.eventId)).toBe(
      `handler failed: programme ${domainFailure.payload.programmeId} does not exist`,
    );
    expect(await reasonOf(plainFailure.eventId)).toBe('handler failed: the projection table is locked');
    expect(await effectCounts(dataSource, [domainFailure.eventId, plainFailure.eventId])).toEqual({});
  });

  it('hands an @OnEventBatch method the events of a batch together, each applied once', async () => {
    const erasures = [0, 1, 2].map(() => {
      const candidateId = enrolledEvent().aggregateId;
      return createEvent('CandidateErased.v1', candidateId, {
        candidateId,
        erasedAt: new Date().toISOString(),
      });
    });
    const ids = erasures.map((event) => event.eventId);
    await producer.send({
      topic: TOPIC,
      acks: -1,
      messages: erasures.map((event) => ({
        key: 'one-key', // one partition, so one batch in this order
        value: JSON.stringify(event),
        headers: eventHeaders(event, null),
      })),
    });
    await waitFor(async () => Object.keys(await effectCounts(dataSource, ids)).length === 3, {
      what: 'the erasures applied by the batch handler',
    });
    expect(await effectCounts(dataSource, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    expect(BatchProbeConsumer.calls.flat()).toEqual(ids);
    expect(BatchProbeConsumer.calls.length).toBeLessThan(3);
  });

  it('gives a key handled by a batch method and a per-event method each what it takes', async () => {
    const { database: mixedDatabase, dataSource: mixedSource } =
      await messagingTestDatabase('transport-mixed');
    const groupPrefix = `test-transport-${mixedDatabase.name}`;
    await startGroupsAtTopicEnd(testInfrastructure().kafkaBrokers, groupPrefix, [SERVICE], [TOPIC]);
    const mixed = await NestFactory.createMicroservice(MixedModule, {
      strategy: new KafkaInboxTransport({
        service: SERVICE,
        kafka,
        dataSource: mixedSource,
        logger: silentLogger,
        groupPrefix,
      }),
      logger: false,
    });
    mixed.useGlobalFilters(new ServiceExceptionFilter());
    try {
      await mixed.listen();
      const enrolments = [0, 1, 2].map(() => enrolledEvent());
      const ids = enrolments.map((event) => event.eventId);
      await producer.send({
        topic: TOPIC,
        acks: -1,
        messages: enrolments.map((event) => ({
          key: 'one-mixed-key',
          value: JSON.stringify(event),
          headers: eventHeaders(event, null),
        })),
      });
      await waitFor(
        async () => Object.values(await effectCounts(mixedSource, ids)).filter((n) => n === 2).length === 3,
        { what: 'each enrolment applied by both handlers' },
      );
      // Once by the per-event method, once by the batch method: none dead-lettered, none twice more.
      expect(await effectCounts(mixedSource, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 2])));
      expect(MixedBatchConsumer.calls.flat()).toEqual(ids);
    } finally {
      await mixed.close();
      await mixedSource.destroy();
      await mixedDatabase.drop();
    }
  });
});
