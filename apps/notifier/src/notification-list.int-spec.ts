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
