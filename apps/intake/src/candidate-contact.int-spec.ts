import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  FORWARDED_IDENTITY_HEADER,
  signForwardedIdentity,
  signServiceToken,
  type Identity,
} from '@passerelle/shared/auth';
import { dataOf } from '@passerelle/shared/testing';
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

async function enrol(employeeNumber: string, languages: string[]): Promise<string> {
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
