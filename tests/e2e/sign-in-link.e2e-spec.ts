import { randomUUID } from 'node:crypto';
import { ACCESS_LINK, createCoach, createOffice, Mailbox, weekdays } from '@passerelle/shared/testing';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { TEST_CALLBACK } from '../../apps/identity/src/test/identity-test-kit';
import { OidcBrowser } from '../../apps/identity/src/test/oidc-browser';
import { startPlatform, type RunningPlatform } from './platform-harness';

// "Forgot my password" end to end on real Kafka, PostgreSQL and SMTP (Mailpit): a coach ops added
// is invited; they ask for a sign-in link on identity's sign-in page instead, the notifier writes
// it, its link replaces the invitation's, sets a new password, and they sign in with it (second
// factor included). An address without an account is answered alike and gets no email.

const LYON = randomUUID();
const NEW_PASSWORD = 'un nouveau départ à Lyon';
const { mailbox } = Mailbox.fromEnvironment();

let platform: RunningPlatform;
let coachAddress: string;

const browser = () => new OidcBrowser(platform.identityIssuer, CONSOLE_CLIENT_ID, TEST_CALLBACK);

beforeAll(async () => {
  platform = await startPlatform();
  const ops = platform.as(await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] }));
  await createOffice(ops, { id: LYON, name: 'Lyon Part-Dieu', openingHours: weekdays('08:00', '20:00') });
  coachAddress = `nadia.petit.${randomUUID().slice(0, 8)}@cabinet.test`;
  await createCoach(ops, {
    displayName: 'Nadia Petit',
    email: coachAddress,
    officeIds: [LYON],
    weeklyHours: weekdays('08:00', '19:00'),
  });
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

describe('a sign-in link asked for on the sign-in page', () => {
  it('reaches the mailbox, replaces the invitation, sets a new password; the person signs in', async () => {
    const [invitation] = await mailbox.waitForMessagesTo(coachAddress, 1);
    const invitationLink = await mailbox.find(invitation!, ACCESS_LINK);

    const asking = browser();
    const { page } = await asking.start(await asking.configuration());
    const nobody = `personne.${randomUUID().slice(0, 8)}@cabinet.test`;
    const answers = [
      await asking.page(`${page.url}/sign-in-link`, { email: coachAddress }),
      await asking.page(`${page.url}/sign-in-link`, { email: nobody }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers[0]!.html).toBe(answers[1]!.html);

    const [, sent, ...more] = await mailbox.waitForMessagesTo(coachAddress, 2);
    expect(more).toEqual([]);
    expect(sent!.Subject).toBe('Votre lien de connexion à Passerelle');
    const link = await mailbox.find(sent!, ACCESS_LINK);
    // Only the latest email's link works.
    expect((await fetch(invitationLink)).status).toBe(410);
    const form = await fetch(link);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('<h1>Choisir un nouveau mot de passe</h1>');
    const set = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: NEW_PASSWORD, confirmation: NEW_PASSWORD }).toString(),
    });
    expect(set.status).toBe(200);

    const tokens = await browser().signIn(coachAddress, NEW_PASSWORD);
    const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ role: 'coach', amr: ['pwd', 'otp'] });
    // Nothing was ever sent to the address without an account.
    expect(await mailbox.messagesTo(nobody)).toEqual([]);
  });
});
