import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@passerelle/shared/testing';
import { startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// Career's ApplicationFollowUpDue in the notifier, on real PostgreSQL, Kafka and Mailpit: one calm
// reminder per application and due date, in the person's language, linking to their applications,
// and following their choices (not essential).

let notifier: NotifierUnderTest;

beforeAll(async () => {
  notifier = await startNotifier('notifier_follow_up');
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

const LIST = `{ notifications(first: 10) { nodes { kind title body } } }`;
const SET = `mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { mutedEmail } }`;

function followUpDue(candidateId: string, applicationId: string, dueOn: string) {
  return notifier.publish('ApplicationFollowUpDue.v1', candidateId, {
    applicationId,
    candidateId,
    programmeId: randomUUID(),
    sentOn: '2026-11-19',
    dueOn,
  });
}

async function rowsAbout(candidateId: string) {
  return (await notifier.dataSource.query(
    `SELECT kind, status, skip_reason, dedupe_key FROM outgoing_message WHERE candidate_id = $1 ORDER BY id`,
    [candidateId],
  )) as { kind: string; status: string; skip_reason: string | null; dedupe_key: string }[];
}

describe('the follow-up reminder of an application', () => {
  it('sends one email per application and due date, whatever Kafka redelivers or the sweep repeats, and lists it', async () => {
    const nadia = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const candidateId = nadia.candidateId!;
    const applicationId = randomUUID();
    const event = await followUpDue(candidateId, applicationId, '2026-12-03');

    const [received] = await notifier.mailbox.waitForMessagesTo(nadia.email, 1);
    expect(received).toMatchObject({ Subject: 'Une candidature sans réponse : pensez à relancer' });
    const detail = await notifier.mailbox.message(received!.ID);
    expect(detail.Text).toContain(
      'Vous avez envoyé une candidature le jeudi 19 novembre 2026 et aucune réponse n’est encore notée.',
    );
    expect(detail.Text).toContain('Voir mes candidatures: https://console.passerelle.test/applications');
    expect(detail.HTML).toContain('<a href="https://console.passerelle.test/applications">');
    expect(detail.Text).toContain('/unsubscribe/'); // not essential: it can be stopped

    await notifier.republish(event); // redelivered
    await followUpDue(candidateId, applicationId, '2026-12-03'); // the same due date announced again
    await sleep(1500);
    expect(await notifier.mailbox.messagesTo(nadia.email)).toHaveLength(1);
    expect(await rowsAbout(candidateId)).toEqual([
      expect.objectContaining({
        kind: 'application_follow_up',
        status: 'sent',
        dedupe_key: `application:${applicationId}:2026-12-03:${nadia.accountId}:application_follow_up`,
      }),
    ]);

    const asNadia = notifier.as({ subject: nadia.accountId, role: 'candidate', candidateId });
    expect((await asNadia.ok<{ notifications: { nodes: unknown[] } }>(LIST)).notifications.nodes).toEqual([
      {
        kind: 'APPLICATION_FOLLOW_UP',
        title: 'Une candidature sans réponse : pensez à relancer',
        body: expect.stringContaining('le jeudi 19 novembre 2026'),
      },
    ]);

    // A later due date (the person chose to be reminded again) is a new reminder.
    await followUpDue(candidateId, applicationId, '2026-12-10');
    await notifier.mailbox.waitForMessagesTo(nadia.email, 2);
  });

  it('writes in English to a person who reads English', async () => {
    const sam = notifier.identity.addRecipient({
      role: 'candidate',
      candidateId: randomUUID(),
      language: 'en',
      displayName: 'Sam O’Brien',
    });
    await followUpDue(sam.candidateId!, randomUUID(), '2026-12-03');
    const [received] = await notifier.mailbox.waitForMessagesTo(sam.email, 1);
    expect(received!.Subject).toBe('An application with no answer yet: time to follow up');
    const detail = await notifier.mailbox.message(received!.ID);
    expect(detail.Text).toContain('You sent an application on Thursday, 19 November 2026');
    expect(detail.Text).toContain('See my applications: https://console.passerelle.test/applications');
  });

  it('muted by email: nothing in the mailbox, the reminder in the list, the skip recorded', async () => {
    const lea = notifier.identity.addRecipient({ role: 'candidate', candidateId: randomUUID() });
    const candidateId = lea.candidateId!;
    const asLea = notifier.as({ subject: lea.accountId, role: 'candidate', candidateId });
    expect(await asLea.ok(SET, { input: { mutedEmail: ['APPLICATION_FOLLOW_UP'], mutedInApp: [] } })).toEqual(
      {
        setNotificationPreferences: { mutedEmail: ['APPLICATION_FOLLOW_UP'] },
      },
    );
    await followUpDue(candidateId, randomUUID(), '2026-12-03');
    await waitFor(async () => (await rowsAbout(candidateId)).length === 1, { what: 'the reminder recorded' });
    expect(await rowsAbout(candidateId)).toEqual([
      expect.objectContaining({
        kind: 'application_follow_up',
        status: 'skipped',
        skip_reason: 'unsubscribed',
      }),
    ]);
    expect(
      (await asLea.ok<{ notifications: { nodes: { kind: string }[] } }>(LIST)).notifications.nodes,
    ).toEqual([expect.objectContaining({ kind: 'APPLICATION_FOLLOW_UP' })]);
    await sleep(1000);
    expect(await notifier.mailbox.messagesTo(lea.email)).toEqual([]);
  });
});
