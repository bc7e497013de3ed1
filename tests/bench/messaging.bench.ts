// Messaging library vs raw kafkajs on the same broker, same message count, size, key and headers,
// measured in the same run. Not a test: it prints figures (ratio = ours / raw, higher is better).
//   npm run bench:messaging [-- --messages 20000]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Partitioners, type Kafka, type Message } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import {
  CreateMessagingTables1763900000000,
  InboxConsumer,
  InboxMessageEntity,
  OutboxMessageEntity,
  OutboxRelay,
  OutboxWriter,
  createEvent,
  createKafka,
  eventHeaders,
} from '@passerelle/shared/messaging';
import { createTestDatabase, testInfrastructure } from '@passerelle/shared/testing';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '20000' } } });
const COUNT = Number(values.messages);
const BATCH = 1000; // relay batch size and raw producer batch size alike
const logger = pino({ level: 'silent' });

function events() {
  return Array.from({ length: COUNT }, () => {
    const candidateId = randomUUID();
    return createEvent('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: randomUUID(),
      sponsorId: randomUUID(),
      officeIds: [randomUUID()],
      enrolledAt: new Date().toISOString(),
      formerOccupationCode: 'N1103',
      languages: ['fr', 'en'],
    });
  });
}

async function createTopic(kafka: Kafka, partitions: number): Promise<string> {
  const topic = `bench.messaging.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  await admin.disconnect();
  return topic;
}

async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics });
  await admin.disconnect();
}

async function rawProduce(kafka: Kafka, topic: string, messages: Message[]): Promise<number> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const start = performance.now();
  for (let i = 0; i < messages.length; i += BATCH) {
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + BATCH) });
  }
  const elapsed = performance.now() - start;
  await producer.disconnect();
  return elapsed;
}

/** Ours: events appended to the outbox in transactions of BATCH, published by the relay. */
async function outboxProduce(
  kafka: Kafka,
  dataSource: DataSource,
  topic: string,
  all: ReturnType<typeof events>,
): Promise<number> {
  // Routed to a throwaway topic so no running service consumes the benchmark's events.
  const writer = new OutboxWriter(() => topic);
  const relay = new OutboxRelay({ dataSource, kafka, logger, batchSize: BATCH, pollIntervalMs: 5 });
  await relay.start();
  const start = performance.now();
  for (let i = 0; i < all.length; i += BATCH) {
    await dataSource.transaction((manager) => writer.append(manager, all.slice(i, i + BATCH)));
  }
  for (;;) {
    const [row] = await dataSource.query(`SELECT count(*) FROM outbox_message`);
    if (Number(row.count) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const elapsed = performance.now() - start;
  await relay.stop();
  return elapsed;
}

async function rawConsume(kafka: Kafka, topic: string): Promise<number> {
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let first = 0;
  const done = new Promise<number>((resolve) => {
    void consumer.run({
      partitionsConsumedConcurrently: 6,
      eachBatch: async ({ batch }) => {
        if (!first) first = performance.now();
        for (const message of batch.messages) JSON.parse(message.value!.toString('utf8'));
        seen += batch.messages.length;
        if (seen >= COUNT) resolve(performance.now() - first);
      },
    });
  });
  const elapsed = await done;
  await consumer.disconnect();
  return elapsed;
}

/** Ours: validation, inbox (dedupe) and handler in one transaction per batch, offsets committed. */
async function inboxConsume(kafka: Kafka, dataSource: DataSource, topic: string): Promise<number> {
  let seen = 0;
  let first = 0;
  let resolveDone: (ms: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (resolveDone = resolve));
  const consumer = new InboxConsumer({
    service: 'pathway',
    topic,
    kafka,
    dataSource,
    logger,
    groupPrefix: `bench-${randomUUID()}`,
    handlers: new Map([
      [
        'CandidateEnrolled.v1',
        async () => {
          if (!first) first = performance.now();
          if (++seen >= COUNT) resolveDone(performance.now() - first);
        },
      ],
    ]),
  });
  await consumer.start();
  const elapsed = await done;
  await consumer.stop();
  return elapsed;
}

async function main(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const kafka = createKafka('bench', kafkaBrokers, logger);
  const database = await createTestDatabase('bench_messaging');
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [OutboxMessageEntity, InboxMessageEntity],
    migrations: [CreateMessagingTables1763900000000],
    extra: { max: 10 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();

  const all = events();
  const messages: Message[] = all.map((event) => ({
    key: event.aggregateId,
    value: JSON.stringify(event),
    headers: eventHeaders(event, null),
  }));
  const bytes = messages.reduce((sum, m) => sum + Buffer.byteLength(m.value as string), 0) / COUNT;
  const partitions = 6; // as the event topics
  const rawTopic = await createTopic(kafka, partitions);
  const consumeTopic = await createTopic(kafka, partitions);

  // Warm-up (connections, metadata, JIT) on a small batch, not measured.
  await rawProduce(kafka, rawTopic, messages.slice(0, 500));

  const rawProduceMs = await rawProduce(kafka, rawTopic, messages);
  const oursTopic = await createTopic(kafka, partitions);
  const oursProduceMs = await outboxProduce(kafka, dataSource, oursTopic, all);
  await rawProduce(kafka, consumeTopic, messages); // the same events for both consumers to read
  const rawConsumeMs = await rawConsume(kafka, consumeTopic);
  const oursConsumeMs = await inboxConsume(kafka, dataSource, consumeTopic);

  const rate = (ms: number) => Math.round((COUNT / ms) * 1000);
  const rows = [
    { figure: 'produce', raw: rate(rawProduceMs), ours: rate(oursProduceMs) },
    { figure: 'consume', raw: rate(rawConsumeMs), ours: rate(oursConsumeMs) },
  ];
  console.log(
    `messaging benchmark: ${COUNT} events of ${Math.round(bytes)} bytes, ${partitions} partitions, batches of ${BATCH}`,
  );
  console.log('figure    raw kafkajs msg/s   passerelle msg/s   ratio');
  for (const row of rows) {
    console.log(
      `${row.figure.padEnd(9)} ${String(row.raw).padStart(17)} ${String(row.ours).padStart(18)} ${(row.ours / row.raw).toFixed(2).padStart(7)}x`,
    );
  }
  console.log(
    `produce = outbox append (transactions of ${BATCH}) + relay publish, against producer.send of the same batches`,
  );
  console.log(
    'consume = validation + inbox transaction per batch + offsets, against eachBatch with JSON.parse',
  );

  await deleteTopics(kafka, [rawTopic, oursTopic, consumeTopic]);
  await dataSource.destroy();
  await database.drop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
