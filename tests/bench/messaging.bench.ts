// Messaging library vs raw kafkajs on the same broker, same message count, size, key and headers,
// measured in the same run. Not a test: it prints figures (ratio = ours / raw, higher is better).
//   npm run bench:messaging [-- --messages 20000]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Partitioners, type Kafka, type Message } from 'kafkajs';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import {
  InboxConsumer,
  OutboxRelay,
  OutboxWriter,
  createKafka,
  eventHeaders,
} from '@passerelle/shared/messaging';
import { testInfrastructure } from '@passerelle/shared/testing';
import { enrolledEvent, messagingTestDatabase } from '@passerelle/shared/messaging/testing';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: { messages: { type: 'string', default: '50000' }, rounds: { type: 'string', default: '3' } },
});
const COUNT = Number(values.messages);
const ROUNDS = Number(values.rounds);
const BATCH = 1000; // relay batch size and raw producer batch size alike
const logger = pino({ level: 'silent' });

function events() {
  return Array.from({ length: COUNT }, () => enrolledEvent());
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

/** Appends the events to the outbox in transactions of BATCH, as a bulk enrolment would. */
async function appendAll(
  dataSource: DataSource,
  topic: string,
  all: ReturnType<typeof events>,
): Promise<void> {
  // Routed to a throwaway topic so no running service consumes the benchmark's events.
  const writer = new OutboxWriter(() => topic);
  for (let i = 0; i < all.length; i += BATCH) {
    await dataSource.transaction((manager) => writer.append(manager, all.slice(i, i + BATCH)));
  }
}

/** Runs a relay from `start` (awaited before the clock starts) until the outbox is empty. */
async function timeUntilOutboxEmpty(
  kafka: Kafka,
  dataSource: DataSource,
  work: () => Promise<void>,
): Promise<number> {
  const relay = new OutboxRelay({ dataSource, kafka, logger, batchSize: BATCH, pollIntervalMs: 5 });
  const start = performance.now();
  await relay.start();
  await work();
  for (;;) {
    const [row] = await dataSource.query(`SELECT count(*) FROM outbox_message`);
    if (Number(row.count) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const elapsed = performance.now() - start;
  await relay.stop();
  return elapsed;
}

/** Ours: events appended to the outbox while the relay publishes them. */
const outboxProduce = (kafka: Kafka, dataSource: DataSource, topic: string, all: ReturnType<typeof events>) =>
  timeUntilOutboxEmpty(kafka, dataSource, () => appendAll(dataSource, topic, all));

/** Ours, publishing only: the events are already committed in the outbox when the relay starts. */
async function relayOnly(
  kafka: Kafka,
  dataSource: DataSource,
  topic: string,
  all: ReturnType<typeof events>,
) {
  await appendAll(dataSource, topic, all);
  return timeUntilOutboxEmpty(kafka, dataSource, async () => undefined);
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
  const { database, dataSource } = await messagingTestDatabase('bench_messaging');

  const partitions = 6; // as the event topics
  const topics: string[] = [];
  const topic = async () => {
    topics.push(await createTopic(kafka, partitions));
    return topics[topics.length - 1]!;
  };
  const asMessages = (batch: ReturnType<typeof events>): Message[] =>
    batch.map((event) => ({
      key: event.aggregateId,
      value: JSON.stringify(event),
      headers: eventHeaders(event, null),
    }));

  // Warm-up (connections, metadata, JIT), not measured.
  const warm = events().slice(0, 2000);
  await rawProduce(kafka, await topic(), asMessages(warm));

  const samples: Record<string, { raw: number[]; ours: number[] }> = {
    'produce (append + relay)': { raw: [], ours: [] },
    'publish (relay only)': { raw: [], ours: [] },
    consume: { raw: [], ours: [] },
  };
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Fresh events each round: the inbox would rightly skip ids it has already applied.
    const all = events();
    const messages = asMessages(all);
    bytes = messages.reduce((sum, m) => sum + Buffer.byteLength(m.value as string), 0) / COUNT;
    const rawMs = await rawProduce(kafka, await topic(), messages);
    samples['produce (append + relay)']!.raw.push(rawMs);
    samples['publish (relay only)']!.raw.push(rawMs);
    samples['produce (append + relay)']!.ours.push(
      await outboxProduce(kafka, dataSource, await topic(), all),
    );
    samples['publish (relay only)']!.ours.push(await relayOnly(kafka, dataSource, await topic(), events()));
    const consumeTopic = await topic();
    await rawProduce(kafka, consumeTopic, messages); // the same events for both consumers to read
    samples['consume']!.raw.push(await rawConsume(kafka, consumeTopic));
    samples['consume']!.ours.push(await inboxConsume(kafka, dataSource, consumeTopic));
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rate = (ms: number) => Math.round((COUNT / ms) * 1000);
  console.log(
    `messaging benchmark: ${COUNT} events of ${Math.round(bytes)} bytes, ${partitions} partitions, batches of ${BATCH}, median of ${ROUNDS} rounds`,
  );
  console.log('figure                      raw kafkajs msg/s   passerelle msg/s   ratio');
  for (const [figure, { raw, ours }] of Object.entries(samples)) {
    const r = rate(median(raw));
    const o = rate(median(ours));
    console.log(
      `${figure.padEnd(27)} ${String(r).padStart(17)} ${String(o).padStart(18)} ${(o / r).toFixed(2).padStart(7)}x`,
    );
  }
  console.log(
    `produce = outbox append in transactions of ${BATCH} + relay publish, vs producer.send of the same batches`,
  );
  console.log('publish = relay publishing rows already committed in the outbox, vs the same producer.send');
  console.log(
    'consume = envelope + payload validation, inbox transaction per batch, offsets, vs eachBatch with JSON.parse',
  );

  await deleteTopics(kafka, topics);
  await dataSource.destroy();
  await database.drop();
}

runBenchmark(main);
