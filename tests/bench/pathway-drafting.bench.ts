// Pathway drafting (issue 16): an HR file's CandidateEnrolled events consumed by pathway on the real
// Kafka and PostgreSQL, three ways over the same events in the same run: the messaging library with
// an empty handler (the baseline), the previous per-event path (the access projection's row, then
// `DraftPathwayHandler` and `PlanReconciler.reconcile` for each event), and the batch path
// (`CandidateEventsConsumer.onEnrolled`, `@OnEventBatch`, as Nest wires it). Each run: a fresh
// consumer group reading the bench topic from its start, until the inbox holds every event; the
// pathway tables emptied in between. Round trips: every statement the service's data source sends
// (TypeORM's query log, BEGIN and COMMIT included), per person. Not a test: it prints figures.
//   npm run bench:pathway-drafting [-- --people 10000]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Partitioners, type Message } from 'kafkajs';
import pino from 'pino';
import { Client } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import {
  InboxConsumer,
  createKafka,
  eventHeaders,
  type EventHandler,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import { testInfrastructure } from '@passerelle/shared/testing';
import { PlanReconciler } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from '@passerelle/pathway/feature-plan-drafting';
import { PathwayHarness, Story } from '../../apps/pathway/src/test/pathway-test-kit';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    // Which runs, e.g. `--paths batch` under `node --cpu-prof` to profile one path alone.
    paths: { type: 'string', default: 'empty,per-event,batch' },
  },
});
const PEOPLE = Number(values.people);
const PATHS = new Set(values.paths.split(','));
const PARTITIONS = 6; // as the event topics
const logger = pino({ level: 'silent' });
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const kafka = createKafka('bench-pathway-drafting', kafkaBrokers, logger);
  const harness = await PathwayHarness.start('bench_pathway_drafting');
  const topic = `bench.pathway.${randomUUID().slice(0, 8)}.passerelle.intake.candidate`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
  const watcher = new Client({ connectionString: harness.database.url });
  try {
    // Every statement the service's data source sends, counted (TypeORM logs each one before sending it).
    let statements = 0;
    const original = harness.dataSource.logger;
    const counting: TypeOrmLogger = {
      logQuery: (query, parameters, runner) => {
        statements++;
        return original.logQuery(query, parameters, runner);
      },
      logQueryError: (...args) => original.logQueryError(...args),
      logQuerySlow: (...args) => original.logQuerySlow(...args),
      logSchemaBuild: (...args) => original.logSchemaBuild(...args),
      logMigration: (...args) => original.logMigration(...args),
      log: (...args) => original.log(...args),
    };
    Object.assign(harness.dataSource, { logger: counting });

    // Two programmes, their terms known; PEOPLE people enrolled as an HR import announces them.
    const programmes = [new Story(harness.clock.now()), new Story(harness.clock.now())];
    for (const programme of programmes) await harness.deliver(programme.contracted());
    const events: AnyEvent[] = Array.from({ length: PEOPLE }, (_, i) => {
      const programme = programmes[i % 2]!;
      return Object.assign(new Story(harness.clock.now()), {
        programmeId: programme.programmeId,
        sponsorId: programme.sponsorId,
        officeId: programme.officeId,
      }).enrolled();
    });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const messages: Message[] = events.map((event) => ({
      key: event.aggregateId,
      value: JSON.stringify(event),
      headers: eventHeaders(event, null),
    }));
    for (let i = 0; i < messages.length; i += 1000)
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 1000) });
    await producer.disconnect();
    await watcher.connect();

    const scopes = harness.app.get(CandidateScopeRepository);
    const drafts = harness.app.get(DraftPathwayHandler);
    const reconciler = harness.app.get(PlanReconciler);
    const perEvent: EventHandler = async (event, manager) => {
      const enrolled = event as EventOf<'CandidateEnrolled.v1'>;
      await scopes.recordEnrolment(manager, enrolled);
      const { candidateId, programmeId } = enrolled.payload;
      const now = harness.clock.now();
      if (await drafts.execute(manager, { candidateId, programmeId, now })) {
        await reconciler.reconcile(manager, candidateId, now, { locked: true });
      }
    };
    const batch = harness.handlers.get('CandidateEnrolled.v1');
    if (!batch || typeof batch === 'function') throw new Error('CandidateEnrolled.v1 has no batch handler');
    const nothing: EventHandler = async () => undefined;

    /** One run: a fresh group from the topic's start until the inbox holds every event. */
    const run = async (label: string, handler: InboxHandler) => {
      await harness.dataSource.query(
        `TRUNCATE pathway, milestone, pathway_history, candidate_scope, outbox_message, inbox_message`,
      );
      let first = 0;
      let calls = 0;
      const timed: InboxHandler =
        typeof handler === 'function'
          ? (event, manager) => ((first ||= performance.now()), calls++, handler(event, manager))
          : {
              applyBatch: (run, manager) => (
                (first ||= performance.now()),
                calls++,
                handler.applyBatch(run, manager)
              ),
            };
      const consumer = new InboxConsumer({
        service: 'pathway',
        topic,
        kafka,
        dataSource: harness.dataSource,
        logger,
        groupPrefix: `bench-${randomUUID().slice(0, 8)}`,
        fetchMaxWaitMs: 500,
        handlers: new Map([['CandidateEnrolled.v1', timed]]),
      });
      const load = loadAverage();
      let before = 0;
      let last = 0;
      await consumer.start();
      before = statements;
      for (;;) {
        const { rows } = await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM inbox_message`);
        last = performance.now();
        if (rows[0]!.n >= PEOPLE) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const sent = statements - before;
      await consumer.stop();
      const { rows } = await watcher.query<{ pathways: number; drafted: number }>(
        `SELECT (SELECT count(*) FROM pathway)::int AS pathways,
                (SELECT count(*) FROM outbox_message WHERE event_type = 'PathwayDrafted.v1')::int AS drafted`,
      );
      const seconds = (last - first) / 1000;
      process.stdout.write(
        `  ${label}: ${seconds.toFixed(2)} s, ${calls} handler calls, ${rows[0]!.pathways} pathways, ${rows[0]!.drafted} PathwayDrafted, load ${load} -> ${loadAverage()}\n`,
      );
      return { label, seconds, perSecond: PEOPLE / seconds, roundTrips: sent / PEOPLE, calls };
    };

    process.stdout.write(
      `pathway drafting benchmark: ${PEOPLE} CandidateEnrolled, ${PARTITIONS} partitions\n`,
    );
    const results = [
      PATHS.has('empty') ? await run('empty handler (baseline)', nothing) : null,
      PATHS.has('per-event') ? await run('per event (previous path)', perEvent) : null,
      PATHS.has('batch') ? await run('per Kafka batch (@OnEventBatch)', batch) : null,
    ].filter((result) => result !== null);
    const first = results[0]!; // the ratio is against the first run (the empty handler unless left out)

    process.stdout.write(
      `\n| path | people/s | x ${first.label} | round trips per person | events per handler call |\n| --- | ---: | ---: | ---: | ---: |\n`,
    );
    for (const result of results) {
      process.stdout.write(
        `| ${result.label} | ${Math.round(result.perSecond).toLocaleString('en-GB')} | ${(result.perSecond / first.perSecond).toFixed(3)}x | ${result.roundTrips.toFixed(3)} | ${(PEOPLE / result.calls).toFixed(1)} |\n`,
      );
    }
  } finally {
    await watcher.end().catch(() => undefined);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await harness.stop();
  }
}

runBenchmark(main);
