// Identity opening accounts (issue 16 item 2, decision 0048): an HR file's CandidateEnrolled events
// consumed by identity on the real Kafka and PostgreSQL, three ways over the same events in the same
// run: the messaging library with an empty handler (the baseline), the previous per-event path
// (`OpenCandidateAccountHandler`: one GET of intake's contact route per person), and the batch path
// (`AccountEventsConsumer.onEnrolled`, `@OnEventBatch`: one POST per batch). Intake's routes are
// answered over HTTP by identity's test double (`ContactOwners`, service tokens checked), in this
// process. Each run: a fresh consumer group reading the bench topic from its start until the inbox
// holds every event; the account tables emptied in between. Statements: every one the service's data
// source sends (TypeORM's query log, BEGIN and COMMIT included), per person; HTTP calls: those the
// double answered, per person; CPU: this process's (identity, Kafka client and the double), per
// person. Not a test: it prints figures.
//   npm run bench:identity-accounts [-- --people 5000]
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Partitioners, type Message } from 'kafkajs';
import pino from 'pino';
import { Client } from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { PinnableClock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import {
  InboxBatchContext,
  InboxConsumer,
  OutboxRelayRunner,
  createEvent,
  createKafka,
  eventHeaders,
  type EventHandler,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  testInfrastructure,
} from '@passerelle/shared/testing';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { AccountEventsConsumer, OpenCandidateAccountHandler } from '@passerelle/identity/feature-accounts';
import { identityApp } from '../../apps/identity/src/identity.app';
import { ContactOwners } from '../../apps/identity/src/test/contact-owners';
import { identityTestEnv } from '../../apps/identity/src/test/identity-test-kit';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '5000' },
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
  const kafka = createKafka('bench-identity-accounts', kafkaBrokers, logger);
  const database = await createTestDatabase('bench_identity_accounts');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  // The service's own consumers on topics of the run's own: on the shared broker they would otherwise
  // read every other run's enrolments into this database (and its inbox, which the runs count).
  const topics = await createRunTopics(kafkaBrokers);
  const env = identityTestEnv(port, database.url, kafkaBrokers, topics.prefix);
  const owners = new ContactOwners(env['INTERNAL_IDENTITY_SECRET']!);
  const ownersUrl = await owners.start();
  const clock = new PinnableClock();
  let app: INestApplication | null = null;
  const topic = `bench.identity.${randomUUID().slice(0, 8)}.passerelle.intake.candidate`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
  const watcher = new Client({ connectionString: database.url });
  try {
    app = await startService(
      identityApp,
      { ...env, INTAKE_INTERNAL_URL: ownersUrl, SCHEDULING_INTERNAL_URL: ownersUrl, LOG_LEVEL: 'error' },
      clock,
    );
    // The relay stopped: publishing InvitationIssued is the same work on both paths.
    await app.get(OutboxRelayRunner).beforeApplicationShutdown();
    const dataSource = app.get(DataSource);

    // Every statement the service's data source sends, counted (TypeORM logs each one before sending it).
    let statements = 0;
    const original = dataSource.logger;
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
    Object.assign(dataSource, { logger: counting });

    // PEOPLE people of two offices enrolled as an HR import announces them, each with an address.
    const offices = [randomUUID(), randomUUID()];
    const events: AnyEvent[] = Array.from({ length: PEOPLE }, (_, i) => {
      const candidateId = randomUUID();
      owners.candidates.set(candidateId, {
        email: `personne.${i}.${candidateId.slice(0, 6)}@example.fr`,
        firstName: 'Inès',
        lastName: `Nom ${i}`,
        language: 'fr',
      });
      return createEvent('CandidateEnrolled.v1', candidateId, {
        candidateId,
        programmeId: randomUUID(),
        sponsorId: randomUUID(),
        officeIds: [offices[i % 2]!],
        enrolledAt: new Date().toISOString(),
        formerOccupationCode: null,
        languages: ['fr'],
      }) as AnyEvent;
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

    const open = app.get(OpenCandidateAccountHandler);
    const perEvent: EventHandler = async (event, manager) => {
      const { candidateId, officeIds } = (event as EventOf<'CandidateEnrolled.v1'>).payload;
      await open.execute(manager, { candidateId, officeIds, now: clock.now() });
    };
    const consumer = app.get(AccountEventsConsumer);
    const batch: InboxHandler = {
      applyBatch: (run, manager) => consumer.onEnrolled(run, new InboxBatchContext([run, manager])),
    };
    const nothing: EventHandler = async () => undefined;

    /** One run: a fresh group from the topic's start until the inbox holds every event. */
    const run = async (label: string, handler: InboxHandler) => {
      // DELETE, not TRUNCATE: the running service's own housekeeping reads these tables (a TRUNCATE deadlocked with it).
      for (const table of [
        'invitation',
        'account_audit',
        'account_not_opened',
        'account',
        'outbox_message',
        'inbox_message',
      ])
        await dataSource.query(`DELETE FROM ${table}`);
      let first = 0;
      let calls = 0;
      const timed: InboxHandler =
        typeof handler === 'function'
          ? (event, manager) => ((first ||= performance.now()), calls++, handler(event, manager))
          : {
              applyBatch: (events, manager) => (
                (first ||= performance.now()),
                calls++,
                handler.applyBatch(events, manager)
              ),
            };
      const inbox = new InboxConsumer({
        service: 'identity',
        topic,
        kafka,
        dataSource,
        logger,
        groupPrefix: `bench-${randomUUID().slice(0, 8)}`,
        fetchMaxWaitMs: 500,
        handlers: new Map([['CandidateEnrolled.v1', timed]]),
      });
      const load = loadAverage();
      const before = statements;
      const httpBefore = owners.calls.length;
      const cpuBefore = process.cpuUsage();
      await inbox.start();
      let last = 0;
      for (;;) {
        const { rows } = await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM inbox_message`);
        last = performance.now();
        if (rows[0]!.n >= PEOPLE) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const cpu = process.cpuUsage(cpuBefore);
      const sent = statements - before;
      const http = owners.calls.length - httpBefore;
      await inbox.stop();
      const { rows } = await watcher.query<{ accounts: number; invited: number }>(
        `SELECT (SELECT count(*) FROM account)::int AS accounts,
                (SELECT count(*) FROM outbox_message WHERE event_type = 'InvitationIssued.v1')::int AS invited`,
      );
      const seconds = (last - first) / 1000;
      process.stdout.write(
        `  ${label}: ${seconds.toFixed(2)} s, ${calls} handler calls, ${rows[0]!.accounts} accounts, ${rows[0]!.invited} InvitationIssued, ${http} HTTP calls, load ${load} -> ${loadAverage()}\n`,
      );
      return {
        label,
        seconds,
        perSecond: PEOPLE / seconds,
        statements: sent / PEOPLE,
        http: http / PEOPLE,
        cpuMs: (cpu.user + cpu.system) / 1000 / PEOPLE,
        calls,
      };
    };

    process.stdout.write(
      `identity accounts benchmark: ${PEOPLE} CandidateEnrolled, ${PARTITIONS} partitions\n`,
    );
    const results = [
      PATHS.has('empty') ? await run('empty handler (baseline)', nothing) : null,
      PATHS.has('per-event') ? await run('per event (previous path)', perEvent) : null,
      PATHS.has('batch') ? await run('per Kafka batch (@OnEventBatch)', batch) : null,
    ].filter((result) => result !== null);
    const first = results[0]!; // the ratio is against the first run (the empty handler unless left out)

    process.stdout.write(
      `\n| path | people/s | x ${first.label} | statements per person | HTTP calls per person | CPU ms per person | events per handler call |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n`,
    );
    for (const result of results) {
      process.stdout.write(
        `| ${result.label} | ${Math.round(result.perSecond).toLocaleString('en-GB')} | ${(result.perSecond / first.perSecond).toFixed(3)}x | ${result.statements.toFixed(3)} | ${result.http.toFixed(3)} | ${result.cpuMs.toFixed(2)} | ${(PEOPLE / result.calls).toFixed(1)} |\n`,
      );
    }
    const perEventResult = results.find((result) => result.label.startsWith('per event'));
    const batchResult = results.find((result) => result.label.startsWith('per Kafka batch'));
    if (perEventResult && batchResult) {
      process.stdout.write(
        `\nper batch against per event: ${(batchResult.perSecond / perEventResult.perSecond).toFixed(1)}x the people per second\n`,
      );
    }
  } finally {
    await watcher.end().catch(() => undefined);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await app?.close();
    await owners.stop();
    await database.drop();
    await topics.delete();
  }
}

runBenchmark(main);
