import { randomUUID } from 'node:crypto';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import { expectGraphQLError, setUpProgramme, waitFor } from '@passerelle/shared/testing';
import { bearer, graphql, startPlatform, type RunningPlatform } from './platform-harness';

const LYON = randomUUID();
const PARIS = randomUUID();
let platform: RunningPlatform;
let opsToken: string;

beforeAll(async () => {
  platform = await startPlatform();
  opsToken = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [LYON] });
});

afterAll(async () => {
  await platform?.stop();
});

const ENROL = `mutation Enrol($input: EnrollCandidateInput!) { enrollCandidate(input: $input) { id status } }`;
const CANDIDATE_WITH_PATHWAY = `query Candidate($id: ID!) {
  candidate(id: $id) { id firstName programme { name sponsor { name } } pathway { status } assessments { id } sessions { id } recommendations { id } }
}`;

/** A sponsor and its programme in Lyon, set up by Lyon's ops. */
const setUpAcme = () =>
  setUpProgramme(platform.as(opsToken), {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Lyon 2026',
    officeIds: [LYON],
  });

describe('walking skeleton through the gateway', () => {
  it('enrols a candidate in intake and answers with the pathway drafted by the pathway service', async () => {
    const { programmeId } = await setUpAcme();
    const enrolled = await platform
      .as(opsToken)
      .ok<{ enrollCandidate: { id: string; status: string } }>(ENROL, {
        input: {
          programmeId,
          employeeNumber: 'E-1042',
          firstName: 'Nadia',
          lastName: 'Benali',
          email: 'Nadia.Benali@example.org',
          formerJobTitle: 'Technicienne réseaux',
          formerOccupationCode: 'I1307',
          languages: ['fr', 'ar'],
        },
      });
    const candidateId = enrolled.enrollCandidate.id;
    expect(enrolled.enrollCandidate.status).toBe('INVITED');

    const answer = await waitFor(
      async () => {
        const response = await graphql<{ candidate: { pathway: { status: string } | null } }>(
          platform.gatewayUrl,
          CANDIDATE_WITH_PATHWAY,
          { id: candidateId },
          bearer(opsToken),
        );
        return response.body.data?.candidate?.pathway ? response.body : null;
      },
      { what: 'the federated candidate with its pathway', timeoutMs: 30_000 },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      candidate: {
        id: candidateId,
        firstName: 'Nadia',
        programme: { name: 'PSE Acme Lyon 2026', sponsor: { name: 'Acme Industrie' } },
        pathway: { status: 'DRAFT' },
        assessments: [],
        sessions: [],
        recommendations: [],
      },
    });

    // The person sees their own record; another person and another office's ops see nothing.
    const self = await platform.token({ sub: 'nadia', role: 'candidate', candidate_id: candidateId });
    const stranger = await platform.token({ sub: 'someone', role: 'candidate', candidate_id: randomUUID() });
    const parisOps = await platform.token({ sub: 'ops-paris', role: 'ops', office_ids: [PARIS] });
    // No coach is assigned yet (scheduling issue), so no coach has this person in their caseload.
    const coach = await platform.token({
      sub: 'coach',
      role: 'coach',
      coach_id: randomUUID(),
      office_ids: [LYON],
    });
    // Not found, not refused: an answer without errors, in which the person is absent.
    const seenBy = (token: string) =>
      platform.as(token).ok<{ candidate: unknown }>(CANDIDATE_WITH_PATHWAY, { id: candidateId });
    expect((await seenBy(self)).candidate).toMatchObject({
      id: candidateId,
      pathway: { status: 'DRAFT' },
    });
    expect(await seenBy(stranger)).toEqual({ candidate: null });
    expect(await seenBy(parisOps)).toEqual({ candidate: null });
    expect(await seenBy(coach)).toEqual({ candidate: null });
  });

  it('refuses an enrolment with bad input, naming the fields, and writes nothing', async () => {
    const { programmeId } = await setUpAcme();
    const response = await platform.as(opsToken).request(ENROL, {
      input: {
        programmeId,
        employeeNumber: 'E-1',
        firstName: 'A',
        lastName: 'B',
        email: 'not-an-email',
        formerOccupationCode: 'plumber',
      },
    });
    expect(expectGraphQLError(response, 'BAD_USER_INPUT').message).toBe(
      'email: email is not a valid address; formerOccupationCode: formerOccupationCode must be a ROME code such as M1805',
    );
  });

  it('refuses a second enrolment of the same employee number for the sponsor', async () => {
    const { programmeId } = await setUpAcme();
    const input = {
      programmeId,
      employeeNumber: 'E-7',
      firstName: 'Luc',
      lastName: 'Martin',
      email: 'luc@example.org',
    };
    const ops = platform.as(opsToken);
    await ops.ok(ENROL, { input });
    expectGraphQLError(await ops.request(ENROL, { input }), 'CANDIDATE_ALREADY_ENROLLED');
  });

  it('keeps sponsor HR away from individual records and away from other sponsors', async () => {
    const { programmeId, sponsorId } = await setUpAcme();
    const sponsorToken = await platform.token({ sub: 'hr', role: 'sponsor', sponsor_ids: [sponsorId] });
    const otherSponsor = await platform.token({ sub: 'hr2', role: 'sponsor', sponsor_ids: [randomUUID()] });
    const hr = platform.as(sponsorToken);
    expectGraphQLError(await hr.request(CANDIDATE_WITH_PATHWAY, { id: randomUUID() }), 'FORBIDDEN');
    const input = {
      programmeId,
      employeeNumber: 'HR-1',
      firstName: 'Eve',
      lastName: 'Sponsor',
      email: 'eve@example.org',
    };
    expectGraphQLError(await hr.request(ENROL, { input }), 'FORBIDDEN');
    // Nothing was written: ops can enrol that employee number afterwards.
    await platform.as(opsToken).ok(ENROL, { input });
    const PROGRAMME = `query P($id: ID!) { programme(id: $id) { id name } }`;
    expect(await hr.ok(PROGRAMME, { id: programmeId })).toEqual({
      programme: { id: programmeId, name: 'PSE Acme Lyon 2026' },
    });
    expect(await platform.as(otherSponsor).ok(PROGRAMME, { id: programmeId })).toEqual({
      programme: null,
    });
  });
});

describe('authentication and identity forwarding', () => {
  const QUERY = `{ candidate(id: "${randomUUID()}") { id } }`;

  it.each([
    ['no token', {}],
    ['a malformed token', { authorization: 'Bearer not-a-jwt' }],
    [
      'a token signed by another key',
      {
        authorization:
          'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImxvY2FsLTEifQ.eyJyb2xlIjoib3BzIiwiYWxsX29mZmljZXMiOnRydWUsInN1YiI6Im1hbGxvcnkifQ.c2lnbmF0dXJl',
      },
    ],
  ])('the gateway refuses a request with %s', async (_label, headers) => {
    const response = await graphql(platform.gatewayUrl, QUERY, {}, headers);
    expect(response.status).toBe(401);
    expectGraphQLError(response, 'UNAUTHENTICATED');
  });

  // Why is logged, not told: the reasons name the issuer and audience expected (gateway-hardening spec).
  it.each([
    ['names no Passerelle role', { sub: 'mallory', role: 'admin', all_offices: true }, {}],
    ['never expires', { sub: 'mallory', role: 'ops', all_offices: true }, { expires: false }],
  ])('the gateway refuses a correctly signed token that %s', async (_label, payload, options) => {
    const token = await platform.signRaw(payload, options);
    const response = await graphql(platform.gatewayUrl, QUERY, {}, bearer(token));
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]).toEqual({
      message: 'invalid token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts the same signing key with valid claims (control for the two refusals above)', async () => {
    const token = await platform.signRaw({ sub: 'ops', role: 'ops', all_offices: true });
    expect((await graphql(platform.gatewayUrl, QUERY, {}, bearer(token))).status).toBe(200);
  });

  it.each(['intake', 'pathway', 'assessment', 'matching', 'scheduling'])(
    'the %s subgraph refuses requests that did not come through the gateway',
    async (service) => {
      const url = platform.subgraphUrls[service]!;
      const ops = { subject: 'mallory', role: 'ops' as const, officeIds: [], allOffices: true };
      const unsigned = await graphql(url, '{ __typename }');
      expect(unsigned.status).toBe(401);
      const plainJson = await graphql(
        url,
        '{ __typename }',
        {},
        { [FORWARDED_IDENTITY_HEADER]: JSON.stringify(ops) },
      );
      expect(plainJson.status).toBe(401);
      const wrongSecret = await signForwardedIdentity(ops, 'a-secret-the-client-made-up-for-itself');
      expect(
        (await graphql(url, '{ __typename }', {}, { [FORWARDED_IDENTITY_HEADER]: wrongSecret })).status,
      ).toBe(401);
      const genuine = await signForwardedIdentity(ops, platform.identitySecret);
      expect(
        (await graphql(url, '{ __typename }', {}, { [FORWARDED_IDENTITY_HEADER]: genuine })).status,
      ).toBe(200);
    },
  );

  it('rejects an abusive query before resolving it', async () => {
    const deep = `{ candidate(id: "${randomUUID()}") { programme { sponsor { name } } } }`;
    const ops = platform.as(opsToken);
    await ops.ok(deep);
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: candidate(id: "${randomUUID()}") { id }`).join(' ')} }`;
    const response = await ops.request(aliases);
    expect(expectGraphQLError(response, 'TOO_MANY_ALIASES').message).toBe(
      'anonymous operation uses 31 aliases; the limit is 30',
    );
  });
});
