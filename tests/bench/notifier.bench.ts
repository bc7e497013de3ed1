// Reminders delivered into Mailpit per second through the notifier's pipeline (each reminder
// rendered and queued by the SessionReminderDue handler in inbox-sized transactions, then sent by
// the sender over its pooled SMTP transport and marked sent), beside nodemailer sending the same
// rendered messages to the same Mailpit directly over a pool of the same size, in the same run
// (ratio = ours / baseline throughput). Not a test: it prints figures.
//   npm run bench:notifier [-- --reminders 10000 --rounds 1 --connections 5]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { NotifierConfig } from '@passerelle/shared/config';
import { Mailbox, createTestDatabase } from '@passerelle/shared/testing';
import { sessionReminderMessage, type Recipient } from '@passerelle/notifier/domain';
import {
  OutgoingMessageRepository,
  RecipientChoicesRepository,
  SessionCalendarRepository,
  notifierDataSourceOptions,
} from '@passerelle/notifier/data-access';
import { MailTransport, SendDueMessagesHandler } from '@passerelle/notifier/feature-delivery';
import {
  MessageQueue,
  RecipientDirectory,
  RemindSessionHandler,
} from '@passerelle/notifier/feature-messages';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    reminders: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '1' },
    connections: { type: 'string', default: '5' },
  },
});
const REMINDERS = Number(values.reminders);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);
/** As the inbox applies a Kafka batch: one transaction per batch of events. */
const INBOX_BATCH = 500;

/**
 * The people written to, answered from memory: identity's lookups are not what this measures
 * (the integration tests call identity's contract over HTTP).
 */
class BenchDirectory extends RecipientDirectory {
  constructor(private readonly people: Map<string, Recipient>) {
    super();
  }
  async byCandidate(candidateId: string) {
    return this.people.get(candidateId) ?? null;
  }
  async byCoach() {
    return null;
  }
  async byAccount() {
    return null;
  }
  async opsOfOffice() {
    return [];
  }
  async invitationLink() {
    return 'unknown' as const;
  }
}

function peopleOf(run: string): Map<string, Recipient> {
  const people = new Map<string, Recipient>();
  for (let i = 0; i < REMINDERS; i++) {
    const candidateId = randomUUID();
    people.set(candidateId, {
      accountId: randomUUID(),
      role: 'candidate',
      email: `p${i}@${run}.bench.example`,
      displayName: `Personne ${i}`,
      language: i % 4 === 0 ? 'en' : 'fr',
      candidateId,
      coachId: null,
      officeIds: [],
      status: 'active',
    });
  }
  return people;
}

async function main(): Promise<void> {
  const { smtpUrl, mailbox } = Mailbox.fromEnvironment();
  const config = {
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'Passerelle <ne-pas-repondre@passerelle.test>',
    CONSOLE_URL: 'https://console.passerelle.test',
    NOTIFIER_PUBLIC_URL: 'https://notifier.passerelle.test',
    INTERNAL_IDENTITY_SECRET: 'bench-secret-of-at-least-thirty-two-characters',
    NOTIFIER_TIME_ZONE: 'Europe/Paris',
    NOTIFIER_SMTP_CONNECTIONS: CONNECTIONS,
    NOTIFIER_SEND_BATCH: 500,
    NOTIFIER_SEND_MAX_ATTEMPTS: 6,
    NOTIFIER_SEND_RETRY_BASE_MS: 60_000,
  } as NotifierConfig;
  const database = await createTestDatabase('bench_notifier');
  const dataSource = new DataSource(notifierDataSourceOptions(database.url, 6));
  const transport = new MailTransport(config);
  const baseline = createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: Infinity,
  } as Parameters<typeof createTransport>[0]);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const messages = new OutgoingMessageRepository(dataSource);
    const queue = new MessageQueue(
      messages,
      new RecipientChoicesRepository(),
      { mobileOf: () => Promise.resolve(null) },
      config,
    );
    const sender = new SendDueMessagesHandler(dataSource, messages, transport, null, config);
    const startsAt = new Date(Date.now() + 86_400_000);

    const oursRuns: number[] = [];
    const queuedRuns: number[] = [];
    const baselineRuns: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Baseline: the same rendered messages, straight to nodemailer's pool.
      const run = `b${round}-${randomUUID().slice(0, 6)}`;
      const rendered = [...peopleOf(run).values()].map((person) => ({
        person,
        message: sessionReminderMessage(queue.contextFor(person, 'session_reminder'), {
          kind: 'follow_up',
          startsAt,
          leadMinutes: 1440,
        }),
      }));
      let start = performance.now();
      await Promise.all(
        rendered.map(({ person, message }) =>
          baseline.sendMail({
            from: config.MAIL_FROM,
            to: { address: person.email, name: person.displayName },
            subject: message.subject,
            text: message.text,
            html: message.html,
          }),
        ),
      );
      baselineRuns.push(performance.now() - start);

      // Ours: SessionReminderDue handled (render + queue) in inbox-sized transactions while the
      // sender drains the queue; done when every message is marked sent.
      const people = peopleOf(`o${round}-${randomUUID().slice(0, 6)}`);
      const handler = new RemindSessionHandler(
        new BenchDirectory(people),
        new SessionCalendarRepository(dataSource),
        queue,
      );
      const candidates = [...people.keys()];
      start = performance.now();
      let queueing = true;
      const sending = (async () => {
        let sent = 0;
        while (sent < REMINDERS) {
          const report = await sender.execute(new Date());
          if (report.retrying + report.parked > 0)
            throw new Error(`${report.retrying + report.parked} sends failed`);
          sent += report.sent;
          if (report.claimed === 0 && queueing) await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      for (let from = 0; from < REMINDERS; from += INBOX_BATCH) {
        await dataSource.transaction(async (manager) => {
          for (const candidateId of candidates.slice(from, from + INBOX_BATCH)) {
            await handler.execute(
              manager,
              { eventId: randomUUID(), sessionId: randomUUID(), candidateId, startsAt, leadMinutes: 1440 },
              new Date(),
            );
          }
        });
      }
      queueing = false;
      queuedRuns.push(performance.now() - start);
      await sending;
      oursRuns.push(performance.now() - start);
      const sample = people.get(candidates[REMINDERS - 1]!)!;
      if ((await mailbox.messagesTo(sample.email)).length !== 1)
        throw new Error(`no mail reached ${sample.email}`);
    }
    const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const rate = (ms: number) => (REMINDERS / ms) * 1000;
    const ours = rate(median(oursRuns));
    const direct = rate(median(baselineRuns));
    console.log(
      `reminders into Mailpit, median of ${ROUNDS} round(s) of ${REMINDERS}, pool of ${CONNECTIONS} SMTP connections on both sides`,
    );
    console.log(
      `(of which rendering and queueing, while the sender already sends: ${(median(queuedRuns) / 1000).toFixed(1)} s)`,
    );
    console.log(`| figure | baseline (nodemailer direct) | ours (handler + queue + sender) | ratio |`);
    console.log(`| --- | --- | --- | --- |`);
    console.log(
      `| reminders delivered | ${direct.toFixed(0)}/s | ${ours.toFixed(0)}/s | ${(ours / direct).toFixed(2)}x |`,
    );
  } finally {
    transport.onApplicationShutdown();
    baseline.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

runBenchmark(main);
