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
import { DataSource } from 'typeorm';
import { PinnableClock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import {
  InboxBatchContext,
  OutboxRelayRunner,
  createEvent,
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
import { loadAverage, perSecond, printTable, runBenchmark } from './bench-kit';
import {
  BENCH_PARTITIONS,
  BENCH_QUERY,
  BenchTopic,
  EVENT_PATHS,
  StatementCounter,
  benchKafka,
  eventPathArgs,
  runEventPaths,
} from './event-bench-kit';

const { people: PEOPLE, paths: PATHS } = eventPathArgs(5000);

async function main(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const kafka = benchKafka('bench-identity-accounts');
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
  const topic = await BenchTopic.create(kafka, 'identity');
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
    const counter = StatementCounter.installOn(dataSource);

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
    await topic.publish(events);

    const open = app.get(OpenCandidateAccountHandler);
    const perEvent: EventHandler = async (event, manager) => {
      const { candidateId, officeIds } = (event as EventOf<'CandidateEnrolled.v1'>).payload;
      await open.execute(manager, { candidateId, officeIds, now: clock.now() });
    };
    const consumer = app.get(AccountEventsConsumer);
    const batch: InboxHandler = {
      applyBatch: (run, manager) => consumer.onEnrolled(run, new InboxBatchContext([run, manager])),
    };

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
      const load = loadAverage();
      const httpBefore = owners.calls.length;
      const { ms, cpuMs, statements, calls } = await topic.consumeToEnd({
        dataSource,
        databaseUrl: database.url,
        counter,
        handlers: new Map([['CandidateEnrolled.v1', handler]]),
        events: PEOPLE,
      });
      const http = owners.calls.length - httpBefore;
      const [outcome] = await dataSource.query(
        `${BENCH_QUERY} SELECT (SELECT count(*) FROM account)::int AS accounts,
                (SELECT count(*) FROM outbox_message WHERE event_type = 'InvitationIssued.v1')::int AS invited`,
      );
      process.stdout.write(
        `  ${label}: ${(ms / 1000).toFixed(2)} s, ${calls} handler calls, ${outcome.accounts} accounts, ${outcome.invited} InvitationIssued, ${http} HTTP calls, load ${load} -> ${loadAverage()}\n`,
      );
      return {
        label,
        ms,
        statements: statements / PEOPLE,
        http: http / PEOPLE,
        cpuMs: cpuMs / PEOPLE,
        calls,
      };
    };

    process.stdout.write(
      `identity accounts benchmark: ${PEOPLE} CandidateEnrolled, ${BENCH_PARTITIONS} partitions\n`,
    );
    const results = await runEventPaths(PATHS, { 'per-event': perEvent, batch }, run);
    const first = results[0]!; // the ratio is against the first run (the empty handler unless left out)

    process.stdout.write('\n');
    printTable(
      [
        'path',
        'people/s',
        `x ${first.label}`,
        'statements per person',
        'HTTP calls per person',
        'CPU ms per person',
        'events per handler call',
      ],
      results.map((result) => [
        result.label,
        perSecond(PEOPLE, result.ms),
        `${(first.ms / result.ms).toFixed(3)}x`,
        result.statements.toFixed(3),
        result.http.toFixed(3),
        result.cpuMs.toFixed(2),
        (PEOPLE / result.calls).toFixed(1),
      ]),
    );
    const perEventResult = results.find((result) => result.label === EVENT_PATHS['per-event']);
    const batchResult = results.find((result) => result.label === EVENT_PATHS.batch);
    if (perEventResult && batchResult) {
      process.stdout.write(
        `\nper batch against per event: ${(perEventResult.ms / batchResult.ms).toFixed(1)}x the people per second\n`,
      );
    }
  } finally {
    await topic.delete();
    await app?.close();
    await owners.stop();
    await database.drop();
    await topics.delete();
  }
}

runBenchmark(main);
