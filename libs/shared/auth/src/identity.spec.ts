import { canReadCandidate, type CandidateScope } from './candidate-access.policy';
import { signForwardedIdentity, verifyForwardedIdentity } from './forwarded-identity';
import { identityFromClaims, InvalidIdentityError, type Identity } from './identity';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const OFFICE = '33333333-3333-4333-8333-333333333333';
const OTHER_OFFICE = '44444444-4444-4444-8444-444444444444';
const COACH = '55555555-5555-4555-8555-555555555555';
const SPONSOR = '66666666-6666-4666-8666-666666666666';
const secret = 's'.repeat(32);

describe('identityFromClaims', () => {
  it('maps an ops token with office scope', () => {
    expect(identityFromClaims({ sub: 'u1', role: 'ops', office_ids: [OFFICE] })).toEqual({
      subject: 'u1',
      role: 'ops',
      officeIds: [OFFICE],
      allOffices: false,
    });
  });

  it.each([
    [{ sub: 'u1', role: 'admin' }, 'role'],
    [{ sub: 'u1', role: 'candidate' }, 'candidate_id'],
    [{ sub: 'u1', role: 'sponsor', sponsor_ids: [] }, 'sponsor_ids'],
  ])('refuses %p, naming %s', (claims, field) => {
    expect(() => identityFromClaims(claims)).toThrow(InvalidIdentityError);
    expect(() => identityFromClaims(claims)).toThrow(field);
  });
});

describe('forwarded identity', () => {
  const ops: Identity = { subject: 'u1', role: 'ops', officeIds: [OFFICE], allOffices: false };

  it('round-trips through the gateway signature', async () => {
    expect(await verifyForwardedIdentity(await signForwardedIdentity(ops, secret), secret)).toEqual(ops);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await signForwardedIdentity(ops, 'f'.repeat(32));
    await expect(verifyForwardedIdentity(forged, secret)).rejects.toThrow('signature verification failed');
  });
});

describe('canReadCandidate', () => {
  const scope: CandidateScope = { candidateId: A, officeIds: [OFFICE], coachId: COACH };
  it.each<[string, Identity, boolean]>([
    ['the candidate themself', { subject: 's', role: 'candidate', candidateId: A }, true],
    ['another candidate', { subject: 's', role: 'candidate', candidateId: B }, false],
    ['their coach', { subject: 's', role: 'coach', coachId: COACH, officeIds: [OFFICE] }, true],
    [
      'another coach of the same office',
      { subject: 's', role: 'coach', coachId: B, officeIds: [OFFICE] },
      false,
    ],
    ['ops of their office', { subject: 's', role: 'ops', officeIds: [OFFICE], allOffices: false }, true],
    [
      'ops of another office',
      { subject: 's', role: 'ops', officeIds: [OTHER_OFFICE], allOffices: false },
      false,
    ],
    ['global ops', { subject: 's', role: 'ops', officeIds: [], allOffices: true }, true],
    ['their sponsor (aggregates only)', { subject: 's', role: 'sponsor', sponsorIds: [SPONSOR] }, false],
  ])('%s: %p', (_who, identity, expected) => {
    expect(canReadCandidate(identity, scope)).toBe(expected);
  });
});
