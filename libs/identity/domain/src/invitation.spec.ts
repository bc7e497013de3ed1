import {
  invitationExpiry,
  invitationState,
  invitationToken,
  newInvitationSecret,
  parseInvitationToken,
  secretMatches,
} from './invitation';

const issued = new Date('2026-03-02T09:00:00Z');
const lifetimes = { invitationDays: 14, signInLinkMinutes: 30 };
const open = {
  secretDigest: 'd',
  expiresAt: invitationExpiry('invitation', issued, lifetimes),
  usedAt: null,
  supersededAt: null,
};

describe('invitationExpiry', () => {
  it.each([
    ['an invitation, in days', 'invitation', '2026-03-16T09:00:00.000Z'],
    ['a sign-in link, in minutes', 'sign_in_link', '2026-03-02T09:30:00.000Z'],
  ] as const)('%s', (_label, purpose, expiresAt) => {
    expect(invitationExpiry(purpose, issued, lifetimes).toISOString()).toBe(expiresAt);
  });
});

describe('invitationState', () => {
  it.each([
    ['open before its expiry', open, '2026-03-15T09:00:00Z', 'open'],
    ['expired at its expiry', open, '2026-03-16T09:00:00Z', 'expired'],
    ['used, even once expired', { ...open, usedAt: issued }, '2026-04-01T00:00:00Z', 'used'],
    ['superseded by a newer one', { ...open, supersededAt: issued }, '2026-03-03T00:00:00Z', 'superseded'],
    [
      'not sent while no link was minted',
      { ...open, secretDigest: null },
      '2026-03-03T00:00:00Z',
      'not_sent',
    ],
  ])('%s', (_label, invitation, now, state) => {
    expect(invitationState(invitation, new Date(now))).toBe(state);
  });
});

describe('invitation secrets', () => {
  it('round-trips a token and matches only its own secret', () => {
    const { secret, digest } = newInvitationSecret();
    const id = '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c';
    expect(parseInvitationToken(invitationToken(id, secret))).toEqual({ invitationId: id, secret });
    expect(secretMatches(secret, digest)).toBe(true);
    expect(secretMatches(newInvitationSecret().secret, digest)).toBe(false);
    expect(secretMatches(secret, null)).toBe(false);
  });

  it.each(['', 'abc', `6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c.short`, `../etc.${'a'.repeat(43)}`])(
    'refuses the malformed token %j',
    (token) => expect(parseInvitationToken(token)).toBeNull(),
  );
});
