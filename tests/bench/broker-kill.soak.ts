// Issue 16, item 4: one broker of the three-node cluster killed (SIGKILL) while the outbox relay
// publishes and an inbox consumer applies, through the shared messaging library. Checks that every
// event is applied exactly once (no loss, no double effect) and prints the timings. Not a test of
// the CI suite (it needs the cluster and kills one of its processes): a script, bounded in time.
//   infra/bin/infra.sh up --brokers 3
//   KAFKA_BROKERS=$(infra/bin/kafka.sh brokers --brokers 3) npm run soak:broker-kill [-- --events 20000]
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { InboxConsumer, OutboxRelay, OutboxWriter, createKafka } from '@passerelle/shared/messaging';
import { testInfrastructure } from '@passerelle/shared/testing';
import { enrolledEvent, messagingTestDatabase, recordEffect } from '@passerelle/shared/messaging/testing';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    node: { type: 'string', default: '2' },
    'down-seconds': { type: 'string', default: '10' },
    'timeout-seconds': { type: 'string', default: '300' },
  },
});
const N = Number(values.events);
const NODE = values.node!;
const DOWN_MS = Number(values['down-seconds']) * 1000;
const TIMEOUT_MS = Number(values['timeout-seconds']) * 1000;
const APPEND_BATCH = 100; // events per outbox transaction, as an import writes them
const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
const KAFKA_SH = `${__dirname}/../../infra/bin/kafka.sh`;

const t0 = performance.now();
const at = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const say = (line: string) => console.log(`[${at()}] ${line}`);

function kafkaSh(...args: string[]): void {
  execFileSync('bash', [KAFKA_SH, ...args], { stdio: 'inherit' });
}

async function main(): Promise<number> {
  const { kafkaBrokers } = testInfrastructure();
  const kafka = createKafka('soak-broker-kill', kafkaBrokers, logger);
  const admin = kafka.admin();
  await admin.connect();
  const { brokers } = await admin.describeCluster();
  if (brokers.length < 3) {
    console.error(
      `${kafkaBrokers.join(',')} is a cluster of ${brokers.length} broker(s); run infra/bin/infra.sh up --brokers 3 ` +
        `and KAFKA_BROKERS=$(infra/bin/kafka.sh brokers --brokers 3)`,
    );
    await admin.disconnect();
    return 2;
  }
  const topic = `soak.broker-kill.${randomUUID()}`;
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      {
        topic,
        numPartitions: 6,
        replicationFactor: 3,
        configEntries: [{ name: 'min.insync.replicas', value: '2' }],
      },
    ],
  });
  const { database, dataSource } = await messagingTestDatabase('soak_broker_kill');
  say(
    `${N} events, topic ${topic} (6 partitions, 3 replicas, min.insync.replicas 2), brokers ${kafkaBrokers.join(',')}`,
  );

  const consumer = new InboxConsumer({
    service: 'pathway',
    topic,
    kafka,
    dataSource,
    logger,
    groupPrefix: `soak-${randomUUID().slice(0, 8)}`,
    fetchMaxWaitMs: 500,
    fromBeginning: true,
    handlers: new Map([['CandidateEnrolled.v1', (event, manager) => recordEffect(manager, event)]]),
  });
  const relay = new OutboxRelay({ dataSource, kafka, logger, batchSize: 500, pollIntervalMs: 20 });
  await consumer.start();
  await relay.start();

  const applied = async () => Number((await dataSource.query(`SELECT count(*) FROM test_effect`))[0].count);
  const outboxLeft = async () =>
    Number((await dataSource.query(`SELECT count(*) FROM outbox_message`))[0].count);

  // The producer side: N events appended to the outbox in transactions, while the relay runs.
  const writer = new OutboxWriter(() => topic);
  const ids: string[] = [];
  const started = performance.now();
  const appending = (async () => {
    for (let i = 0; i < N; i += APPEND_BATCH) {
      const batch = Array.from({ length: Math.min(APPEND_BATCH, N - i) }, () => enrolledEvent());
      for (const event of batch) ids.push(event.eventId);
      await dataSource.transaction((manager) => writer.append(manager, batch));
      await sleep(5); // a steady stream rather than one burst, so the kill lands mid-stream
    }
  })();

  // The fault: once a third of the events are applied, broker NODE is killed, then restarted.
  let killedAt = 0;
  let restartedAt = 0;
  let appliedAtKill = 0;
  let firstProgressAfterKill = 0;
  let lastApplied = 0;
  const deadline = performance.now() + TIMEOUT_MS;
  let appendDone = false;
  void appending.then(() => (appendDone = true));
  for (;;) {
    const count = await applied();
    if (!killedAt && count >= N / 3) {
      appliedAtKill = count;
      say(`${count} applied: killing broker ${NODE} (kill -9)`);
      kafkaSh('kill-node', NODE);
      killedAt = performance.now();
    } else if (killedAt && !firstProgressAfterKill && count > lastApplied) {
      firstProgressAfterKill = performance.now();
      say(`${count} applied: first progress after the kill`);
    }
    if (killedAt && !restartedAt && performance.now() - killedAt >= DOWN_MS) {
      say(`${count} applied: restarting broker ${NODE}`);
      kafkaSh('start-node', NODE);
      restartedAt = performance.now();
    }
    lastApplied = count;
    if (appendDone && restartedAt && count >= N && (await outboxLeft()) === 0) break;
    if (performance.now() > deadline) {
      say(`timeout: ${count} of ${N} applied, ${await outboxLeft()} rows still in the outbox`);
      break;
    }
    await sleep(100);
  }
  const finished = performance.now();
  await sleep(2000); // anything late (a redelivery) would show in the counts below
  await relay.stop();
  await consumer.stop();

  // Verdicts: each appended event applied exactly once; nothing left; what Kafka holds.
  const [totals] = await dataSource.query(
    `SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct_events FROM test_effect`,
  );
  const [missing] = await dataSource.query(
    `SELECT count(*)::int AS n FROM unnest($1::uuid[]) AS id WHERE NOT EXISTS (SELECT 1 FROM test_effect e WHERE e.event_id = id)`,
    [ids],
  );
  const [inbox] = await dataSource.query(`SELECT count(*)::int AS n FROM inbox_message`);
  const offsets = await admin.fetchTopicOffsets(topic);
  const inKafka = offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  const left = await outboxLeft();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  await dataSource.destroy();
  await database.drop();

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log('\nbroker-kill soak');
  console.log(`events appended                 ${ids.length}`);
  console.log(`effects (rows, distinct events) ${totals.rows}, ${totals.distinct_events}`);
  console.log(`events never applied            ${missing.n}`);
  console.log(`events applied twice            ${totals.rows - totals.distinct_events}`);
  console.log(`inbox rows                      ${inbox.n}`);
  console.log(`outbox rows left                ${left}`);
  console.log(
    `messages in the Kafka log       ${inKafka} (${inKafka - N} duplicates written, absorbed by the inbox)`,
  );
  console.log(`applied when broker ${NODE} died       ${appliedAtKill}`);
  console.log(
    `stall after the kill            ${firstProgressAfterKill ? seconds(firstProgressAfterKill - killedAt) : 'n/a'}`,
  );
  console.log(`broker down for                 ${seconds(restartedAt - killedAt)}`);
  console.log(
    `total (first append to last)   ${seconds(finished - started)} (${Math.round(N / ((finished - started) / 1000))} events/s)`,
  );
  const ok =
    ids.length === N && totals.rows === N && totals.distinct_events === N && missing.n === 0 && left === 0;
  console.log(ok ? 'PASS: every event applied exactly once' : 'FAIL');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
