import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as ical from 'node-ical';
import type { Identity } from '@passerelle/shared/auth';
import { expectGraphQLError, waitFor } from '@passerelle/shared/testing';
import { rowsAbout, startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// The notifier on its own, against real PostgreSQL, Kafka and Mailpit: events in, one email each
// out, whatever Kafka redelivers; identity's directory is the HTTP double of its contract.

const LYON = randomUUID();
const PARIS = randomUUID();
const opsLyon: Identity = { subject: randomUUID(), role: 'ops', officeIds: [LYON], allOffices: false };
const opsParis: Identity = { subject: randomUUID(), role: 'ops', officeIds: [PARIS], allOffices: false };

let notifier: NotifierUnderTest;

beforeAll(async () => {
  notifier = await startNotifier('notifier_service');
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

/** A person identity knows, with their own mailbox address. */
function person(over: { language?: 'fr' | 'en'; officeIds?: string[] } = {}) {
  const candidateId = randomUUID();
  return notifier.identity.addRecipient({ role: 'candidate', candidateId, officeIds: [LYON], ...over });
}

/** The mailbox after a pause long enough for a duplicate to have arrived had one been sent. */
async function settledMailTo(address: string) {
  await sleep(1500);
  return notifier.mailbox.messagesTo(address);
}

async function outgoing(where: string, params: unknown[]) {
  return notifier.dataSource.query(
    `SELECT kind, status, skip_reason, attempts, last_error, to_address, text_body FROM outgoing_message WHERE ${where}`,
    params,
  ) as Promise<
    {
      kind: string;
      status: string;
      skip_reason: string | null;
      attempts: number;
      last_error: string | null;
      to_address: string | null;
      text_body: string | null;
    }[]
  >;
}

async function calendarOf(messageId: string) {
  const detail = await notifier.mailbox.message(messageId);
  const [part] = detail.Attachments;
  const ics = (await notifier.mailbox.attachment(messageId, part!.PartID)).toString('utf8');
  const [event] = Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT');
  return { ics, event: event as ical.VEvent, detail };
}

describe('invitations', () => {
  it('sends one invitation with the link identity minted, whatever Kafka redelivers', async () => {
    const nadia = person();
    const invitationId = notifier.identity.addInvitation(nadia.accountId);
    const payload = {
      invitationId,
      accountId: nadia.accountId,
      purpose: 'invitation' as const,
      expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      issuedAt: new Date().toISOString(),
    };
    const event = await notifier.publish('InvitationIssued.v1', nadia.accountId, payload);
    const [received] = await notifier.mailbox.waitForMessagesTo(nadia.email, 1);
    expect(received).toMatchObject({ Subject: 'Votre accès à Passerelle', To: [{ Address: nadia.email }] });
    const detail = await notifier.mailbox.message(received!.ID);
    expect(detail.Text).toContain(`https://identity.passerelle.test/invitation/${invitationId}#secret-1`);
    expect(detail.HTML).toContain(
      `href="https://identity.passerelle.test/invitation/${invitationId}#secret-1"`,
    );

    await notifier.republish(event);
    expect(await settledMailTo(nadia.email)).toHaveLength(1);
    expect(notifier.identity.mints.get(invitationId)).toBe(1);
    // One call per Kafka batch (decision 0055): the recipients, then the links.
    expect(notifier.identity.calls.filter((call) => JSON.stringify(call).includes(nadia.accountId))).toEqual([
      {
        method: 'POST',
        path: '/internal/recipients/by-accounts',
        caller: 'notifier',
        body: { accountIds: [nadia.accountId] },
      },
    ]);
    expect(notifier.identity.calls.filter((call) => JSON.stringify(call).includes(invitationId))).toEqual([
      {
        method: 'POST',
        path: '/internal/invitations/links',
        caller: 'notifier',
        body: { invitationIds: [invitationId] },
      },
    ]);
    // Sent: the delivery log keeps the kind and status, not the address, nor the link.
    expect(await outgoing('recipient_account_id = $1', [nadia.accountId])).toEqual([
      expect.objectContaining({
        kind: 'invitation',
        status: 'sent',
        attempts: 1,
        to_address: null,
        text_body: null,
      }),
    ]);
  });

  it('sends nothing for a link identity no longer gives, nor to an unknown account, and records why', async () => {
    const paul = person({ language: 'en' });
    const used = notifier.identity.addInvitation(paul.accountId, { state: 'gone' });
    const nobody = randomUUID();
    const issued = (invitationId: string, accountId: string) => ({
      invitationId,
      accountId,
      purpose: 'sign_in_link' as const,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      issuedAt: new Date().toISOString(),
    });
    await notifier.publish('InvitationIssued.v1', paul.accountId, issued(used, paul.accountId));
    await notifier.publish('InvitationIssued.v1', nobody, issued(randomUUID(), nobody));
    const skips = await waitFor(
      async () => {
        const rows = await outgoing(`status = 'skipped' AND (dedupe_key LIKE $1 OR dedupe_key LIKE $2)`, [
          `%:${paul.accountId}:%`,
          `%:account:${nobody}:%`,
        ]);
        return rows.length === 2 && rows;
      },
      { what: 'two skipped invitations' },
    );
    expect(skips.map((row) => row.skip_reason).sort()).toEqual(['link_unavailable', 'recipient_unknown']);
    expect(await notifier.mailbox.messagesTo(paul.email)).toEqual([]);
  });
});

describe('sessions', () => {
  it('booking, moving and cancelling send one email each with a calendar file; redelivered, nothing more', async () => {
    const nadia = person();
    const sessionId = randomUUID();
    const slot = {
      sessionId,
      candidateId: nadia.candidateId!,
      coachId: randomUUID(),
      officeId: LYON,
      kind: 'follow_up' as const,
      mode: 'in_person' as const,
      startsAt: '2027-01-12T09:00:00.000Z',
      endsAt: '2027-01-12T10:00:00.000Z',
    };
    const booked = await notifier.publish('SessionBooked.v1', nadia.candidateId!, {
      ...slot,
      bookedAt: new Date().toISOString(),
    });
    const moved = { startsAt: '2027-01-14T13:30:00.000Z', endsAt: '2027-01-14T14:30:00.000Z' };
    const rescheduled = await notifier.publish('SessionRescheduled.v1', nadia.candidateId!, {
      ...slot,
      ...moved,
      previousStartsAt: slot.startsAt,
      previousEndsAt: slot.endsAt,
      previousCoachId: slot.coachId,
      rescheduledAt: new Date().toISOString(),
    });
    const cancelled = await notifier.publish('SessionCancelled.v1', nadia.candidateId!, {
      ...slot,
      ...moved,
      cancelledBy: 'candidate',
      reasonCode: 'personal',
      cancelledAt: new Date().toISOString(),
    });
    const received = await notifier.mailbox.waitForMessagesTo(nadia.email, 3);
    expect(received.map((m) => m.Subject)).toEqual([
      'Rendez-vous confirmé : Entretien de suivi, mardi 12 janvier 2027 à 10:00',
      'Rendez-vous déplacé : Entretien de suivi, jeudi 14 janvier 2027 à 14:30',
      'Rendez-vous annulé : Entretien de suivi, jeudi 14 janvier 2027 à 14:30',
    ]);
    const files = await Promise.all(received.map((m) => calendarOf(m.ID)));
    expect(files.map(({ ics }) => /METHOD:(\w+)/.exec(ics)?.[1])).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(
      files.map(({ event }) => [event.uid, event.sequence, event.start.toISOString(), event.status]),
    ).toEqual([
      [`${sessionId}@passerelle`, 0, slot.startsAt, 'CONFIRMED'],
      [`${sessionId}@passerelle`, 1, moved.startsAt, 'CONFIRMED'],
      [`${sessionId}@passerelle`, 2, moved.startsAt, 'CANCELLED'],
    ]);

    for (const event of [booked, rescheduled, cancelled]) await notifier.republish(event);
    expect(await settledMailTo(nadia.email)).toHaveLength(3);
  });

  it('tells the first person waiting that a seat was freed for them, by email and in their list', async () => {
    const lina = person();
    const sessionId = randomUUID();
    const promoted = await notifier.publish('SessionBooked.v1', lina.candidateId!, {
      sessionId,
      candidateId: lina.candidateId!,
      coachId: randomUUID(),
      officeId: LYON,
      kind: 'group_workshop',
      mode: 'video',
      startsAt: '2027-02-04T13:00:00.000Z',
      endsAt: '2027-02-04T15:00:00.000Z',
      bookedAt: new Date().toISOString(),
      reasonCode: 'waiting_list',
      workshopTopic: 'networking',
    });
    const subject =
      'Une place s’est libérée pour vous : atelier « Réseau et LinkedIn », jeudi 4 février 2027 à 14:00';
    const [mail] = await notifier.mailbox.waitForMessagesTo(lina.email, 1);
    expect(mail?.Subject).toBe(subject);
    expect((await notifier.mailbox.message(mail!.ID)).Text).toContain(
      'Vous étiez sur la liste d’attente : la place est à vous.',
    );
    expect(/METHOD:(\w+)/.exec((await calendarOf(mail!.ID)).ics)?.[1]).toBe('REQUEST');
    const listed = await notifier.dataSource.query(
      `SELECT kind, title FROM in_app_notification WHERE candidate_id = $1`,
      [lina.candidateId],
    );
    expect(listed).toEqual([{ kind: 'session_booked', title: subject }]);
    await notifier.republish(promoted);
    expect(await settledMailTo(lina.email)).toHaveLength(1);
  });

  it('reminds the person, in their language, naming the session it saw booked', async () => {
    const sam = person({ language: 'en' });
    const sessionId = randomUUID();
    const startsAt = '2027-01-20T08:00:00.000Z';
    const common = { sessionId, candidateId: sam.candidateId!, coachId: randomUUID() };
    await notifier.publish('SessionBooked.v1', sam.candidateId!, {
      ...common,
      officeId: LYON,
      kind: 'debrief',
      mode: 'video',
      startsAt,
      endsAt: '2027-01-20T09:00:00.000Z',
      bookedAt: new Date().toISOString(),
    });
    await notifier.publish('SessionReminderDue.v1', sam.candidateId!, {
      ...common,
      reminderId: randomUUID(),
      startsAt,
      leadMinutes: 24 * 60,
      dueAt: '2027-01-19T08:00:00.000Z',
    });
    const [, reminder] = await notifier.mailbox.waitForMessagesTo(sam.email, 2);
    expect(reminder?.Subject).toBe('Reminder: Results debrief tomorrow');
    expect((await notifier.mailbox.message(reminder!.ID)).Text).toContain(
      'A quick reminder: Results debrief, Wednesday, 20 January 2027 at 09:00.',
    );
  });
});

describe('when the mail relay is down', () => {
  it('retries with back-off, parks the message for ops of the office, and sends it when ops retry', async () => {
    const nadia = person();
    notifier.gate.shut();
    try {
      await notifier.publish('ResultsReleased.v1', nadia.candidateId!, {
        assessmentId: randomUUID(),
        candidateId: nadia.candidateId!,
        coachId: randomUUID(),
        milestoneId: null,
        releasedAt: new Date().toISOString(),
      });
      const [parked] = await waitFor(
        async () => {
          const rows = await outgoing(`recipient_account_id = $1 AND status = 'parked'`, [nadia.accountId]);
          return rows.length === 1 && rows;
        },
        { what: 'the message parked' },
      );
      expect(parked).toMatchObject({
        kind: 'results_released',
        attempts: 3,
        last_error: expect.stringMatching(/421|closed|ECONN/i),
      });
    } finally {
      notifier.gate.reopen();
    }
    expect(await notifier.mailbox.messagesTo(nadia.email)).toEqual([]);

    const LIST = `query { parkedMessages(first: 50) { nodes { id kind toAddress attempts lastError } pageInfo { hasNextPage } } }`;
    type Listed = {
      parkedMessages: { nodes: { id: string; kind: string; toAddress: string; attempts: number }[] };
    };
    const seenByLyon = (await notifier.as(opsLyon).ok<Listed>(LIST)).parkedMessages.nodes;
    const mine = seenByLyon.filter((node) => node.toAddress === nadia.email);
    expect(mine).toEqual([expect.objectContaining({ kind: 'RESULTS_RELEASED', attempts: 3 })]);
    const seenByParis = (await notifier.as(opsParis).ok<Listed>(LIST)).parkedMessages.nodes;
    expect(seenByParis.filter((node) => node.toAddress === nadia.email)).toEqual([]);

    const RETRY = `mutation($id: ID!) { retryParkedMessage(id: $id) { id kind } }`;
    expectGraphQLError(await notifier.as(opsParis).request(RETRY, { id: mine[0]!.id }), 'MESSAGE_NOT_FOUND');
    const candidate: Identity = {
      subject: nadia.accountId,
      role: 'candidate',
      candidateId: nadia.candidateId!,
    };
    expectGraphQLError(await notifier.as(candidate).request(RETRY, { id: mine[0]!.id }), 'FORBIDDEN');

    expect(await notifier.as(opsLyon).ok(RETRY, { id: mine[0]!.id })).toEqual({
      retryParkedMessage: { id: mine[0]!.id, kind: 'RESULTS_RELEASED' },
    });
    const [delivered] = await notifier.mailbox.waitForMessagesTo(nadia.email, 1);
    expect(delivered?.Subject).toBe('Vos résultats sont disponibles');
    expectGraphQLError(await notifier.as(opsLyon).request(RETRY, { id: mine[0]!.id }), 'MESSAGE_NOT_PARKED');
  });
});

describe('erasure', () => {
  it('forgets every message, calendar and job lead of the person, once', async () => {
    const nadia = person();
    const candidateId = nadia.candidateId!;
    await notifier.publish('SessionBooked.v1', candidateId, {
      sessionId: randomUUID(),
      candidateId,
      coachId: randomUUID(),
      officeId: LYON,
      kind: 'welcome',
      mode: 'phone',
      startsAt: '2027-02-01T09:00:00.000Z',
      endsAt: '2027-02-01T10:00:00.000Z',
      bookedAt: new Date().toISOString(),
    });
    await notifier.publish('OffersMatched.v1', candidateId, {
      candidateId,
      computedAt: new Date().toISOString(),
      offers: [{ offerId: randomUUID(), rank: 1, score: 0.9 }],
    });
    await notifier.mailbox.waitForMessagesTo(nadia.email, 1);
    await waitFor(async () => (await rowsAbout(notifier.dataSource, 'job_lead', candidateId)) === 1, {
      what: 'the job lead kept',
    });
    const tables = ['outgoing_message', 'in_app_notification', 'session_calendar', 'job_lead'];
    expect(
      await Promise.all(tables.map((table) => rowsAbout(notifier.dataSource, table, candidateId))),
    ).toEqual([1, 1, 1, 1]);

    const erased = await notifier.publish('CandidateErased.v1', candidateId, {
      candidateId,
      erasedAt: new Date().toISOString(),
    });
    await notifier.republish(erased);
    await waitFor(async () => (await rowsAbout(notifier.dataSource, 'outgoing_message', candidateId)) === 0, {
      what: 'the messages erased',
    });
    expect(
      await Promise.all(tables.map((table) => rowsAbout(notifier.dataSource, table, candidateId))),
    ).toEqual([0, 0, 0, 0]);
  });

  it('sends nothing for an invitation issued before the erasure and read after it, nor for a later event about the person', async () => {
    const nadia = person();
    const candidateId = nadia.candidateId!;
    // Identity issued the invitation, then the person was erased; notifier reads the erasure first
    // (intake's topic) and the invitation after it (identity's topic), identity not erased yet.
    const invitationId = notifier.identity.addInvitation(nadia.accountId);
    await notifier.publish('CandidateErased.v1', candidateId, {
      candidateId,
      erasedAt: '2026-12-05T10:00:00.000Z',
    });
    await waitFor(
      async () =>
        (
          await notifier.dataSource.query(`SELECT 1 FROM erased_candidate WHERE candidate_id = $1`, [
            candidateId,
          ])
        ).length === 1,
      { what: 'the erasure applied' },
    );
    await notifier.publish('InvitationIssued.v1', nadia.accountId, {
      invitationId,
      accountId: nadia.accountId,
      purpose: 'invitation',
      expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      issuedAt: '2026-12-05T09:59:00.000Z',
    });
    await notifier.publish('OffersMatched.v1', candidateId, {
      candidateId,
      computedAt: new Date().toISOString(),
      offers: [{ offerId: randomUUID(), rank: 1, score: 0.9 }],
    });
    expect(await settledMailTo(nadia.email)).toEqual([]);
    expect(notifier.identity.mints.get(invitationId)).toBeUndefined();
    expect(await rowsAbout(notifier.dataSource, 'outgoing_message', candidateId)).toBe(0);
    expect(await outgoing('recipient_account_id = $1', [nadia.accountId])).toEqual([]);
    expect(
      await notifier.dataSource.query(`SELECT * FROM erased_candidate WHERE candidate_id = $1`, [
        candidateId,
      ]),
    ).toEqual([{ candidate_id: candidateId, erased_at: new Date('2026-12-05T10:00:00.000Z') }]);
  });
});
