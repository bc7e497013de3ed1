import { InvalidIdentityError, type Role } from './identity';
import { checkTokenLifetime, type TokenLifetimeLimits } from './token-lifetime';

const HOUR = 3600;
const DAY = 24 * HOUR;
const limits: TokenLifetimeLimits = {
  staffMaxSeconds: 12 * HOUR,
  candidateMaxSeconds: 30 * DAY,
  clockSkewSeconds: 5,
};
const NOW = new Date('2026-03-02T10:00:00Z');
const at = (secondsFromNow: number) => NOW.getTime() / 1000 + secondsFromNow;

describe('checkTokenLifetime', () => {
  it.each<[string, Role, { iat?: unknown; exp?: unknown }]>([
    ['an ops token of 8 h', 'ops', { iat: at(-60), exp: at(8 * HOUR - 60) }],
    ['a coach token of exactly 12 h', 'coach', { iat: at(0), exp: at(12 * HOUR) }],
    ['a candidate token of 30 days', 'candidate', { iat: at(-DAY), exp: at(29 * DAY) }],
    ['a token issued 5 s ahead (clock skew)', 'sponsor', { iat: at(5), exp: at(HOUR) }],
  ])('accepts %s', (_label, role, times) => {
    expect(() => checkTokenLifetime(times, role, limits, NOW)).not.toThrow();
  });

  it.each<[string, Role, { iat?: unknown; exp?: unknown }, string]>([
    ['no expiry', 'ops', { iat: at(0) }, 'the token has no expiry (exp)'],
    ['no issue time', 'ops', { exp: at(HOUR) }, 'the token has no issue time (iat)'],
    ['an expiry that is not a number', 'ops', { iat: at(0), exp: 'never' }, 'the token has no expiry (exp)'],
    [
      'an issue time a year ahead',
      'candidate',
      { iat: at(365 * DAY), exp: at(366 * DAY) },
      'the token was issued 31536000 s in the future',
    ],
    [
      'an issue time 6 s ahead',
      'ops',
      { iat: at(6), exp: at(HOUR) },
      'the token was issued 6 s in the future',
    ],
    [
      'a staff token of 12 h and 1 s',
      'sponsor',
      { iat: at(0), exp: at(12 * HOUR + 1) },
      'the token lives 43201 s; the limit for the sponsor role is 43200 s',
    ],
    [
      'an ops token expiring in 50 years',
      'ops',
      { iat: at(0), exp: at(50 * 365 * DAY) },
      'the token lives 1576800000 s; the limit for the ops role is 43200 s',
    ],
    [
      'a candidate token of 31 days',
      'candidate',
      { iat: at(0), exp: at(31 * DAY) },
      'the token lives 2678400 s; the limit for the candidate role is 2592000 s',
    ],
  ])('refuses %s', (_label, role, times, reason) => {
    expect(() => checkTokenLifetime(times, role, limits, NOW)).toThrow(new InvalidIdentityError(reason));
  });
});
