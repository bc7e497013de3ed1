import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PinnableClock } from '@passerelle/shared/clock';
import {
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  Mailbox,
  setUpProgramme,
  waitFor,
  weekdays,
} from '@passerelle/shared/testing';
import { startPlatform, type RunningPlatform } from './platform-harness';

// A reminder by text, end to end on real Kafka, PostgreSQL and SMTP (Mailpit): ops enrol a person
// with the mobile of their HR file; the person agrees to texts through the gateway; they book a
// session; when scheduling's 24-hour reminder falls due, the notifier writes the email and, with
// the number intake gives it, the text, which lands in the development provider's sink. Withdrawn,
// the next reminder goes by email only.

const LYON = randomUUID();
const { mailbox } = Mailbox.fromEnvironment();
// The services live on a clock of their own, moved to the moment a reminder falls due.
const clock = new PinnableClock();

let platform: RunningPlatform;
let notifierDb: Client;
let coachId: string;
let programmeId: string;

beforeAll(async () => {
  platform = await startPlatform(clock);
  notifierDb = new Client({ connectionString: platform.databaseUrls['notifier'] });
  await notifierDb.connect();
  const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] }));
  await createOffice(ops, { id: LYON, name: 'Lyon Part-Dieu', openingHours: weekdays('08:00', '20:00') });
  coachId = await createCoach(ops, {
    displayName: 'Nadia Petit',
    email: `nadia.petit.${randomUUID().slice(0, 8)}@cabinet.test`,
    officeIds: [LYON],
    weeklyHours: weekdays('08:00', '19:00'),
  });
  ({ programmeId } = await setUpProgramme(ops, {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Lyon 2026',
    officeIds: [LYON],
  }));
}, 180_000);

afterAll(async () => {
  await notifierDb?.end();
  await platform?.stop();
});

const textsTo = async (mobile: string) =>
  (await notifierDb.query<{ body: string }>(`SELECT body FROM sms_sink WHERE to_number = $1`, [mobile])).rows;

describe('a reminder by text', () => {
  it('reaches the mobile the person agreed to, from the HR file, when the reminder falls due', async () => {
    const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] }));
    const address = `ines.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    const candidateId = await enrol(ops, {
      programmeId,
      firstName: 'Inês',
      lastName: 'Moreira',
      email: address,
      phone: '07 98 76 54 32',
    });
    // Identity has opened the account (the notifier asks it whom to write to) once the invitation is out.
    await waitFor(async () => (await mailbox.messagesTo(address)).length === 1, {
      what: 'the invitation',
      timeoutMs: 60_000,
    });
    await coachAssignedTo(ops, candidateId);

    const person = platform.as(
      await platform.token({ sub: `candidate-${candidateId}`, role: 'candidate', candidate_id: candidateId }),
    );
    const SMS = `mutation S($input: RecordSmsConsentInput!) { recordSmsConsent(input: $input) { granted mobile } }`;
    expect(await person.ok(SMS, { input: { candidateId, granted: true } })).toEqual({
      recordSmsConsent: { granted: true, mobile: '+33798765432' },
    });

    const from = new Date(clock.now().getTime() + 2 * 86_400_000);
    const { availableSlots } = await person.ok<{ availableSlots: { startsAt: string }[] }>(
      `query S($input: AvailabilityInput!) { availableSlots(input: $input) { startsAt } }`,
      {
        input: {
          coachId,
          from: from.toISOString(),
          to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
          kind: 'FOLLOW_UP',
          mode: 'VIDEO',
        },
      },
    );
    const startsAt = new Date(availableSlots[0]!.startsAt);
    await person.ok(`mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`, {
      input: {
        candidateIds: [candidateId],
        kind: 'FOLLOW_UP',
        mode: 'VIDEO',
        startsAt: startsAt.toISOString(),
      },
    });
    await waitFor(async () => (await mailbox.messagesTo(address)).length === 2, {
      what: 'the booking email',
    });
    expect(await textsTo('+33798765432')).toEqual([]);

    // A day before, plus a minute: scheduling's poller announces the 24-hour reminder.
    clock.pin(new Date(startsAt.getTime() - 24 * 3_600_000 + 60_000).toISOString());
    const [text] = await waitFor(
      async () => {
        const rows = await textsTo('+33798765432');
        return rows.length > 0 && rows;
      },
      { what: 'the text in the sink', timeoutMs: 60_000 },
    );
    expect(text!.body).toMatch(
      /^Passerelle : rappel, Entretien de suivi .+\. Un empêchement \? http\S+\/sessions$/,
    );
    await waitFor(async () => (await mailbox.messagesTo(address)).length === 3, {
      what: 'the reminder email',
    });

    // Withdrawn: the 1-hour reminder goes by email only.
    expect(await person.ok(SMS, { input: { candidateId, granted: false } })).toEqual({
      recordSmsConsent: { granted: false, mobile: null },
    });
    await waitFor(
      async () =>
        (
          await notifierDb.query(
            `SELECT 1 FROM recipient_consent WHERE candidate_id = $1 AND purpose = 'sms_reminders' AND NOT granted`,
            [candidateId],
          )
        ).rowCount === 1,
      { what: 'the notifier to hear of the withdrawal' },
    );
    clock.pin(new Date(startsAt.getTime() - 3_600_000 + 60_000).toISOString());
    await waitFor(async () => (await mailbox.messagesTo(address)).length === 4, {
      what: 'the 1-hour reminder email',
    });
    expect(await textsTo('+33798765432')).toHaveLength(1);
  });
});
