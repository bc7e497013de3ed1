import { SignJWT } from 'jose';
import { signForwardedIdentity, verifyForwardedIdentity } from './forwarded-identity';
import { claimsFromIdentity, type Identity } from './identity';

const secret = 's'.repeat(32);
const ops: Identity = { subject: 'u1', role: 'ops', officeIds: [], allOffices: true };
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const at = (secondsFromNow: number) => NOW.getTime() / 1000 + secondsFromNow;

/** A header signed with the real secret, but with the times an attacker (or a bug) chose. */
function forwardedWith(times: { iat?: number; exp?: number }): Promise<string> {
  return new SignJWT({ ...claimsFromIdentity(ops), ...times })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('passerelle-gateway')
    .setAudience('passerelle-subgraphs')
    .sign(new TextEncoder().encode(secret));
}

describe('forwarded identity times', () => {
  it('accepts what the gateway signs', async () => {
    const token = await signForwardedIdentity(ops, secret);
    expect(await verifyForwardedIdentity(token, secret, { now: NOW })).toEqual(ops);
  });

  it.each([
    ['one issued 58 s ago', { iat: at(-58), exp: at(2) }],
    ['one issued 3 s ahead (clock skew)', { iat: at(3), exp: at(63) }],
  ])('accepts %s', async (_label, times) => {
    expect(await verifyForwardedIdentity(await forwardedWith(times), secret, { now: NOW })).toEqual(ops);
  });

  it.each([
    ['no expiry', { iat: at(0) }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'exp'],
    ['no issue time', { exp: at(60) }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'iat'],
    [
      'an issue time over 65 s old, however far its expiry',
      { iat: at(-66), exp: at(3600) },
      'ERR_JWT_EXPIRED',
      'iat',
    ],
    ['an issue time 10 s ahead', { iat: at(10), exp: at(70) }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'iat'],
  ])('refuses a token with %s', async (_label, times, code, claim) => {
    await expect(
      verifyForwardedIdentity(await forwardedWith(times), secret, { now: NOW }),
    ).rejects.toMatchObject({ code, claim });
  });
});
