import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import { EVENT_CATALOGUE } from '@passerelle/shared/contracts';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  testInfrastructure,
  waitFor,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { identityApp } from '../../apps/identity/src/identity.app';
import { ContactOwners } from '../../apps/identity/src/test/contact-owners';
import { identityTestEnv, TEST_CALLBACK } from '../../apps/identity/src/test/identity-test-kit';
import { OidcBrowser } from '../../apps/identity/src/test/oidc-browser';
import { startNotifier, type NotifierUnderTest } from '../../apps/notifier/src/test/notifier-test-kit';

// Identity and the notifier together over real Kafka, PostgreSQL and Mailpit: a person enrolled by
// intake (its contact route played by identity's ContactOwners) gets an account and an invitation
// from identity; the notifier asks identity itself whom to write to and for the link, and Mailpit
// receives exactly one invitation, whose link sets a password the person then signs in with.

const PASSWORD = 'une nouvelle route pour demain';

let database: TestDatabase;
let identity: INestApplication;
let owners: ContactOwners;
let notifier: NotifierUnderTest;
let identityUrl: string;

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('notifier_with_identity');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  const env = identityTestEnv(port, database.url, kafkaBrokers);
  // Identity's groups start at the end of every topic: only this test's events matter.
  const admin = new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  for (const topic of new Set(Object.values(EVENT_CATALOGUE).map((event) => event.topic))) {
    if (!existing.has(topic)) continue;
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.setOffsets({
      groupId: `${env['KAFKA_GROUP_PREFIX']}.identity.${topic}`,
      topic,
      partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
    });
  }
  await admin.disconnect();
  owners = new ContactOwners(env['INTERNAL_IDENTITY_SECRET']!);
  const ownersUrl = await owners.start();
  identity = await startService(identityApp, {
    ...env,
    OUTBOX_POLL_INTERVAL_MS: '50',
    INTAKE_INTERNAL_URL: ownersUrl,
    SCHEDULING_INTERNAL_URL: ownersUrl,
  });
  identityUrl = `http://127.0.0.1:${port}`;
  notifier = await startNotifier('notifier_with_identity', {
    INTERNAL_IDENTITY_SECRET: env['INTERNAL_IDENTITY_SECRET']!,
    IDENTITY_INTERNAL_URL: identityUrl,
  });
}, 90_000);

afterAll(async () => {
  await notifier?.stop();
  await identity?.close();
  await owners?.stop();
  await database?.drop();
});

describe('an enrolled person', () => {
  it('receives exactly one invitation, through identity, and its link lets them in', async () => {
    const candidateId = randomUUID();
    const email = `ines.${candidateId.slice(0, 8)}@example.fr`;
    owners.candidates.set(candidateId, { email, firstName: 'Inès', lastName: 'Garcia', language: 'fr' });
    const enrolment = {
      candidateId,
      programmeId: randomUUID(),
      sponsorId: randomUUID(),
      officeIds: [randomUUID()],
      enrolledAt: new Date().toISOString(),
      formerOccupationCode: null,
      languages: ['fr'],
    };
    const enrolled = await notifier.publish('CandidateEnrolled.v1', candidateId, enrolment);
    await notifier.republish(enrolled);

    const [invitation] = await waitFor(
      async () => {
        const messages = await notifier.mailbox.messagesTo(email);
        return messages.length > 0 && messages;
      },
      { what: `the invitation to ${email}`, timeoutMs: 40_000 },
    );
    expect(invitation).toMatchObject({ Subject: 'Votre accès à Passerelle', To: [{ Address: email }] });
    const text = (await notifier.mailbox.message(invitation!.ID)).Text;
    expect(text).toContain('Bonjour Inès Garcia,');
    const link = new RegExp(`${identityUrl}/\\S+`).exec(text)?.[0];
    expect(link).toEqual(expect.any(String));

    // The link sets a password, once; then the person signs in with it (code + PKCE).
    const page = await fetch(link!);
    expect(page.status).toBe(200);
    const set = await fetch(link!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: PASSWORD, confirmation: PASSWORD }).toString(),
    });
    expect(set.status).toBeLessThan(400);
    const tokens = await new OidcBrowser(`${identityUrl}/oidc`, CONSOLE_CLIENT_ID, TEST_CALLBACK).signIn(
      email,
      PASSWORD,
    );
    expect(tokens.access_token).toEqual(expect.any(String));

    // Whatever was delivered twice, one message reached the mailbox.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await notifier.mailbox.messagesTo(email)).toHaveLength(1);
  });
});
