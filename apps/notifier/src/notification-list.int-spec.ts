import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@passerelle/shared/auth';
import { expectGraphQLError, waitFor } from '@passerelle/shared/testing';
import { startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// Each message also lands in the person's notification list: read, counted and marked read by the
// signed-in person only, and announced live over Server-Sent Events.

let notifier: NotifierUnderTest;

beforeAll(async () => {
  notifier = await startNotifier('notifier_list');
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

const LIST = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { nodes { id kind title body readAt } pageInfo { endCursor hasNextPage } }
  unreadNotificationCount }`;
type Listed = {
  notifications: {
    nodes: { id: string; kind: string; title: string; body: string; readAt: string | null }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
  unreadNotificationCount: number;
};
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

function resultsReleased(candidateId: string) {
  return notifier.publish('ResultsReleased.v1', candidateId, {
    assessmentId: randomUUID(),
    candidateId,
    coachId: randomUUID(),
    milestoneId: null,
    releasedAt: new Date().toISOString(),
  });
}

/** Reads Server-Sent Events from the stream until `until` says stop; the events seen. */
async function readStream(
  identity: Identity,
  until: (events: { type: string; data: unknown }[]) => boolean,
  whileOpen: () => Promise<void>,
): Promise<{ type: string; data: unknown }[]> {
  const controller = new AbortController();
  const response = await fetch(notifier.url.replace('/graphql', '/notifications/stream'), {
    headers: { [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, notifier.secret) },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: { type: string; data: unknown }[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let started = false;
  const deadline = setTimeout(() => controller.abort(), 15_000);
  try {
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        events.push({ type, data: data ? JSON.parse(data) : null });
      }
      if (!started && events.length > 0) {
        started = true;
        await whileOpen();
      }
    }
  } finally {
    clearTimeout(deadline);
    controller.abort();
  }
  return events;
}

describe('the notification list', () => {
  it('shows a person their own notifications, newest first, paged, and counts the unread', async () => {
    const nadia = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const other = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const asNadia = notifier.as({
      subject: nadia.accountId,
      role: 'candidate',
      candidateId: nadia.candidateId!,
    });
    const asOther = notifier.as({
      subject: other.accountId,
      role: 'candidate',
      candidateId: other.candidateId!,
    });
    await resultsReleased(nadia.candidateId!);
    // Two topics are read independently: the second event goes once the first is in the list.
    await waitFor(async () => (await asNadia.ok<Listed>(LIST)).unreadNotificationCount === 1, {
      what: 'the first notification',
    });
    await notifier.publish('SessionReminderDue.v1', nadia.candidateId!, {
      reminderId: randomUUID(),
      sessionId: randomUUID(),
      candidateId: nadia.candidateId!,
      coachId: randomUUID(),
      startsAt: '2027-03-02T09:00:00.000Z',
      leadMinutes: 60,
      dueAt: '2027-03-02T08:00:00.000Z',
    });
    const all = await waitFor(
      async () => {
        const listed = await asNadia.ok<Listed>(LIST, { first: 10 });
        return listed.notifications.nodes.length === 2 && listed;
      },
      { what: 'two notifications' },
    );
    expect(all.unreadNotificationCount).toBe(2);
    expect(all.notifications.nodes.map((n) => [n.kind, n.title])).toEqual([
      ['SESSION_REMINDER', 'Rappel : votre rendez-vous dans 1 h'],
      ['RESULTS_RELEASED', 'Vos résultats sont disponibles'],
    ]);
    expect(all.notifications.nodes[1]!.body).toContain('vos résultats sont disponibles dans Passerelle');

    const first = await asNadia.ok<Listed>(LIST, { first: 1 });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await asNadia.ok<Listed>(LIST, {
      first: 1,
      after: first.notifications.pageInfo.endCursor,
    });
    expect(second.notifications.nodes.map((n) => n.kind)).toEqual(['RESULTS_RELEASED']);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);

    // Someone else sees none of them, and cannot mark them read.
    expect((await asOther.ok<Listed>(LIST)).notifications.nodes).toEqual([]);
    expect(await asOther.ok(MARK, { ids: [all.notifications.nodes[0]!.id] })).toEqual({
      markNotificationsRead: 0,
    });
    expect((await asNadia.ok<Listed>(LIST)).unreadNotificationCount).toBe(2);

    expect(await asNadia.ok(MARK, { ids: [all.notifications.nodes[0]!.id] })).toEqual({
      markNotificationsRead: 1,
    });
    expect(await asNadia.ok(MARK, {})).toEqual({ markNotificationsRead: 0 });
    expectGraphQLError(await asNadia.request(LIST, { first: 1000 }), 'BAD_USER_INPUT', 'first');
  });

  it('a way in is for the mailbox only: no invitation in the list', async () => {
    const sam = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const invitationId = notifier.identity.addInvitation(sam.accountId);
    await notifier.publish('InvitationIssued.v1', sam.accountId, {
      invitationId,
      accountId: sam.accountId,
      purpose: 'invitation',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      issuedAt: new Date().toISOString(),
    });
    await waitFor(async () => (await notifier.mailbox.messagesTo(sam.email)).length === 1, {
      what: 'the invitation',
    });
    const asSam = notifier.as({ subject: sam.accountId, role: 'candidate', candidateId: sam.candidateId! });
    expect(await asSam.ok<Listed>(LIST)).toMatchObject({
      notifications: { nodes: [] },
      unreadNotificationCount: 0,
    });
  });
});

describe('the live stream', () => {
  it('tells the person their unread count on connecting and when a notification arrives', async () => {
    const paul = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const identity: Identity = { subject: paul.accountId, role: 'candidate', candidateId: paul.candidateId! };
    const events = await readStream(
      identity,
      (seen) => seen.filter((e) => e.type === 'unread').length >= 2,
      async () => {
        await resultsReleased(paul.candidateId!);
      },
    );
    expect(events.filter((e) => e.type === 'unread')).toEqual([
      { type: 'unread', data: { unread: 0 } },
      { type: 'unread', data: { unread: 1 } },
    ]);
  });

  it('is refused without an identity the gateway signed', async () => {
    const response = await fetch(notifier.url.replace('/graphql', '/notifications/stream'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthenticated' });
  });
});

describe('choices', () => {
  const CHOICES = `query { notificationPreferences { mutedEmail mutedInApp quietHours { start end } } }`;
  const SET = `mutation($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) { mutedEmail mutedInApp quietHours { start end } } }`;

  /** `HH:mm` in Paris, `minutes` from now. */
  const parisClock = (minutes: number) =>
    new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Paris',
    }).format(new Date(Date.now() + minutes * 60_000));

  async function rowsOf(accountId: string) {
    return (await notifier.dataSource.query(
      `SELECT kind, status, skip_reason, next_attempt_at FROM outgoing_message WHERE recipient_account_id = $1 ORDER BY id`,
      [accountId],
    )) as { kind: string; status: string; skip_reason: string | null; next_attempt_at: Date }[];
  }

  it('a muted kind goes to the list only; an essential kind cannot be muted by email', async () => {
    const nadia = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const asNadia = notifier.as({
      subject: nadia.accountId,
      role: 'candidate',
      candidateId: nadia.candidateId!,
    });
    expect(await asNadia.ok(CHOICES)).toEqual({
      notificationPreferences: { mutedEmail: [], mutedInApp: [], quietHours: null },
    });
    expectGraphQLError(
      await asNadia.request(SET, { input: { mutedEmail: ['SESSION_CANCELLED'], mutedInApp: [] } }),
      'ESSENTIAL_BY_EMAIL',
      'session_cancelled',
    );
    expectGraphQLError(
      await asNadia.request(SET, {
        input: { mutedEmail: [], mutedInApp: [], quietHours: { start: '25:00', end: '07:00' } },
      }),
      'BAD_USER_INPUT',
      'quietHours.start',
    );
    expect(await asNadia.ok(SET, { input: { mutedEmail: ['RESULTS_RELEASED'], mutedInApp: [] } })).toEqual({
      setNotificationPreferences: { mutedEmail: ['RESULTS_RELEASED'], mutedInApp: [], quietHours: null },
    });

    await resultsReleased(nadia.candidateId!);
    await waitFor(async () => (await asNadia.ok<Listed>(LIST)).unreadNotificationCount === 1, {
      what: 'the notification in the list',
    });
    expect(await rowsOf(nadia.accountId)).toEqual([
      expect.objectContaining({ kind: 'results_released', status: 'skipped', skip_reason: 'unsubscribed' }),
    ]);
    expect(await notifier.mailbox.messagesTo(nadia.email)).toEqual([]);
  });

  it('an email in quiet hours waits for their end', async () => {
    const sam = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const asSam = notifier.as({ subject: sam.accountId, role: 'candidate', candidateId: sam.candidateId! });
    const quietHours = { start: parisClock(-60), end: parisClock(120) };
    await asSam.ok(SET, { input: { mutedEmail: [], mutedInApp: [], quietHours } });
    await resultsReleased(sam.candidateId!);
    const [row] = await waitFor(
      async () => {
        const rows = await rowsOf(sam.accountId);
        return rows.length === 1 && rows;
      },
      { what: 'the message queued' },
    );
    expect(row).toMatchObject({ status: 'pending', skip_reason: null });
    const wait = row!.next_attempt_at.getTime() - Date.now();
    expect(wait).toBeGreaterThan(115 * 60_000);
    expect(wait).toBeLessThanOrEqual(120 * 60_000);
    expect(await notifier.mailbox.messagesTo(sam.email)).toEqual([]);
  });

  it("a non-essential email's unsubscribe link mutes its kind by email; essential mail has none", async () => {
    const paul = notifier.identity.addRecipient({
      role: 'candidate',
      candidateId: randomUUID(),
      language: 'en',
    });
    await resultsReleased(paul.candidateId!);
    const [results] = await waitFor(
      async () => {
        const messages = await notifier.mailbox.messagesTo(paul.email);
        return messages.length === 1 && messages;
      },
      { what: 'the results email' },
    );
    const text = (await notifier.mailbox.message(results!.ID)).Text;
    const link = /Stop receiving these messages by email: (\S+)/.exec(text)?.[1];
    expect(link).toMatch(new RegExp(`^${notifier.url.replace('/graphql', '')}/unsubscribe/`));

    const asking = await fetch(link!);
    expect(asking.status).toBe(200);
    expect(await asking.text()).toContain('<form method="post"');
    expect(
      (
        await fetch(
          link!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
          { method: 'POST' },
        )
      ).status,
    ).toBe(404);
    expect((await fetch(link!, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
    const asPaul = notifier.as({
      subject: paul.accountId,
      role: 'candidate',
      candidateId: paul.candidateId!,
    });
    expect(await asPaul.ok(CHOICES)).toMatchObject({
      notificationPreferences: { mutedEmail: ['RESULTS_RELEASED'] },
    });

    await notifier.publish('SessionBooked.v1', paul.candidateId!, {
      sessionId: randomUUID(),
      candidateId: paul.candidateId!,
      coachId: randomUUID(),
      officeId: null,
      kind: 'welcome',
      mode: 'video',
      startsAt: '2027-03-01T09:00:00.000Z',
      endsAt: '2027-03-01T10:00:00.000Z',
      bookedAt: new Date().toISOString(),
    });
    await resultsReleased(paul.candidateId!);
    const [, booked] = await waitFor(
      async () => {
        const messages = await notifier.mailbox.messagesTo(paul.email);
        return messages.length === 2 && messages;
      },
      { what: 'the booking email' },
    );
    expect(booked?.Subject).toMatch(/^Appointment confirmed/);
    expect((await notifier.mailbox.message(booked!.ID)).Text).not.toContain('/unsubscribe/');
    await waitFor(
      async () =>
        (await rowsOf(paul.accountId)).filter((row) => row.skip_reason === 'unsubscribed').length === 1,
      { what: 'the second results email skipped' },
    );

    const erased = await notifier.publish('CandidateErased.v1', paul.candidateId!, {
      candidateId: paul.candidateId!,
      erasedAt: new Date().toISOString(),
    });
    expect(erased.type).toBe('CandidateErased');
    await waitFor(async () => (await asPaul.ok(CHOICES)).notificationPreferences.mutedEmail.length === 0, {
      what: 'the choices erased',
    });
  });
});
