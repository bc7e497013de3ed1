import { randomUUID } from 'node:crypto';
import * as ical from 'node-ical';
import { cellsOf, csvFile, hrRows } from '@passerelle/intake/feature-import/testing';
import {
  ACCESS_LINK,
  coachAssignedTo,
  createCoach,
  createOffice,
  enrol,
  expectGraphQLError,
  gatewayAs,
  Mailbox,
  setUpProgramme,
  waitFor,
  weekdays,
  type GraphQLClient,
  type ReceivedMessage,
} from '@passerelle/shared/testing';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { TEST_CALLBACK } from '../../apps/identity/src/test/identity-test-kit';
import { OidcBrowser } from '../../apps/identity/src/test/oidc-browser';
import { bearer, startPlatform, type RunningPlatform } from './platform-harness';

// How people reach the platform and the platform reaches them, end to end on real Kafka,
// PostgreSQL and SMTP (Mailpit): an HR import enrols a person, identity opens their account and the
// notifier sends exactly one invitation; the person follows its link, chooses a password, signs in
// (code + PKCE) and works through the gateway with the token identity issued: they book, move and
// cancel a session, and receive one email for each with a calendar file a third-party parser reads.
// The coach ops added is invited the same way and signs in with a password and a second factor.

const LYON = randomUUID();
const PASSWORD = 'une nouvelle page commence';
const { mailbox } = Mailbox.fromEnvironment();

let platform: RunningPlatform;
let gatewayUrl: string;
let ops: string;
let programmeId: string;
let coachAddress: string;
let coachId: string;

const IMPORT = `mutation Import($input: ImportCandidatesInput!) { importCandidates(input: $input) { id } }`;

/** Uploads an HR file as ops' browser does (GraphQL multipart), and waits for the import to end. */
async function importFile(file: Buffer): Promise<void> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: IMPORT, variables: { input: { programmeId, file: null } } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new Blob([file], { type: 'text/csv' }), 'salaries.csv');
  const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: bearer(ops), body: form });
  const { data } = (await response.json()) as { data: { importCandidates: { id: string } } };
  await waitFor(
    async () => {
      const { importBatch } = await platform
        .as(ops)
        .ok<{ importBatch: { status: string } }>(`query B($id: ID!) { importBatch(id: $id) { status } }`, {
          id: data.importCandidates.id,
        });
      return importBatch.status === 'COMPLETED' ? importBatch : null;
    },
    { what: 'the import to complete', timeoutMs: 30_000 },
  );
}

/** The invitation's link, read from the plain-text body of the first message to `address`. */
async function invitationLink(address: string): Promise<string> {
  const [invitation] = await mailbox.waitForMessagesTo(address, 1);
  return mailbox.find(invitation!, ACCESS_LINK);
}

/** Chooses a password on the invitation page, as the person's browser posts it. */
async function choosePassword(link: string): Promise<number> {
  expect((await fetch(link)).status).toBe(200);
  const response = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password: PASSWORD, confirmation: PASSWORD }).toString(),
  });
  return response.status;
}

/** The calendar file attached to a message, read by node-ical: its METHOD and its one event. */
async function calendarOf(
  message: ReceivedMessage,
): Promise<{ method: string; uid: string; sequence: number; start: Date }> {
  const detail = await mailbox.message(message.ID);
  const file = detail.Attachments.find((attachment) => attachment.ContentType.startsWith('text/calendar'));
  if (!file) throw new Error(`no calendar file in "${message.Subject}"`);
  const text = (await mailbox.attachment(message.ID, file.PartID)).toString('utf8');
  const parsed = Object.values(ical.sync.parseICS(text));
  const event = parsed.find((component) => component?.type === 'VEVENT') as ical.VEvent;
  const method = /^METHOD:(\w+)/m.exec(text)?.[1] ?? '';
  return { method, uid: event.uid, sequence: Number(event.sequence ?? 0), start: event.start };
}

const browser = () => new OidcBrowser(platform.identityIssuer, CONSOLE_CLIENT_ID, TEST_CALLBACK);

beforeAll(async () => {
  platform = await startPlatform();
  gatewayUrl = await platform.startIdentityGateway();
  ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
  const asOps = platform.as(ops);
  await createOffice(asOps, { id: LYON, name: 'Lyon Part-Dieu', openingHours: weekdays('08:00', '20:00') });
  coachAddress = `nadia.petit.${randomUUID().slice(0, 8)}@cabinet.test`;
  coachId = await createCoach(asOps, {
    displayName: 'Nadia Petit',
    email: coachAddress,
    officeIds: [LYON],
    weeklyHours: weekdays('08:00', '19:00'),
  });
  ({ programmeId } = await setUpProgramme(asOps, {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Lyon 2026',
    officeIds: [LYON],
  }));
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

describe('from the HR file to a first sign-in, and the sessions that follow', () => {
  it('invites an enrolled person once; they sign in, book, move and cancel a session, an email each', async () => {
    const address = `ines.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    const [row] = hrRows(1);
    await importFile(csvFile([cellsOf({ ...row!, email: address })], { delimiter: ';', encoding: 'utf-8' }));
    expect(await choosePassword(await invitationLink(address))).toBe(200);

    const tokens = await browser().signIn(address, PASSWORD);
    const person: GraphQLClient = gatewayAs(gatewayUrl, tokens.access_token);
    const { myAccount } = await person.ok<{ myAccount: { role: string; candidateId: string } }>(
      `{ myAccount { role candidateId } }`,
    );
    expect(myAccount.role).toBe('CANDIDATE');
    const me = myAccount.candidateId;
    await coachAssignedTo(platform.as(ops), me);

    // Their coach's free slots in the coming week; they book one, then move it, then cancel it.
    const from = new Date(Date.now() + 2 * 86_400_000);
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
    const [first, second] = availableSlots;
    const { bookSession } = await person.ok<{ bookSession: { id: string } }>(
      `mutation B($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
      { input: { candidateIds: [me], kind: 'FOLLOW_UP', mode: 'VIDEO', startsAt: first!.startsAt } },
    );
    await person.ok(
      `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`,
      {
        input: { sessionId: bookSession.id, startsAt: second!.startsAt },
      },
    );
    await person.ok(`mutation C($input: CancelSessionInput!) { cancelSession(input: $input) { id } }`, {
      input: { sessionId: bookSession.id, reason: 'CANDIDATE_UNAVAILABLE' },
    });

    const [, booked, moved, cancelled, ...more] = await mailbox.waitForMessagesTo(address, 4);
    const calendars = await Promise.all([booked!, moved!, cancelled!].map(calendarOf));
    expect(calendars.map((c) => c.method)).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(new Set(calendars.map((c) => c.uid)).size).toBe(1);
    expect(calendars[1]!.sequence).toBeGreaterThan(calendars[0]!.sequence);
    expect(calendars[0]!.start).toEqual(new Date(first!.startsAt));
    expect(calendars[1]!.start).toEqual(new Date(second!.startsAt));

    // The same news waits in their list, and the console's live badge counts it (SSE through the gateway).
    const badge = await fetch(new URL('/notifications/stream', gatewayUrl), {
      headers: { authorization: `Bearer ${tokens.access_token}`, accept: 'text/event-stream' },
    });
    expect(badge.headers.get('content-type')).toContain('text/event-stream');
    const reader = badge.body!.getReader();
    let opened = '';
    while (!opened.includes('event: unread')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      opened += new TextDecoder().decode(chunk.value);
    }
    await reader.cancel();
    expect(opened).toMatch(/event: unread\n(id: \d+\n)?data: \{"unread":3\}/);

    // Nothing more arrives: one invitation, one email per change.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(more).toEqual([]);
    expect(await mailbox.messagesTo(address)).toHaveLength(4);
  });

  it('invites the coach ops added; the coach signs in with a password and a second factor', async () => {
    expect(await choosePassword(await invitationLink(coachAddress))).toBe(200);

    // First sign-in: the second factor is set up on the spot (the key shown, a first code typed).
    const first = await browser().signIn(coachAddress, PASSWORD);
    expect(first.enrolment?.recoveryCodes).toHaveLength(10);
    const claims = JSON.parse(Buffer.from(first.access_token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({
      role: 'coach',
      coach_id: coachId,
      office_ids: [LYON],
      amr: ['pwd', 'otp'],
    });
    const caseload = await gatewayAs(gatewayUrl, first.access_token).ok<{ caseload: unknown[] }>(
      `query C($id: ID!) { caseload(coachId: $id) { candidateId } }`,
      { id: coachId },
    );
    expect(caseload.caseload.length).toBeGreaterThan(0);

    // Later sign-ins ask a code: a recovery code does, once.
    const again = await browser().signIn(coachAddress, PASSWORD, {
      code: first.enrolment!.recoveryCodes[0]!,
    });
    expect(again.access_token).toEqual(expect.any(String));
  });
});

describe('a second person whose address an account already holds (decision 0048)', () => {
  const NOT_OPENED = `{ accountsNotOpened { candidateId officeIds reason since } }`;

  it('is not invited at the other person’s address, and is listed for ops of their offices', async () => {
    const asOps = platform.as(ops);
    const shared = `famille.${randomUUID().slice(0, 8)}@acme-industrie.test`;
    const first = await enrol(asOps, { programmeId, email: shared });
    await mailbox.waitForMessagesTo(shared, 1);
    // Another sponsor's programme, the same office: a person HR gave the same address.
    const other = await setUpProgramme(asOps, {
      sponsorName: 'Bâtiment Sud',
      name: 'Congé de reclassement Bâtiment Sud',
      officeIds: [LYON],
    });
    const second = await enrol(asOps, { programmeId: other.programmeId, email: shared });
    const listed = await waitFor(
      async () => {
        const { accountsNotOpened } = await asOps.ok<{
          accountsNotOpened: { candidateId: string; officeIds: string[]; reason: string; since: string }[];
        }>(NOT_OPENED);
        return accountsNotOpened.find((row) => row.candidateId === second) ?? null;
      },
      { what: 'the second person listed as without an account', timeoutMs: 30_000 },
    );
    expect(listed).toMatchObject({ officeIds: [LYON], reason: 'EMAIL_ALREADY_USED' });
    const { accountOfCandidate } = await asOps.ok<{ accountOfCandidate: { candidateId: string } | null }>(
      `query A($c: ID!) { accountOfCandidate(candidateId: $c) { candidateId } }`,
      { c: first },
    );
    expect(accountOfCandidate).toEqual({ candidateId: first });
    // Nobody else's invitation reached the address: still the first person's one.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await mailbox.messagesTo(shared)).toHaveLength(1);
  });

  it.each([
    ['ops of another office', { sub: 'ops-paris', role: 'ops', office_ids: [randomUUID()] }, null],
    ['a coach', { sub: 'coach-x', role: 'coach', coach_id: randomUUID(), office_ids: [LYON] }, 'FORBIDDEN'],
    ['a person', { sub: 'person-x', role: 'candidate', candidate_id: randomUUID() }, 'FORBIDDEN'],
    ['sponsor HR', { sub: 'sponsor-x', role: 'sponsor', sponsor_ids: [randomUUID()] }, 'FORBIDDEN'],
    ['a committee member', { sub: 'cse-x', role: 'committee', sponsor_ids: [randomUUID()] }, 'FORBIDDEN'],
  ])('role matrix: accountsNotOpened for %s', async (_who, claims, code) => {
    const client = platform.as(await platform.token(claims as Parameters<typeof platform.token>[0]));
    if (code === null) {
      expect(await client.ok(NOT_OPENED)).toEqual({ accountsNotOpened: [] });
      return;
    }
    const answer = await client.request(NOT_OPENED);
    expectGraphQLError(answer, code);
    expect(answer.body.data?.['accountsNotOpened'] ?? null).toBeNull();
  });
});
