import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { signServiceToken, type Identity } from '@passerelle/shared/auth';
import { PinnableClock } from '@passerelle/shared/clock';
import { HEADERS, deadLetterTopicOf, type AnyEvent, type EventOf } from '@passerelle/shared/contracts';
import {
  InboxBatchContext,
  InboxContext,
  OutboxRelayRunner,
  createEvent,
  createKafka,
  type BatchEventHandler,
  type EventHandler,
  type InboxHandler,
} from '@passerelle/shared/messaging';
import {
  RecordedCalls,
  consumerOfOneBatch,
  deadLettersOf,
  deliverBatch,
  handDeliveryInbox,
  refuseRowOf,
} from '@passerelle/shared/messaging/testing';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  TopicReader,
  createRunTopics,
  createTestDatabase,
  expectGraphQLError,
  freePort,
  subgraphAs,
  testInfrastructure,
  waitForGroupToCatchUp,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { AccountRepository, identityDataSourceOptions } from '@passerelle/identity/data-access';
import {
  AccountEventsConsumer,
  OpenCandidateAccountHandler,
  accountsNotOpened,
} from '@passerelle/identity/feature-accounts';
import { identityApp } from './identity.app';
import { ContactOwners } from './test/contact-owners';
import { identityTestEnv } from './test/identity-test-kit';

// Issue 16 item 2, decision 0048: CandidateEnrolled applied per Kafka batch (`OpenCandidateAccountsHandler`,
// one call to intake for the batch's contacts) gives the tables, invitations and events that opening each
// person's account on its own (`OpenCandidateAccountHandler`, the previous consumer's code) gives; a second
// person with an address already held is recorded for ops, never silently left out; intake down means
// redelivered later; a poison enrolment is dead-lettered alone. Real PostgreSQL and Kafka; intake's contact
// routes answered over HTTP by ContactOwners (service tokens checked), as identity's other int specs do.

const TODAY = new Date('2026-11-23T09:00:00.000Z');
const PEOPLE = 200;
const LYON = randomUUID();
const PARIS = randomUUID();
const logger = pino({ level: 'silent' });

const clock = new PinnableClock();
let database: TestDatabase;
let app: INestApplication;
let dataSource: DataSource;
let owners: ContactOwners;
let secret: string;
let baseUrl: string;
let topics: RunTopics;
let kafka: ReturnType<typeof createKafka>;

beforeAll(async () => {
  clock.pin(TODAY);
  const { kafkaBrokers } = testInfrastructure();
  kafka = createKafka('identity-open-accounts-batch', kafkaBrokers, logger);
  database = await createTestDatabase('identity_open_batch');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  topics = await createRunTopics(kafkaBrokers);
  const env = identityTestEnv(port, database.url, kafkaBrokers, topics.prefix);
  secret = env['INTERNAL_IDENTITY_SECRET']!;
  owners = new ContactOwners(secret);
  const ownersUrl = await owners.start();
  app = await startService(
    identityApp,
    { ...env, INTAKE_INTERNAL_URL: ownersUrl, SCHEDULING_INTERNAL_URL: ownersUrl },
    clock,
  );
  baseUrl = `http://127.0.0.1:${port}`;
  dataSource = app.get(DataSource);
  // The relay stopped: the outbox keeps every event written, for the comparison (the relay is not the subject).
  await app.get(OutboxRelayRunner).beforeApplicationShutdown();
}, 60_000);

afterAll(async () => {
  await app?.close();
  await owners?.stop();
  await database?.drop();
  await topics?.delete();
});

/** The consumer's methods as the transport calls them: the batch one for enrolments, per event for erasure. */
function batchHandlers(): Map<string, InboxHandler> {
  const consumer = app.get(AccountEventsConsumer);
  const enrolled: BatchEventHandler = {
    applyBatch: (events, manager) => consumer.onEnrolled(events, new InboxBatchContext([events, manager])),
  };
  const erased: EventHandler = (event, manager) =>
    consumer.onErased(event as EventOf<'CandidateErased.v1'>, new InboxContext([event, manager]));
  return new Map<string, InboxHandler>([
    ['CandidateEnrolled.v1', enrolled],
    ['CandidateErased.v1', erased],
  ]);
}

/** The previous per-event path: `OpenCandidateAccountHandler` for each enrolment, in its own transaction. */
function perEventHandlers(): Map<string, InboxHandler> {
  const open = app.get(OpenCandidateAccountHandler);
  const enrolled: EventHandler = async (event, manager) => {
    const { candidateId, officeIds } = (event as EventOf<'CandidateEnrolled.v1'>).payload;
    await open.execute(manager, { candidateId, officeIds, now: clock.now() });
  };
  return new Map<string, InboxHandler>([...batchHandlers(), ['CandidateEnrolled.v1', enrolled]]);
}

const inboxWith = (handlers: Map<string, InboxHandler>) =>
  handDeliveryInbox('identity', dataSource, handlers);

const enrolled = (candidateId: string, officeIds: string[] = [LYON]): AnyEvent =>
  createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: randomUUID(),
    sponsorId: randomUUID(),
    officeIds,
    enrolledAt: TODAY.toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  }) as AnyEvent;

const erased = (candidateId: string): AnyEvent =>
  createEvent('CandidateErased.v1', candidateId, { candidateId, erasedAt: TODAY.toISOString() }) as AnyEvent;

/**
 * 200 people and what can happen to their enrolment: an address of their own; the same address as
 * the person before them (the first enrolment wins, the second is recorded as not opened); an
 * address a staff account already has; unknown to intake (erased there); an account from an earlier
 * enrolment (offices updated); enrolled twice (other offices the second time); the same event
 * delivered twice; erased in the middle of the stream (after their enrolment).
 */
function scenario() {
  const people = Array.from({ length: PEOPLE }, () => randomUUID());
  const staffEmail = (i: number) => `staff.${i}@cabinet.fr`;
  const contacts = new Map<
    string,
    { email: string; firstName: string; lastName: string; language: 'fr' | 'en' }
  >();
  people.forEach((candidateId, i) => {
    if (i % 30 === 11) return; // intake no longer knows them
    const email =
      i % 20 === 4
        ? `Personne.${i - 1}@Example.fr` // the address of the person before
        : i % 25 === 9
          ? staffEmail(i)
          : `Personne.${i}@Example.fr`;
    contacts.set(candidateId, {
      email,
      firstName: i % 2 ? 'Inès' : 'Karim',
      lastName: `Nom ${i}`,
      language: i % 3 ? 'fr' : 'en',
    });
  });
  const staff = people.flatMap((_, i) => (i % 25 === 9 ? [staffEmail(i)] : []));
  const before = people.flatMap((candidateId, i) => (i % 10 === 6 ? [enrolled(candidateId, [PARIS])] : []));
  const stream: AnyEvent[] = [];
  people.forEach((candidateId, i) => {
    const first = enrolled(candidateId);
    stream.push(first);
    if (i % 20 === 1) stream.push(enrolled(candidateId, [LYON, PARIS]));
    if (i % 20 === 2) stream.push(first);
    if (i % 50 === 24 || i % 50 === 17) stream.push(erased(candidateId));
  });
  return { people, contacts, staff, before, stream };
}

const { people, contacts, staff, before, stream } = scenario();

async function reset(): Promise<void> {
  await dataSource.query(
    `TRUNCATE account, account_audit, invitation, account_not_opened, candidate_follow, outbox_message, inbox_message CASCADE`,
  );
  owners.candidates.clear();
  for (const [id, contact] of contacts) owners.candidates.set(id, contact);
  // Staff accounts holding some people's addresses (invited: no password to hash).
  await dataSource.transaction((manager) =>
    app.get(AccountRepository).insertAll(
      manager,
      staff.map((email) => ({
        id: randomUUID(),
        email,
        displayName: 'Camille Martin',
        role: 'ops' as const,
        status: 'invited' as const,
        language: 'fr' as const,
        passwordHash: null,
        candidateId: null,
        coachId: null,
        officeIds: [LYON],
        allOffices: false,
        sponsorIds: [],
        failedSignIns: 0,
        lockedUntil: null,
        createdAt: TODAY,
        updatedAt: TODAY,
      })),
    ),
  );
}

/** Everything opening accounts writes, random ids replaced by the account's address. */
async function snapshot() {
  const q = (sql: string) => dataSource.query(sql);
  return {
    accounts: await q(
      `SELECT email, display_name, role, status, language, password_hash, candidate_id, office_ids,
              all_offices, sponsor_ids, created_at, updated_at
         FROM account ORDER BY email`,
    ),
    audit: await q(
      `SELECT a.email, au.action, au.actor, au.at FROM account_audit au JOIN account a ON a.id = au.account_id
        ORDER BY a.email, au.action`,
    ),
    invitations: await q(
      `SELECT a.email, i.purpose, i.issued_at, i.expires_at, i.used_at, i.superseded_at, i.secret_digest
         FROM invitation i JOIN account a ON a.id = i.account_id ORDER BY a.email, i.issued_at`,
    ),
    notOpened: await q(
      `SELECT n.candidate_id, n.office_ids, n.reason, a.email AS held_by, n.first_seen_at, n.last_seen_at
         FROM account_not_opened n LEFT JOIN account a ON a.id = n.held_by_account_id ORDER BY n.candidate_id`,
    ),
    inbox: await q(`SELECT event_id FROM inbox_message ORDER BY event_id`),
    // Each account's events in the order written, with their own cause and correlation.
    events: await q(
      `SELECT a.email, o.event_type, o.envelope->'payload'->>'purpose' AS purpose,
              o.envelope->'payload'->>'expiresAt' AS expires_at, o.envelope->'payload'->>'issuedAt' AS issued_at,
              (o.envelope->'payload'->>'invitationId') = i.id::text AS names_its_invitation,
              o.envelope->>'causationId' AS causation_id, o.envelope->>'correlationId' AS correlation_id
         FROM outbox_message o JOIN account a ON a.id::text = o.message_key
         LEFT JOIN invitation i ON i.account_id = a.id
        ORDER BY a.email, o.position`,
    ),
  };
}

/** How many runs of consecutive enrolments the stream makes in batches of `size` (the batch handler's calls). */
function runsOf(size: number): number {
  let runs = 0;
  for (let i = 0; i < stream.length; i += size) {
    let inRun = false;
    for (const event of stream.slice(i, i + size)) {
      const enrolment = event.type === 'CandidateEnrolled';
      if (enrolment && !inRun) runs++;
      inRun = enrolment;
    }
  }
  return runs;
}

async function runPerEvent() {
  await reset();
  const inbox = inboxWith(perEventHandlers());
  for (const event of [...before, ...stream]) await deliverBatch(inbox, [event]);
  return snapshot();
}

/** The same, the stream in batches of `size`; also what identity asked intake during the stream. */
async function runInBatches(size: number) {
  await reset();
  const perEvent = inboxWith(perEventHandlers());
  for (const event of before) await deliverBatch(perEvent, [event]);
  const calls = owners.calls.length;
  const inbox = inboxWith(batchHandlers());
  for (let i = 0; i < stream.length; i += size) await deliverBatch(inbox, stream.slice(i, i + size));
  return { tables: await snapshot(), asked: owners.calls.slice(calls) };
}

describe('CandidateEnrolled applied per Kafka batch', () => {
  let reference: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    reference = await runPerEvent();
  }, 120_000);

  it('the per-event reference covers every case: opened, offices updated, address held, unknown, erased', () => {
    const erasedPeople = people.filter((_, i) => i % 50 === 24 || i % 50 === 17);
    const unknown = people.filter((_, i) => i % 30 === 11);
    const taken = people.filter((_, i) => (i % 20 === 4 || i % 25 === 9) && i % 30 !== 11);
    const candidates = (reference.accounts as { candidate_id: string | null }[]).filter(
      (a) => a.candidate_id,
    );
    const withoutAccount = new Set([...erasedPeople, ...unknown, ...taken]);
    expect(candidates.map((a) => a.candidate_id).sort()).toEqual(
      people.filter((id) => !withoutAccount.has(id)).sort(),
    );
    const notOpened = reference.notOpened as { candidate_id: string; held_by: string }[];
    expect(notOpened.map((row) => row.candidate_id).sort()).toEqual(
      taken.filter((id) => !erasedPeople.includes(id)).sort(),
    );
    // Re-enrolled people keep one account, with their latest offices.
    const again = (reference.accounts as { candidate_id: string; office_ids: string[] }[]).find(
      (a) => a.candidate_id === people[6],
    );
    expect(again?.office_ids).toEqual([LYON]);
  });

  it.each([1, 7, PEOPLE])(
    'batches of %i give the same tables, invitations and events as one event at a time',
    async (size) => {
      const { tables, asked } = await runInBatches(size);
      expect(tables).toEqual(reference);
      // One call to intake per run of enrolments (an erasure ends a run), none per person.
      expect(asked.every((call) => call.startsWith('intake /internal/candidates/contacts '))).toBe(true);
      expect(asked.length).toBeLessThanOrEqual(runsOf(size));
      if (size === PEOPLE) expect(runsOf(size)).toBeLessThan(20);
    },
    120_000,
  );
});

describe('a second person whose address an account already holds', () => {
  const ops = (officeIds: string[], allOffices = false): Identity => ({
    subject: randomUUID(),
    role: 'ops',
    officeIds,
    allOffices,
  });
  const LIST = `query L($first: Int) { accountsNotOpened(first: $first) { candidateId officeIds reason since lastSeenAt } }`;
  const subgraph = (identity: Identity) => subgraphAs(`${baseUrl}/graphql`, identity, secret);

  it('is neither lost nor silent: recorded for ops of their offices, counted, and opened once the address is corrected', async () => {
    await reset();
    const first = randomUUID();
    const second = randomUUID();
    const email = `Partage.${first.slice(0, 6)}@Example.fr`;
    owners.candidates.set(first, { email, firstName: 'Anne', lastName: 'Petit', language: 'fr' });
    owners.candidates.set(second, {
      email: ` ${email.toUpperCase()} `,
      firstName: 'Paul',
      lastName: 'Petit',
      language: 'fr',
    });
    const counted = async () =>
      (await accountsNotOpened.get()).values.find((v) => v.labels['reason'] === 'email_taken')?.value ?? 0;
    const countedBefore = await counted();

    const inbox = inboxWith(batchHandlers());
    await deliverBatch(inbox, [enrolled(first), enrolled(second, [PARIS])]);

    const accounts = app.get(AccountRepository);
    expect(await accounts.findByCandidateId(first)).toMatchObject({ email: email.toLowerCase() });
    expect(await accounts.findByCandidateId(second)).toBeNull();
    const [row] = await dataSource.query(`SELECT * FROM account_not_opened WHERE candidate_id = $1`, [
      second,
    ]);
    expect(row).toMatchObject({
      reason: 'email_taken',
      office_ids: [PARIS],
      held_by_account_id: (await accounts.findByCandidateId(first))!.id,
      first_seen_at: TODAY,
      last_seen_at: TODAY,
    });
    expect(await counted()).toBe(countedBefore + 1);
    // No invitation went anywhere for the second person: one InvitationIssued, the first's.
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'InvitationIssued.v1'`,
    );
    expect(n).toBe(1);

    // Ops of the person's offices see them (ids and dates only), all-office ops too, others not.
    const shown = {
      candidateId: second,
      officeIds: [PARIS],
      reason: 'EMAIL_ALREADY_USED',
      since: TODAY.toISOString(),
      lastSeenAt: TODAY.toISOString(),
    };
    expect(await subgraph(ops([PARIS])).ok(LIST)).toEqual({ accountsNotOpened: [shown] });
    expect(await subgraph(ops([], true)).ok(LIST)).toEqual({ accountsNotOpened: [shown] });
    expect(await subgraph(ops([LYON])).ok(LIST)).toEqual({ accountsNotOpened: [] });
    expectGraphQLError(await subgraph(ops([PARIS])).request(LIST, { first: 0 }), 'BAD_USER_INPUT', 'first');
    const refused: Identity[] = [
      { subject: randomUUID(), role: 'coach', coachId: randomUUID(), officeIds: [PARIS] },
      { subject: randomUUID(), role: 'candidate', candidateId: second },
      { subject: randomUUID(), role: 'sponsor', sponsorIds: [randomUUID()] },
      { subject: randomUUID(), role: 'committee', sponsorIds: [randomUUID()] },
    ];
    for (const identity of refused) expectGraphQLError(await subgraph(identity).request(LIST), 'FORBIDDEN');

    // The person's data export says why they have no account, without naming the other account.
    const token = await signServiceToken('intake', 'identity', secret);
    const exported = await fetch(
      `${baseUrl}/internal/candidates/${second}/personal-data?requestedBy=${second}&requestedByRole=candidate`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const { sections } = (await exported.json()) as { sections: { name: string; records: unknown[] }[] };
    expect(sections.find((section) => section.name === 'accountNotOpened')?.records).toEqual([
      {
        reason: 'email_taken',
        officeIds: [PARIS],
        since: TODAY.toISOString(),
        lastSeenAt: TODAY.toISOString(),
      },
    ]);

    // Enrolled again (a redelivery) while the address is still held: still listed, seen later.
    clock.pin(new Date(TODAY.getTime() + 60_000));
    await deliverBatch(inbox, [enrolled(second, [PARIS])]);
    expect(await accounts.findByCandidateId(second)).toBeNull();
    expect(
      (
        await dataSource.query(`SELECT last_seen_at FROM account_not_opened WHERE candidate_id = $1`, [
          second,
        ])
      )[0],
    ).toEqual({ last_seen_at: new Date(TODAY.getTime() + 60_000) });

    // Ops correct the address in intake; the next enrolment (a re-import) opens and invites them.
    owners.candidates.set(second, {
      email: `paul.${second.slice(0, 6)}@example.fr`,
      firstName: 'Paul',
      lastName: 'Petit',
      language: 'fr',
    });
    await deliverBatch(inbox, [enrolled(second, [PARIS])]);
    expect(await accounts.findByCandidateId(second)).toMatchObject({ status: 'invited', officeIds: [PARIS] });
    expect(await subgraph(ops([PARIS])).ok(LIST)).toEqual({ accountsNotOpened: [] });
    clock.pin(TODAY);
  });

  it('leaves the list when the person is erased', async () => {
    await reset();
    const first = randomUUID();
    const second = randomUUID();
    const email = `efface.${first.slice(0, 6)}@example.fr`;
    owners.candidates.set(first, { email, firstName: 'A', lastName: 'B', language: 'fr' });
    owners.candidates.set(second, { email, firstName: 'C', lastName: 'D', language: 'fr' });
    const inbox = inboxWith(batchHandlers());
    await deliverBatch(inbox, [enrolled(first), enrolled(second), erased(second)]);
    expect(await dataSource.query(`SELECT candidate_id FROM account_not_opened`)).toEqual([]);
  });
});

/** A real consumer of a topic of its own, with the service's handlers, the retry policy made short. */
const consume = (events: readonly AnyEvent[], handlers: Map<string, InboxHandler>) =>
  consumerOfOneBatch({ kafka, service: 'identity', dataSource, handlers, events });

describe('on Kafka', () => {
  let deadLetters: TopicReader;
  beforeAll(async () => {
    deadLetters = await TopicReader.start(kafka, [deadLetterTopicOf('identity')]);
  });
  afterAll(async () => {
    await deadLetters?.stop();
  });

  it('intake down: the batch is redelivered until it answers, then applied once; nothing dead-lettered', async () => {
    await reset();
    const batch = Array.from({ length: 20 }, () => randomUUID());
    batch.forEach((id, i) =>
      owners.candidates.set(id, {
        email: `panne.${i}.${id.slice(0, 6)}@example.fr`,
        firstName: 'P',
        lastName: `${i}`,
        language: 'fr',
      }),
    );
    owners.intakeDown = true;
    const { topic, consumer, group } = await consume(
      batch.map((id) => enrolled(id)),
      batchHandlers(),
    );
    try {
      await consumer.start();
      const stillDown = Date.now() + 4_000;
      while (Date.now() < stillDown) {
        const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM account`);
        expect(n).toBe(staff.length);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      owners.intakeDown = false;
      await waitForGroupToCatchUp(kafka, group, topic, 60_000);
      const rows: { candidate_id: string; invitations: number }[] = await dataSource.query(
        `SELECT a.candidate_id, (SELECT count(*)::int FROM invitation i WHERE i.account_id = a.id) AS invitations
           FROM account a WHERE a.candidate_id IS NOT NULL ORDER BY a.candidate_id`,
      );
      expect(rows).toEqual([...batch].sort().map((candidate_id) => ({ candidate_id, invitations: 1 })));
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'InvitationIssued.v1'`,
      );
      expect(n).toBe(20);
      expect(deadLetters.matching((m) => m.header(HEADERS.originalTopic) === topic)).toEqual([]);
    } finally {
      owners.intakeDown = false;
      await consumer.stop().catch(() => undefined);
    }
  }, 90_000);

  it('a poison enrolment is tried in the batch, then alone, then dead-lettered with its reason; the rest opened once', async () => {
    await reset();
    const batch = Array.from({ length: 30 }, () => randomUUID());
    batch.forEach((id, i) =>
      owners.candidates.set(id, {
        email: `poison.${i}.${id.slice(0, 6)}@example.fr`,
        firstName: 'P',
        lastName: `${i}`,
        language: 'fr',
      }),
    );
    const poison = batch[12]!;
    const allowPoison = await refuseRowOf(dataSource, 'account', poison, 'account refused for the test');
    const events = batch.map((id) => enrolled(id));
    const poisonId = events[12]!.eventId;
    const handlers = batchHandlers();
    const recorded = new RecordedCalls(handlers.get('CandidateEnrolled.v1')!);
    handlers.set('CandidateEnrolled.v1', recorded.handler);
    const { topic, consumer, group } = await consume(events, handlers);
    try {
      await consumer.start();
      await waitForGroupToCatchUp(kafka, group, topic);
      // Tried as part of a batch (Kafka decides how many came with it), then alone, twice (the policy).
      expect(recorded.triesOf(poisonId)).toEqual({ withOthers: true, alone: 2 });
      const opened: { candidate_id: string }[] = await dataSource.query(
        `SELECT candidate_id FROM account WHERE candidate_id IS NOT NULL ORDER BY candidate_id`,
      );
      expect(opened.map((row) => row.candidate_id)).toEqual(batch.filter((id) => id !== poison).sort());
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'InvitationIssued.v1'`,
      );
      expect(n).toBe(29);
      const parked = await deadLettersOf(deadLetters, topic);
      expect(parked.map((m) => m.header(HEADERS.eventId))).toEqual([poisonId]);
      expect(parked[0]!.header(HEADERS.deadLetterReason)).toBe(
        'handler failed: account refused for the test',
      );
    } finally {
      await consumer.stop().catch(() => undefined);
      await allowPoison();
    }
  }, 90_000);
});
