import { SignJWT } from 'jose';
import {
  ForwardedIdentitySigner,
  ForwardedIdentityVerifier,
  signForwardedIdentity,
  verifyForwardedIdentity,
} from './forwarded-identity';
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

describe('the gateway signer', () => {
  const coach: Identity = {
    subject: 'u2',
    role: 'coach',
    coachId: '0192a5e0-0000-7000-8000-000000000002',
    officeIds: ['0192a5e0-0000-7000-8000-0000000000a1'],
  };
  const clockAt = (start: Date) => {
    let now = start;
    return { now: () => now, move: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)) };
  };

  it('reuses a young header for the same identity, and only for it', async () => {
    const clock = clockAt(NOW);
    const signer = new ForwardedIdentitySigner(secret, clock.now, { reuseSeconds: 20 });
    const first = await signer.header(ops);
    clock.move(19);
    expect(await signer.header(ops)).toBe(first);
    const forCoach = await signer.header(coach);
    expect(forCoach).not.toBe(first);
    expect(await verifyForwardedIdentity(forCoach, secret, { now: clock.now() })).toEqual(coach);
  });

  it('signs again once the header is as old as the reuse window, and the subgraph accepts it throughout', async () => {
    const clock = clockAt(NOW);
    const signer = new ForwardedIdentitySigner(secret, clock.now, { reuseSeconds: 20 });
    const first = await signer.header(ops);
    clock.move(20);
    const second = await signer.header(ops);
    expect(second).not.toBe(first);
    // The oldest header a call can carry is just under 20 s old: a subgraph accepts it for a minute.
    expect(await verifyForwardedIdentity(first, secret, { now: clock.now() })).toEqual(ops);
  });

  it('signs again when the clock goes back, and keeps at most maxIdentities headers', async () => {
    const clock = clockAt(NOW);
    const signer = new ForwardedIdentitySigner(secret, clock.now, { maxIdentities: 1 });
    const first = await signer.header(ops);
    clock.move(-5);
    const afterStep = await signer.header(ops);
    expect(afterStep).not.toBe(first);
    await signer.header(coach); // pushes ops out
    clock.move(1);
    expect(await signer.header(ops)).not.toBe(afterStep);
  });
});

describe('a subgraph verifier', () => {
  it('accepts a header it has seen until the minute from its issue is over, then refuses it as jose does', async () => {
    let now = NOW;
    const verifier = new ForwardedIdentityVerifier(secret, () => now);
    const header = await signForwardedIdentity(ops, secret, NOW);
    expect(await verifier.verify(header)).toEqual(ops);
    now = new Date(NOW.getTime() + 59_000);
    expect(await verifier.verify(header)).toEqual(ops);
    now = new Date(NOW.getTime() + 66_000);
    await expect(verifier.verify(header)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('never remembers a refused header', async () => {
    const verifier = new ForwardedIdentityVerifier(secret, () => NOW);
    const forged = await signForwardedIdentity(ops, 'f'.repeat(32), NOW);
    await expect(verifier.verify(forged)).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
    await expect(verifier.verify(forged)).rejects.toMatchObject({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });
});
