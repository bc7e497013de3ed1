import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEvent } from '@passerelle/shared/messaging';
import { waitFor } from '@passerelle/shared/testing';
import {
  ApplyAwaitingEventsHandler,
  DigestRunner,
  NotifySessionChangeHandler,
  notifySessionChangeOf,
} from '@passerelle/notifier/feature-messages';
import { rowsAbout, startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// Issue 16: a session booked for a person identity has no account for yet. The notifier keeps the
// event until identity's InvitationIssued says the account exists, then sends the confirmation.

let notifier: NotifierUnderTest;

beforeAll(async () => {
  notifier = await startNotifier('notifier_awaiting');
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000);

function booking(candidateId: string) {
  const startsAt = inTwoDays();
  return {
    sessionId: randomUUID(),
    candidateId,
    coachId: randomUUID(),
    officeId: null,
    kind: 'welcome' as const,
    mode: 'video' as const,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    bookedAt: new Date().toISOString(),
  };
}

/** The inbox has handled the event (committed with its effects). */
async function handled(eventId: string): Promise<void> {
  await waitFor(
    async () =>
      (
        (await notifier.dataSource.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [
          eventId,
        ])) as unknown[]
      ).length === 1,
    { timeoutMs: 20_000 },
  );
}

async function messagesAbout(candidateId: string) {
  return notifier.dataSource.query(
    `SELECT kind, status, skip_reason, to_address FROM outgoing_message WHERE candidate_id = $1 ORDER BY kind`,
    [candidateId],
  ) as Promise<{ kind: string; status: string; skip_reason: string | null; to_address: string | null }[]>;
}

function invitationOf(accountId: string, invitationId: string) {
  return {
    invitationId,
    accountId,
    purpose: 'invitation' as const,
    expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    issuedAt: new Date().toISOString(),
  };
}

describe('a session booked before the person has an account', () => {
  it('sends nothing and skips nothing, then the invitation and the confirmation once each when the account exists', async () => {
    const candidateId = randomUUID();
    const booked = await notifier.publish('SessionBooked.v1', candidateId, booking(candidateId));
    await handled(booked.eventId);
    expect(await messagesAbout(candidateId)).toEqual([]);

    const nadia = notifier.identity.addRecipient({ role: 'candidate', candidateId });
    const invitationId = notifier.identity.addInvitation(nadia.accountId);
    const issued = await notifier.publish(
      'InvitationIssued.v1',
      nadia.accountId,
      invitationOf(nadia.accountId, invitationId),
    );
    const received = await notifier.mailbox.waitForMessagesTo(nadia.email, 2);
    expect(received.map((mail) => mail.Subject).sort()).toEqual([
      expect.stringContaining('Rendez-vous confirmé'),
      'Votre accès à Passerelle',
    ]);

    await notifier.republish(booked);
    await notifier.republish(issued);
    await handled(issued.eventId);
    await sleep(1500);
    expect(await notifier.mailbox.messagesTo(nadia.email)).toHaveLength(2);
    expect((await messagesAbout(candidateId)).map((row) => [row.kind, row.skip_reason])).toEqual([
      ['invitation', null],
      ['session_booked', null],
    ]);
  }, 60_000);

  it('keeps nothing and sends nothing for a person erased before their account', async () => {
    const candidateId = randomUUID();
    const booked = await notifier.publish('SessionBooked.v1', candidateId, booking(candidateId));
    await handled(booked.eventId);
    expect(await rowsAbout(notifier.dataSource, 'awaiting_account', candidateId)).toBe(1);

    const erased = await notifier.publish('CandidateErased.v1', candidateId, {
      candidateId,
      erasedAt: new Date().toISOString(),
    });
    await handled(erased.eventId);
    expect(await rowsAbout(notifier.dataSource, 'awaiting_account', candidateId)).toBe(0);
    expect(await rowsAbout(notifier.dataSource, 'account_seen', candidateId)).toBe(0);
    expect(await messagesAbout(candidateId)).toEqual([]);
  }, 60_000);

  it('sends the confirmation when the invitation was handled between its missed lookup and its write', async () => {
    const candidateId = randomUUID();
    const event = createEvent('SessionBooked.v1', candidateId, booking(candidateId));
    const hold = notifier.identity.holdCandidateLookups();
    const bookingWritten = notifier.dataSource.transaction((manager) =>
      notifier.app
        .get(NotifySessionChangeHandler)
        .execute(manager, { ...notifySessionChangeOf(event), keepUntilAccount: event }, new Date()),
    );
    let nadia;
    try {
      await hold.asked; // identity has answered "unknown" to the booking's lookup, not yet received
      nadia = notifier.identity.addRecipient({ role: 'candidate', candidateId });
      // The invitation's side of the account, committed before the booking goes on.
      await notifier.dataSource.transaction((manager) =>
        notifier.app.get(ApplyAwaitingEventsHandler).execute(manager, { candidateId }, new Date()),
      );
    } finally {
      hold.release();
    }
    expect(await bookingWritten).toBe(1);
    expect(await rowsAbout(notifier.dataSource, 'awaiting_account', candidateId)).toBe(0);
    expect(await messagesAbout(candidateId)).toEqual([
      { kind: 'session_booked', status: expect.any(String), skip_reason: null, to_address: nadia.email },
    ]);
    await notifier.mailbox.waitForMessagesTo(nadia.email, 1);
  }, 60_000);

  it('records a message kept longer than NOTIFIER_AWAIT_ACCOUNT_DAYS as skipped, so ops see it', async () => {
    const candidateId = randomUUID();
    const booked = await notifier.publish('SessionBooked.v1', candidateId, booking(candidateId));
    await handled(booked.eventId);
    const runner = notifier.app.get(DigestRunner);
    await runner.runOnce(new Date(Date.now() + 13 * 86_400_000));
    expect(await rowsAbout(notifier.dataSource, 'awaiting_account', candidateId)).toBe(1);

    await runner.runOnce(new Date(Date.now() + 15 * 86_400_000));
    expect(await rowsAbout(notifier.dataSource, 'awaiting_account', candidateId)).toBe(0);
    expect(await messagesAbout(candidateId)).toEqual([
      { kind: 'session_booked', status: 'skipped', skip_reason: 'recipient_unknown', to_address: null },
    ]);
  }, 60_000);
});
