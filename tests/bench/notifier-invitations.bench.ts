// The notifier writing an HR file's invitations (issue 16, decision 0055): N InvitationIssued
// through the one-by-one path (`SendAccessLinkHandler`: two HTTP calls to identity per person) and
// the batch path (`SendAccessLinksHandler`: one call of each kind per batch) in the same run, on
// the same accounts and invitations, against a real identity (its internal routes over HTTP, its
// own database) and the notifier's real PostgreSQL. Each path applies the events in transactions
// of INBOX_BATCH events, as the inbox applies a Kafka batch; Kafka itself is not in the figure
// (`npm run soak` has it). The notifier's tables are emptied between the paths; identity mints the
// same invitations again (a redelivery's behaviour). HTTP calls: every fetch this process sends to
// identity, per person. Not a test: it prints figures. Standalone (it may join bench-kit later).
//   npm run bench:notifier-invitations [-- --invitations 5000]
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { PinnableClock } from '@passerelle/shared/clock';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  Mailbox,
  testInfrastructure,
} from '@passerelle/shared/testing';
import {
  AccountRepository,
  identityDataSourceOptions,
  InvitationRepository,
  type AccountEntity,
  type InvitationEntity,
} from '@passerelle/identity/data-access';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import {
  SendAccessLinkHandler,
  SendAccessLinksHandler,
  type SendAccessLinkCommand,
} from '@passerelle/notifier/feature-messages';
import { identityApp } from '../../apps/identity/src/identity.app';
import { identityTestEnv } from '../../apps/identity/src/test/identity-test-kit';
import { notifierApp } from '../../apps/notifier/src/notifier.app';

const { values } = parseArgs({
  options: {
    invitations: { type: 'string', default: '5000' },
    paths: { type: 'string', default: 'one-by-one,batch' },
  },
});
const INVITATIONS = Number(values.invitations);
const PATHS = new Set(values.paths.split(','));
/** As the inbox applies a Kafka batch: one transaction per batch of events. */
const INBOX_BATCH = 500;
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const { smtpUrl } = Mailbox.fromEnvironment();
  const identityDb = await createTestDatabase('bench_invitations_identity');
  const notifierDb = await createTestDatabase('bench_invitations_notifier');
  await runMigrations(identityDataSourceOptions(identityDb.url));
  await runMigrations(notifierDataSourceOptions(notifierDb.url));
  const identityTopics = await createRunTopics(kafkaBrokers);
  const notifierTopics = await createRunTopics(kafkaBrokers);
  const identityPort = await freePort();
  const identityEnv = identityTestEnv(identityPort, identityDb.url, kafkaBrokers, identityTopics.prefix);
  const secret = identityEnv['INTERNAL_IDENTITY_SECRET']!;
  const identityUrl = `http://127.0.0.1:${identityPort}`;
  let identity: INestApplication | null = null;
  let notifier: INestApplication | null = null;

  // Every HTTP call this process sends to identity (the notifier's directory uses global fetch).
  let httpCalls = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).startsWith(identityUrl)) httpCalls++;
    return realFetch(input, init);
  };
  try {
    identity = await startService(identityApp, { ...identityEnv, LOG_LEVEL: 'error' });
    const notifierPort = await freePort();
    const clock = new PinnableClock();
    notifier = await startService(
      notifierApp,
      {
        PORT: String(notifierPort),
        DATABASE_URL: notifierDb.url,
        KAFKA_BROKERS: kafkaBrokers.join(','),
        INTERNAL_IDENTITY_SECRET: secret,
        LOG_LEVEL: 'error',
        KAFKA_GROUP_PREFIX: `bench-notifier-${randomUUID().slice(0, 8)}`,
        KAFKA_TOPIC_PREFIX: notifierTopics.prefix,
        SMTP_URL: smtpUrl,
        MAIL_FROM: 'Passerelle <ne-pas-repondre@passerelle.test>',
        IDENTITY_INTERNAL_URL: identityUrl,
        INTAKE_INTERNAL_URL: 'http://127.0.0.1:9/',
        CONSOLE_URL: 'https://console.passerelle.test',
        NOTIFIER_PUBLIC_URL: `http://127.0.0.1:${notifierPort}`,
        // Nothing is sent during the bench: writing the messages is what it measures.
        NOTIFIER_SEND_POLL_MS: '60000',
        NOTIFIER_DIGEST_POLL_MS: '3600000',
      },
      clock,
    );

    // INVITATIONS candidates with an account and an open invitation each, as identity opened them.
    const now = new Date();
    const accounts: AccountEntity[] = Array.from({ length: INVITATIONS }, (_, i) => ({
      id: randomUUID(),
      email: `personne.${i}.${randomBytes(3).toString('hex')}@example.fr`,
      displayName: `Inès Nom ${i}`,
      role: 'candidate',
      status: 'invited',
      language: 'fr',
      passwordHash: null,
      candidateId: randomUUID(),
      coachId: null,
      officeIds: [randomUUID()],
      allOffices: false,
      sponsorIds: [],
      failedSignIns: 0,
      lockedUntil: null,
      createdAt: now,
      updatedAt: now,
    }));
    const invitations: InvitationEntity[] = accounts.map((account) => ({
      id: randomUUID(),
      accountId: account.id,
      purpose: 'invitation',
      secretDigest: null,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + 14 * 86_400_000),
      usedAt: null,
      supersededAt: null,
    }));
    await identity.get(DataSource).transaction(async (manager) => {
      await identity!.get(AccountRepository).insertAll(manager, accounts);
      await identity!.get(InvitationRepository).insertAll(manager, invitations);
    });
    const commandsOf = (): SendAccessLinkCommand[] =>
      invitations.map((invitation) => ({
        eventId: randomUUID(),
        invitationId: invitation.id,
        accountId: invitation.accountId,
        purpose: 'invitation',
      }));

    const dataSource = notifier.get(DataSource);
    const one = notifier.get(SendAccessLinkHandler);
    const many = notifier.get(SendAccessLinksHandler);
    const paths = {
      'one-by-one': (commands: readonly SendAccessLinkCommand[]) =>
        dataSource.transaction(async (manager) => {
          let written = 0;
          for (const command of commands) written += await one.execute(manager, command, clock.now());
          return written;
        }),
      batch: (commands: readonly SendAccessLinkCommand[]) =>
        dataSource.transaction((manager) => many.execute(manager, commands, clock.now())),
    };

    const run = async (label: keyof typeof paths) => {
      for (const table of ['outgoing_message', 'account_seen', 'awaiting_account'])
        await dataSource.query(`DELETE FROM ${table}`);
      const commands = commandsOf();
      const load = loadAverage();
      const callsBefore = httpCalls;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      let written = 0;
      for (let i = 0; i < commands.length; i += INBOX_BATCH)
        written += await paths[label](commands.slice(i, i + INBOX_BATCH));
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const calls = httpCalls - callsBefore;
      const [{ n }] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM outgoing_message WHERE kind = 'invitation' AND status = 'pending'`,
      )) as { n: number }[];
      process.stdout.write(
        `  ${label}: ${seconds.toFixed(2)} s, ${written} messages written, ${n} invitations pending, ${calls} HTTP calls, load ${load} -> ${loadAverage()}\n`,
      );
      if (n !== INVITATIONS) throw new Error(`${label}: ${n} invitations pending, not ${INVITATIONS}`);
      return {
        label,
        perSecond: INVITATIONS / seconds,
        http: calls / INVITATIONS,
        cpuMs: (cpu.user + cpu.system) / 1000 / INVITATIONS,
      };
    };

    process.stdout.write(
      `notifier invitations benchmark: ${INVITATIONS} InvitationIssued, transactions of ${INBOX_BATCH}, real identity over HTTP\n`,
    );
    const results = (['one-by-one', 'batch'] as const).filter((p) => PATHS.has(p)).map((p) => p);
    const figures = [];
    for (const label of results) figures.push(await run(label));
    process.stdout.write(
      `\n| path | invitations/s | HTTP calls per person | CPU ms per person (both services, this process) |\n| --- | ---: | ---: | ---: |\n`,
    );
    for (const figure of figures) {
      process.stdout.write(
        `| ${figure.label} | ${Math.round(figure.perSecond).toLocaleString('en-GB')} | ${figure.http.toFixed(3)} | ${figure.cpuMs.toFixed(2)} |\n`,
      );
    }
    const [reference, batch] = [
      figures.find((f) => f.label === 'one-by-one'),
      figures.find((f) => f.label === 'batch'),
    ];
    if (reference && batch) {
      process.stdout.write(
        `\nbatch / one-by-one: ${(batch.perSecond / reference.perSecond).toFixed(1)}x the invitations per second\n`,
      );
    }
  } finally {
    globalThis.fetch = realFetch;
    await notifier?.close();
    await identity?.close();
    await notifierDb.drop();
    await identityDb.drop();
    await notifierTopics.delete();
    await identityTopics.delete();
  }
}

// As bench-kit's runBenchmark: exit 0 at the end (a client left open must not keep the process
// alive), 1 on a failure.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
