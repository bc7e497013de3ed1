import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Identity } from '@passerelle/shared/auth';
import { waitFor } from '@passerelle/shared/testing';
import { HttpDouble } from './test/http-double';
import { rowsAbout, startNotifier, type NotifierUnderTest } from './test/notifier-test-kit';

// Reminders by text message (issue 13, item 8) and consent recorded in intake (item 10), on real
// PostgreSQL, Kafka and Mailpit: the development sink as the provider, then Twilio's REST API
// played by an HTTP double that checks what Twilio checks.

const LYON = randomUUID();
const opsLyon: Identity = { subject: randomUUID(), role: 'ops', officeIds: [LYON], allOffices: false };
const TWILIO_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const TWILIO_TOKEN = 'twilio-auth-token-for-tests';

let notifier: NotifierUnderTest;

beforeAll(async () => {
  notifier = await startNotifier('notifier_texts');
}, 60_000);

afterAll(async () => {
  await notifier?.stop();
});

function person(on: NotifierUnderTest = notifier) {
  return on.identity.addRecipient({ role: 'candidate', candidateId: randomUUID(), officeIds: [LYON] });
}

async function consent(
  on: NotifierUnderTest,
  candidateId: string,
  purpose: 'privacy_notice' | 'sms_reminders',
  granted: boolean,
) {
  const recordedAt = new Date().toISOString();
  await on.publish('ConsentRecorded.v1', candidateId, {
    candidateId,
    purpose,
    granted,
    noticeVersion: '2026.1',
    recordedAt,
  });
  await waitFor(
    async () => {
      const [row]: { granted: boolean }[] = await on.dataSource.query(
        `SELECT granted FROM recipient_consent WHERE candidate_id = $1 AND purpose = $2 AND recorded_at = $3`,
        [candidateId, purpose, recordedAt],
      );
      return row?.granted === granted;
    },
    { what: `the ${purpose} consent of ${candidateId}` },
  );
}

async function remind(on: NotifierUnderTest, candidateId: string) {
  return on.publish('SessionReminderDue.v1', candidateId, {
    sessionId: randomUUID(),
    candidateId,
    coachId: randomUUID(),
    reminderId: randomUUID(),
    startsAt: '2027-01-20T08:00:00.000Z',
    leadMinutes: 24 * 60,
    dueAt: '2027-01-19T08:00:00.000Z',
  });
}

type Row = {
  channel: string;
  status: string;
  skip_reason: string | null;
  to_address: string | null;
  last_error: string | null;
};

async function messagesOf(on: NotifierUnderTest, candidateId: string, count: number): Promise<Row[]> {
  return waitFor(
    async () => {
      const rows: Row[] = await on.dataSource.query(
        `SELECT channel, status, skip_reason, to_address, last_error FROM outgoing_message
         WHERE candidate_id = $1 ORDER BY channel`,
        [candidateId],
      );
      return rows.length >= count && rows.every((row) => row.status !== 'pending') && rows;
    },
    { what: `${count} settled message(s) about ${candidateId}` },
  );
}

const sinkOf = async (on: NotifierUnderTest, mobile: string) =>
  (await on.dataSource.query(`SELECT to_number, sender, body FROM sms_sink WHERE to_number = $1`, [
    mobile,
  ])) as {
    to_number: string;
    sender: string;
    body: string;
  }[];

describe('with the development sink', () => {
  it('texts a reminder to a person who agreed to texts, once, beside the email, keeping no number once sent', async () => {
    const nadia = person();
    const mobile = `+3361${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    notifier.intake.consent(nadia.candidateId!, mobile);
    await consent(notifier, nadia.candidateId!, 'sms_reminders', true);

    const reminder = await remind(notifier, nadia.candidateId!);
    expect(await messagesOf(notifier, nadia.candidateId!, 2)).toEqual([
      { channel: 'email', status: 'sent', skip_reason: null, to_address: null, last_error: null },
      { channel: 'sms', status: 'sent', skip_reason: null, to_address: null, last_error: null },
    ]);
    expect(await sinkOf(notifier, mobile)).toEqual([
      {
        to_number: mobile,
        sender: 'Passerelle',
        body: 'Passerelle : rappel, votre rendez-vous mercredi 20 janvier 2027 à 09:00. Un empêchement ? https://console.passerelle.test/sessions',
      },
    ]);
    expect(await notifier.mailbox.messagesTo(nadia.email)).toHaveLength(1);

    await notifier.republish(reminder);
    await sleep(1500);
    expect(await sinkOf(notifier, mobile)).toHaveLength(1);
    expect(await notifier.mailbox.messagesTo(nadia.email)).toHaveLength(1);
  });

  it('sends no text without consent, and records why when intake says consent was withdrawn meanwhile', async () => {
    const never = person();
    await remind(notifier, never.candidateId!);
    expect(await messagesOf(notifier, never.candidateId!, 1)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent' }),
    ]);

    // The notifier still holds the consent, but intake no longer gives the number: nothing is texted.
    const withdrawn = person();
    await consent(notifier, withdrawn.candidateId!, 'sms_reminders', true);
    await remind(notifier, withdrawn.candidateId!);
    expect(await messagesOf(notifier, withdrawn.candidateId!, 2)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent' }),
      {
        channel: 'sms',
        status: 'skipped',
        skip_reason: 'no_sms_consent',
        to_address: null,
        last_error: null,
      },
    ]);
  });

  it('honours a withdrawn privacy notice: nothing that is not essential, but session changes still go', async () => {
    const sam = person();
    notifier.intake.consent(sam.candidateId!, '+33700000001');
    await consent(notifier, sam.candidateId!, 'sms_reminders', true);
    await consent(notifier, sam.candidateId!, 'privacy_notice', false);
    await remind(notifier, sam.candidateId!);
    expect(await messagesOf(notifier, sam.candidateId!, 2)).toEqual([
      {
        channel: 'email',
        status: 'skipped',
        skip_reason: 'consent_withdrawn',
        to_address: null,
        last_error: null,
      },
      {
        channel: 'sms',
        status: 'skipped',
        skip_reason: 'consent_withdrawn',
        to_address: null,
        last_error: null,
      },
    ]);

    await notifier.publish('SessionCancelled.v1', sam.candidateId!, {
      sessionId: randomUUID(),
      candidateId: sam.candidateId!,
      coachId: randomUUID(),
      officeId: LYON,
      kind: 'follow_up',
      mode: 'video',
      startsAt: '2027-01-21T08:00:00.000Z',
      endsAt: '2027-01-21T09:00:00.000Z',
      cancelledBy: 'coach',
      reasonCode: 'coach_unavailable',
      cancelledAt: new Date().toISOString(),
    });
    await waitFor(async () => (await notifier.mailbox.messagesTo(sam.email)).length === 1, {
      what: 'the cancellation, essential, by email',
    });

    // Given again: reminders go again.
    await consent(notifier, sam.candidateId!, 'privacy_notice', true);
    await remind(notifier, sam.candidateId!);
    await waitFor(async () => (await sinkOf(notifier, '+33700000001')).length === 1, { what: 'the text' });
  });

  it('forgets the person’s consents when they are erased', async () => {
    const gone = person();
    await consent(notifier, gone.candidateId!, 'sms_reminders', true);
    expect(await rowsAbout(notifier.dataSource, 'recipient_consent', gone.candidateId!)).toBe(1);
    await notifier.publish('CandidateErased.v1', gone.candidateId!, {
      candidateId: gone.candidateId!,
      erasedAt: new Date().toISOString(),
    });
    await waitFor(
      async () => (await rowsAbout(notifier.dataSource, 'recipient_consent', gone.candidateId!)) === 0,
      {
        what: 'the consent erased',
      },
    );
  });
});

describe('through Twilio’s REST API', () => {
  let twilio: HttpDouble;
  let viaTwilio: NotifierUnderTest;
  /** How the double answers the next texts: 201 once they run out. */
  const answers: { status: number; body: unknown }[] = [];

  beforeAll(async () => {
    twilio = await HttpDouble.start(({ method, path, headers }) => {
      if (method !== 'POST' || path !== `/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`)
        return { status: 404, body: { code: 20404, message: 'The requested resource was not found' } };
      const expected = `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64')}`;
      if (headers.authorization !== expected)
        return { status: 401, body: { code: 20003, message: 'Authenticate' } };
      return (
        answers.shift() ?? {
          status: 201,
          body: { sid: `SM${randomUUID().replace(/-/g, '')}`, status: 'queued' },
        }
      );
    });
    viaTwilio = await startNotifier('notifier_twilio', {
      SMS_PROVIDER: 'twilio',
      SMS_SENDER: '+33757000000',
      TWILIO_API_URL: twilio.url,
      TWILIO_ACCOUNT_SID: TWILIO_SID,
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
    });
  }, 60_000);

  afterAll(async () => {
    await viaTwilio?.stop();
    await twilio?.stop();
  });

  const textsTo = (mobile: string) =>
    twilio.received.filter((request) => new URLSearchParams(request.body).get('To') === mobile);

  it('posts the text form-encoded with the account’s credentials, and retries what Twilio answers later', async () => {
    const lea = person(viaTwilio);
    viaTwilio.intake.consent(lea.candidateId!, '+33611111111');
    await consent(viaTwilio, lea.candidateId!, 'sms_reminders', true);
    answers.push({ status: 503, body: { code: 20500, message: 'Internal Server Error' } });
    await remind(viaTwilio, lea.candidateId!);
    const rows = await messagesOf(viaTwilio, lea.candidateId!, 2);
    expect(rows.map((row) => [row.channel, row.status])).toEqual([
      ['email', 'sent'],
      ['sms', 'sent'],
    ]);
    const [failed, accepted] = textsTo('+33611111111');
    expect(failed).toBeDefined();
    expect(accepted?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(accepted!.body))).toEqual({
      To: '+33611111111',
      From: '+33757000000',
      Body: expect.stringMatching(
        /^Passerelle : rappel, votre rendez-vous mercredi 20 janvier 2027 à 09:00\./,
      ),
    });
  });

  it('parks a text Twilio refuses for good, with its code, for ops of the office', async () => {
    const tom = person(viaTwilio);
    viaTwilio.intake.consent(tom.candidateId!, '+33622222222');
    await consent(viaTwilio, tom.candidateId!, 'sms_reminders', true);
    answers.push({
      status: 400,
      body: {
        code: 21211,
        message: "The 'To' number +33622222222 is not a valid phone number.",
        status: 400,
      },
    });
    await remind(viaTwilio, tom.candidateId!);
    const rows = await messagesOf(viaTwilio, tom.candidateId!, 2);
    expect(rows[1]).toMatchObject({ channel: 'sms', status: 'parked', to_address: '+33622222222' });
    expect(rows[1]!.last_error).toContain('Twilio answered 400 (code 21211)');
    expect(textsTo('+33622222222')).toHaveLength(1);

    const listed = await viaTwilio.as(opsLyon).ok<{
      parkedMessages: { nodes: { channel: string; kind: string; toAddress: string; lastError: string }[] };
    }>(`{ parkedMessages { nodes { channel kind toAddress lastError } } }`);
    expect(listed.parkedMessages.nodes).toContainEqual({
      channel: 'SMS',
      kind: 'SESSION_REMINDER',
      toAddress: '+33622222222',
      lastError: expect.stringContaining('21211'),
    });
  });
});
