import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  FORWARDED_IDENTITY_HEADER,
  signForwardedIdentity,
  signServiceToken,
  type Identity,
} from '@passerelle/shared/auth';
import { TopicReader, dataOf, expectGraphQLError, waitFor } from '@passerelle/shared/testing';
import { startIntakeTestService, type IntakeTestService } from './test/intake-test-service';

// Intake's internal route for a person's contact details (decision 0018), on the service as it
// runs: real PostgreSQL and Kafka, called over HTTP with service tokens as identity would.

const OFFICE = randomUUID();
const ops: Identity = { subject: 'ops-a', role: 'ops', officeIds: [OFFICE], allOffices: false };

let intake: IntakeTestService;
let programmeId: string;

beforeAll(async () => {
  intake = await startIntakeTestService('intake_contact');
  const { createSponsor } = dataOf(
    await intake.call<{ createSponsor: { id: string } }>(
      ops,
      `mutation { createSponsor(input: { name: "Acme" }) { id } }`,
    ),
  );
  programmeId = dataOf(
    await intake.call<{ createProgramme: { id: string } }>(
      ops,
      `mutation P($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      { input: { sponsorId: createSponsor.id, name: 'PSE Acme', officeIds: [OFFICE] } },
    ),
  ).createProgramme.id;
});

afterAll(async () => {
  await intake?.stop();
});

async function enrol(employeeNumber: string, languages: string[], phone?: string): Promise<string> {
  return dataOf(
    await intake.call<{ enrollCandidate: { id: string } }>(
      ops,
      `mutation E($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id } }`,
      {
        input: {
          programmeId,
          employeeNumber,
          firstName: 'Inês',
          lastName: 'Moreira',
          email: `Ines.Moreira+${employeeNumber}@Example.org`,
          languages,
          ...(phone ? { phone } : {}),
        },
      },
    ),
  ).enrollCandidate.id;
}

/** GET the person's contact with these headers; the status and the JSON answer. */
async function getContact(
  candidateId: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${intake.baseUrl}/internal/candidates/${candidateId}/contact`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const asService = async (caller: string, audience = 'intake') => ({
  authorization: `Bearer ${await signServiceToken(caller, audience, intake.secret)}`,
});

const readsOf = async (candidateId: string) =>
  (
    await intake.sql.query<{ reader_subject: string; reader_role: string; what: string }>(
      `SELECT reader_subject, reader_role, what FROM confidential_read WHERE candidate_id = $1 ORDER BY read_at`,
      [candidateId],
    )
  ).rows;

describe('GET /internal/candidates/:candidateId/contact', () => {
  it('answers identity with the person’s address, name and language, and audits the read', async () => {
    const candidateId = await enrol('C-1', ['en', 'fr']);
    const answer = await getContact(candidateId, await asService('identity'));
    expect(answer).toEqual({
      status: 200,
      body: {
        candidateId,
        email: 'ines.moreira+c-1@example.org',
        firstName: 'Inês',
        lastName: 'Moreira',
        language: 'en',
      },
    });
    expect(await readsOf(candidateId)).toEqual([
      { reader_subject: 'identity', reader_role: 'service', what: 'contact' },
    ]);

    // The person sees the read in their data export, as every read of their data.
    const exported = dataOf(
      await intake.call<{ exportPersonalData: { document: string } }>(
        ops,
        `query X($id: ID!) { exportPersonalData(candidateId: $id) { document } }`,
        { id: candidateId },
      ),
    ).exportPersonalData;
    expect(JSON.parse(exported.document).readsOfConfidentialData).toMatchObject([
      { actorSubject: 'identity', actorRole: 'service', what: 'contact' },
      { actorSubject: 'ops-a', actorRole: 'ops', what: 'data_export' },
    ]);
  });

  it('writes to a person in French unless English comes first or they have no French', async () => {
    const candidateId = await enrol('C-2', ['pt', 'fr', 'en']);
    expect((await getContact(candidateId, await asService('identity'))).body['language']).toBe('fr');
  });

  it.each([
    ['no token', 401, async () => ({})],
    ['a token of another service (matching)', 403, () => asService('matching')],
    [
      'identity’s token for another service (audience scheduling)',
      401,
      () => asService('identity', 'scheduling'),
    ],
    [
      'a token signed with another secret',
      401,
      async () => ({
        authorization: `Bearer ${await signServiceToken('identity', 'intake', 'x'.repeat(64))}`,
      }),
    ],
    [
      'a person’s identity forwarded by the gateway',
      401,
      async () => ({
        [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(ops, intake.secret),
      }),
    ],
  ])('refuses a call with %s (%i), reading and recording nothing', async (_case, status, headers) => {
    const candidateId = await enrol(`R-${randomUUID().slice(0, 8)}`, ['fr']);
    const answer = await getContact(candidateId, await headers());
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).not.toContain('example.org');
    expect(await readsOf(candidateId)).toEqual([]);
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['an id that is no uuid', 'not-a-uuid'],
  ])('answers 404 CANDIDATE_NOT_FOUND for %s', async (_case, candidateId) => {
    expect(await getContact(candidateId, await asService('identity'))).toEqual({
      status: 404,
      body: { error: 'CANDIDATE_NOT_FOUND' },
    });
  });

  it('answers 404 once the person is erased, and records no read of them', async () => {
    const candidateId = await enrol('C-3', ['fr']);
    expect((await getContact(candidateId, await asService('identity'))).status).toBe(200);
    dataOf(
      await intake.call(ops, `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId } }`, {
        id: candidateId,
      }),
    );
    expect(await getContact(candidateId, await asService('identity'))).toEqual({
      status: 404,
      body: { error: 'CANDIDATE_NOT_FOUND' },
    });
    expect(await readsOf(candidateId)).toEqual([]);
  });
});

describe('POST /internal/candidates/contacts (identity, per Kafka batch)', () => {
  const postContacts = async (body: unknown, headers: Record<string, string>) => {
    const response = await fetch(`${intake.baseUrl}/internal/candidates/contacts`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('answers the people intake holds, in the order asked, leaves out the others, and audits each read', async () => {
    const first = await enrol('B-1', ['en']);
    const second = await enrol('B-2', ['fr']);
    const erased = await enrol('B-3', ['fr']);
    dataOf(
      await intake.call(ops, `mutation E($id: ID!) { eraseCandidate(candidateId: $id) { candidateId } }`, {
        id: erased,
      }),
    );
    const unknown = randomUUID();
    const answer = await postContacts(
      { candidateIds: [second, unknown, erased, first, second] },
      await asService('identity'),
    );
    expect(answer).toEqual({
      status: 200,
      body: {
        contacts: [
          {
            candidateId: second,
            email: 'ines.moreira+b-2@example.org',
            firstName: 'Inês',
            lastName: 'Moreira',
            language: 'fr',
          },
          {
            candidateId: first,
            email: 'ines.moreira+b-1@example.org',
            firstName: 'Inês',
            lastName: 'Moreira',
            language: 'en',
          },
        ],
      },
    });
    const read = [{ reader_subject: 'identity', reader_role: 'service', what: 'contact' }];
    expect(await readsOf(first)).toEqual(read);
    expect(await readsOf(second)).toEqual(read);
    expect(await readsOf(erased)).toEqual([]);
  });

  it.each([
    ['no token', 401, async () => ({})],
    ['a token of another service (notifier)', 403, () => asService('notifier')],
    ['identity’s token for another audience', 401, () => asService('identity', 'scheduling')],
    [
      'a person’s identity forwarded by the gateway',
      401,
      async () => ({ [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(ops, intake.secret) }),
    ],
  ])('refuses a call with %s (%i), reading and recording nothing', async (_case, status, headers) => {
    const candidateId = await enrol(`BR-${randomUUID().slice(0, 8)}`, ['fr']);
    const answer = await postContacts({ candidateIds: [candidateId] }, await headers());
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).not.toContain('example.org');
    expect(await readsOf(candidateId)).toEqual([]);
  });

  it.each([
    ['no list', {}],
    ['an empty list', { candidateIds: [] }],
    ['an id that is no uuid', { candidateIds: ['not-a-uuid'] }],
    ['more than 500 ids', { candidateIds: Array.from({ length: 501 }, () => randomUUID()) }],
  ])('answers 400 BAD_USER_INPUT naming candidateIds for %s', async (_case, body) => {
    const answer = await postContacts(body, await asService('identity'));
    expect(answer).toEqual({
      status: 400,
      body: {
        error: 'BAD_USER_INPUT',
        field: 'candidateIds',
        message: 'candidateIds must be a list of 1 to 500 candidate ids (uuids)',
      },
    });
  });
});

describe('reminders by text message: the person’s consent, and the notifier’s route', () => {
  const SMS_CONSENT = `mutation S($input: RecordSmsConsentInput!) {
    recordSmsConsent(input: $input) { granted mobile recordedAt }
  }`;
  const me = (candidateId: string): Identity => ({
    subject: `candidate-${candidateId}`,
    role: 'candidate',
    candidateId,
  });
  const getSmsContact = async (candidateId: string, caller = 'notifier') => {
    const response = await fetch(`${intake.baseUrl}/internal/candidates/${candidateId}/sms-contact`, {
      headers: await asService(caller),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  let reader: TopicReader;
  beforeAll(async () => {
    reader = await TopicReader.start(intake.kafka, [intake.topics.topic('passerelle.intake.candidate')]);
  });
  afterAll(async () => {
    await reader?.stop();
  });

  it('records consent at the HR file’s mobile, announces it without the number, and the notifier reads it (audited)', async () => {
    const candidateId = await enrol('S-1', ['fr'], '06 12 34 56 78');
    expect(await getSmsContact(candidateId)).toEqual({ status: 404, body: { error: 'NO_SMS_CONSENT' } });

    const consent = dataOf(
      await intake.call<{ recordSmsConsent: { granted: boolean; mobile: string } }>(
        me(candidateId),
        SMS_CONSENT,
        {
          input: { candidateId, granted: true },
        },
      ),
    ).recordSmsConsent;
    expect(consent).toMatchObject({ granted: true, mobile: '+33612345678' });
    expect(await getSmsContact(candidateId)).toEqual({
      status: 200,
      body: { candidateId, mobile: '+33612345678', language: 'fr' },
    });
    expect(await readsOf(candidateId)).toEqual([
      { reader_subject: 'notifier', reader_role: 'service', what: 'mobile' },
    ]);

    const announced = await waitFor(
      async () => {
        const found = reader.matching(
          (m) => m.message.key?.toString() === candidateId && m.header('x-event-type') === 'ConsentRecorded',
        );
        return found.length ? found : undefined;
      },
      { what: 'ConsentRecorded on the candidate topic' },
    );
    expect(announced).toHaveLength(1);
    expect(announced[0]!.value).not.toContain('612345678');
    expect(JSON.parse(announced[0]!.value!).payload).toMatchObject({
      candidateId,
      purpose: 'sms_reminders',
      granted: true,
      noticeVersion: '2026.1',
    });

    // Withdrawn: the route answers as if never given, and the person sees it.
    dataOf(await intake.call(me(candidateId), SMS_CONSENT, { input: { candidateId, granted: false } }));
    expect(await getSmsContact(candidateId)).toEqual({ status: 404, body: { error: 'NO_SMS_CONSENT' } });
    const shown = dataOf(
      await intake.call<{ candidate: { smsReminders: { granted: boolean; mobile: string | null } } }>(
        me(candidateId),
        `query C($id: ID!) { candidate(id: $id) { smsReminders { granted mobile } } }`,
        { id: candidateId },
      ),
    ).candidate;
    expect(shown.smsReminders).toEqual({ granted: false, mobile: null });
  });

  it('takes a typed number over the file’s, and refuses a landline or no number with the field', async () => {
    const landline = await enrol('S-2', ['en'], '04 72 00 00 00');
    const refused = expectGraphQLError(
      await intake.call(me(landline), SMS_CONSENT, { input: { candidateId: landline, granted: true } }),
      'INVALID_MOBILE',
      'the number we hold for you (0472000000) is not a mobile',
    );
    expect(refused.extensions).toMatchObject({ field: 'mobile' });
    expectGraphQLError(
      await intake.call(me(landline), SMS_CONSENT, {
        input: { candidateId: landline, granted: true, mobile: 'call me' },
      }),
      'INVALID_MOBILE',
      'call me is not a phone number',
    );
    dataOf(
      await intake.call(me(landline), SMS_CONSENT, {
        input: { candidateId: landline, granted: true, mobile: '+44 7700 900123' },
      }),
    );
    expect((await getSmsContact(landline)).body).toMatchObject({ mobile: '+447700900123', language: 'en' });

    const none = await enrol('S-3', ['fr']);
    expectGraphQLError(
      await intake.call(me(none), SMS_CONSENT, { input: { candidateId: none, granted: true } }),
      'MOBILE_REQUIRED',
    );
  });

  it('lets only the person consent, and only the notifier read the number', async () => {
    const candidateId = await enrol('S-4', ['fr'], '0698765432');
    expectGraphQLError(
      await intake.call(ops, SMS_CONSENT, { input: { candidateId, granted: true } }),
      'FORBIDDEN',
    );
    expectGraphQLError(
      await intake.call(me(randomUUID()), SMS_CONSENT, { input: { candidateId, granted: true } }),
      'CANDIDATE_NOT_FOUND',
    );
    dataOf(await intake.call(me(candidateId), SMS_CONSENT, { input: { candidateId, granted: true } }));
    expect((await getSmsContact(candidateId, 'identity')).status).toBe(403);
    expect(await getSmsContact(randomUUID())).toEqual({
      status: 404,
      body: { error: 'CANDIDATE_NOT_FOUND' },
    });
  });
});
