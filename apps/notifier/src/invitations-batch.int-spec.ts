import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { HEADERS, deadLetterTopicOf } from '@passerelle/shared/contracts';
import { createEvent } from '@passerelle/shared/messaging';
import { TopicReader, testInfrastructure, waitFor } from '@passerelle/shared/testing';
import {
  NotifySessionChangeHandler,
  notifySessionChangeOf,
  SendAccessLinkHandler,
  SendAccessLinksHandler,
  type SendAccessLinkCommand,
} from '@passerelle/notifier/feature-messages';
import { startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// Decision 0055: a Kafka batch's InvitationIssued written together (SendAccessLinksHandler) leaves
// what SendAccessLinkHandler leaves one by one: the same messages, skips and kept events applied,
// with one call of each kind to identity per batch. Real PostgreSQL and Kafka; identity's
// directory is the HTTP double of its contract (both its single and many-at-once routes).

const LYON = randomUUID();
let notifier: NotifierUnderTest;

beforeAll(async () => {
  notifier = await startNotifier('notifier_invitations_batch');
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

/** What one scenario's people are called, to compare two runs on different ids. */
type Labels = Map<string, string>;

function booking(candidateId: string) {
  const startsAt = new Date(Date.now() + 2 * 86_400_000);
  return createEvent('SessionBooked.v1', candidateId, {
    sessionId: randomUUID(),
    candidateId,
    coachId: randomUUID(),
    officeId: null,
    kind: 'welcome' as const,
    mode: 'video' as const,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    bookedAt: new Date().toISOString(),
  });
}

/**
 * A batch's people, fresh ids each time: invited; booked before their account (a kept event);
 * a link identity no longer gives; an unknown account; erased before the invitation is read; a
 * coach's sign-in link; and a person invited twice (the first superseded).
 */
async function scenario(): Promise<{ commands: SendAccessLinkCommand[]; labels: Labels }> {
  const { identity, dataSource, app } = notifier;
  const labels: Labels = new Map();
  const candidate = (label: string) => {
    const candidateId = randomUUID();
    labels.set(candidateId, label);
    return candidateId;
  };
  const account = (label: string, over: Parameters<typeof identity.addRecipient>[0]) => {
    const recipient = identity.addRecipient({ officeIds: [LYON], ...over });
    labels.set(recipient.accountId, label);
    return recipient;
  };
  const commands: SendAccessLinkCommand[] = [];
  const issue = (accountId: string, state: 'valid' | 'gone' = 'valid', purpose = 'invitation' as const) => {
    commands.push({
      eventId: randomUUID(),
      invitationId: identity.addInvitation(accountId, { state, purpose }),
      accountId,
      purpose,
    });
  };

  // Booked while identity knew nobody: kept (decision 0052).
  const waitingId = candidate('waiting');
  const booked = booking(waitingId);
  await dataSource.transaction((manager) =>
    app
      .get(NotifySessionChangeHandler)
      .execute(manager, { ...notifySessionChangeOf(booked), keepUntilAccount: booked }, new Date()),
  );

  issue(account('invited', { role: 'candidate', candidateId: candidate('invited') }).accountId);
  issue(account('waiting', { role: 'candidate', candidateId: waitingId }).accountId);
  issue(account('gone', { role: 'candidate', candidateId: candidate('gone') }).accountId, 'gone');
  const nobody = randomUUID();
  labels.set(nobody, 'nobody');
  commands.push({
    eventId: randomUUID(),
    invitationId: randomUUID(),
    accountId: nobody,
    purpose: 'invitation',
  });
  const erasedId = candidate('erased');
  issue(account('erased', { role: 'candidate', candidateId: erasedId }).accountId);
  await dataSource.query(`INSERT INTO erased_candidate (candidate_id, erased_at) VALUES ($1, now())`, [
    erasedId,
  ]);
  const coach = account('coach', { role: 'coach', coachId: randomUUID() });
  commands.push({
    eventId: randomUUID(),
    invitationId: identity.addInvitation(coach.accountId, { purpose: 'sign_in_link' }),
    accountId: coach.accountId,
    purpose: 'sign_in_link',
  });
  const twice = account('twice', { role: 'candidate', candidateId: candidate('twice') });
  issue(twice.accountId, 'gone');
  issue(twice.accountId);
  return { commands, labels };
}

/** What a run left about a scenario's people, with their labels for ids: messages, kept events, seen. */
async function leftBy(labels: Labels) {
  const { dataSource } = notifier;
  const ids = [...labels.keys()];
  const label = (id: string | null) => (id ? (labels.get(id) ?? 'someone else') : null);
  const messages: {
    kind: string;
    channel: string;
    skip_reason: string | null;
    recipient_account_id: string | null;
    candidate_id: string | null;
    dedupe_key: string;
  }[] = await dataSource.query(
    `SELECT kind, channel, skip_reason, recipient_account_id, candidate_id, dedupe_key FROM outgoing_message
      WHERE recipient_account_id::text = ANY($1) OR candidate_id::text = ANY($1)
         OR split_part(dedupe_key, ':', 3) = ANY($1)`,
    [ids],
  );
  const kept: { candidate_id: string }[] = await dataSource.query(
    `SELECT candidate_id FROM awaiting_account WHERE candidate_id::text = ANY($1)`,
    [ids],
  );
  const seen: { candidate_id: string }[] = await dataSource.query(
    `SELECT candidate_id FROM account_seen WHERE candidate_id::text = ANY($1)`,
    [ids],
  );
  return {
    messages: messages
      .map((m) => ({
        kind: m.kind,
        channel: m.channel,
        skipped: m.skip_reason,
        to: label(m.recipient_account_id),
        about: label(m.candidate_id),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    kept: kept.map((row) => label(row.candidate_id)).sort(),
    seen: seen.map((row) => label(row.candidate_id)).sort(),
  };
}

async function oneByOne(commands: readonly SendAccessLinkCommand[]): Promise<number> {
  const handler = notifier.app.get(SendAccessLinkHandler);
  let written = 0;
  for (const command of commands) {
    written += await notifier.dataSource.transaction((manager) =>
      handler.execute(manager, command, new Date()),
    );
  }
  return written;
}

async function inBatches(commands: readonly SendAccessLinkCommand[], size: number): Promise<number> {
  const handler = notifier.app.get(SendAccessLinksHandler);
  let written = 0;
  for (let i = 0; i < commands.length; i += size) {
    const batch = commands.slice(i, i + size);
    written += await notifier.dataSource.transaction((manager) =>
      handler.execute(manager, batch, new Date()),
    );
  }
  return written;
}

describe('a batch of invitations leaves what they leave one by one', () => {
  it.each([
    ['one batch', Number.MAX_SAFE_INTEGER],
    ['batches of 1', 1],
    ['batches of 3', 3],
  ])('%s', async (_case, size) => {
    const reference = await scenario();
    const referenceWritten = await oneByOne(reference.commands);
    const expected = await leftBy(reference.labels);

    const batch = await scenario();
    notifier.identity.calls.length = 0;
    expect(await inBatches(batch.commands, size)).toBe(referenceWritten);
    expect(await leftBy(batch.labels)).toEqual(expected);

    // What the reference left, stated: a message each, a skip with its reason, nothing for the erased.
    expect(expected.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'invitation', to: 'invited', skipped: null }),
        expect.objectContaining({ kind: 'invitation', to: 'waiting', skipped: null }),
        expect.objectContaining({ kind: 'session_booked', to: 'waiting', about: 'waiting', skipped: null }),
        expect.objectContaining({ kind: 'invitation', to: 'gone', skipped: 'link_unavailable' }),
        expect.objectContaining({ kind: 'invitation', to: null, skipped: 'recipient_unknown' }),
        expect.objectContaining({ kind: 'sign_in_link', to: 'coach', skipped: null }),
        expect.objectContaining({ kind: 'invitation', to: 'twice', skipped: 'link_unavailable' }),
        expect.objectContaining({ kind: 'invitation', to: 'twice', skipped: null }),
      ]),
    );
    expect(expected.messages.some((m) => m.to === 'erased' || m.about === 'erased')).toBe(false);
    expect(expected.kept).toEqual([]);
    expect(expected.seen).toEqual(['gone', 'invited', 'twice', 'waiting']);

    // Two calls to identity per batch: the recipients, then the links.
    const batches = Math.ceil(batch.commands.length / size);
    const asked = notifier.identity.calls.filter((call) => call.path.startsWith('/internal/'));
    expect(asked.filter((call) => call.path === '/internal/recipients/by-accounts')).toHaveLength(batches);
    expect(asked.filter((call) => call.path === '/internal/invitations/links').length).toBeLessThanOrEqual(
      batches,
    );
    expect(asked.filter((call) => call.path.endsWith('/link'))).toEqual([]);
  });
});

describe('on Kafka', () => {
  it('a poison invitation in a batch is dead-lettered alone with its reason; the rest are written once', async () => {
    const { kafkaBrokers } = testInfrastructure();
    const kafka = new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
    const deadLetters = await TopicReader.start(kafka, [
      notifier.topics.topic(deadLetterTopicOf('notifier')),
    ]);
    const people = Array.from({ length: 30 }, () =>
      notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID(), officeIds: [LYON] }),
    );
    const poison = people[12]!;
    await notifier.dataSource.query(`
      CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.recipient_account_id = '${poison.accountId}' THEN RAISE EXCEPTION 'message refused for the test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_poison BEFORE INSERT ON outgoing_message FOR EACH ROW EXECUTE FUNCTION refuse_poison();`);
    try {
      const events = await Promise.all(
        people.map((person) =>
          notifier.publish('InvitationIssued.v1', person.accountId, {
            invitationId: notifier.identity.addInvitation(person.accountId),
            accountId: person.accountId,
            purpose: 'invitation',
            expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
            issuedAt: new Date().toISOString(),
          }),
        ),
      );
      const poisonEvent = events[12]!;
      const parked = await waitFor(
        async () => {
          const found = deadLetters.matching((m) => m.header(HEADERS.eventId) === poisonEvent.eventId);
          return found.length > 0 && found;
        },
        { what: 'the poison invitation in the dead-letter topic', timeoutMs: 60_000 },
      );
      expect(parked[0]!.header(HEADERS.deadLetterReason)).toBe(
        'handler failed: message refused for the test',
      );
      const rows: { recipient_account_id: string; n: number }[] = await waitFor(async () => {
        const found: { recipient_account_id: string; n: number }[] = await notifier.dataSource.query(
          `SELECT recipient_account_id, count(*)::int AS n FROM outgoing_message
            WHERE kind = 'invitation' AND recipient_account_id = ANY($1::uuid[]) GROUP BY 1`,
          [people.map((person) => person.accountId)],
        );
        return found.length === 29 && found;
      });
      expect(rows.map((row) => row.recipient_account_id).sort()).toEqual(
        people
          .filter((p) => p !== poison)
          .map((p) => p.accountId)
          .sort(),
      );
      expect(rows.every((row) => row.n === 1)).toBe(true);
      expect(deadLetters.matching((m) => m.header(HEADERS.eventId) !== undefined)).toHaveLength(1);
    } finally {
      await deadLetters.stop();
      await notifier.dataSource.query(
        `DROP TRIGGER refuse_poison ON outgoing_message; DROP FUNCTION refuse_poison()`,
      );
    }
  }, 90_000);
});
