import type { Identity } from '@passerelle/shared/auth';
import { VerifiedTokens } from './verified-tokens';

const coach: Identity = { subject: 'u1', role: 'coach', coachId: 'c1', officeIds: ['o1'] };
const START = new Date('2026-12-05T10:00:00Z');
const seconds = (date: Date) => date.getTime() / 1000;

function clock() {
  let now = START;
  return { now: () => now, move: (by: number) => (now = new Date(now.getTime() + by * 1000)) };
}

describe('verified tokens', () => {
  it('gives the identity back for the same token only, until the keep time', () => {
    const time = clock();
    const tokens = new VerifiedTokens(time.now, { keepSeconds: 60 });
    tokens.keep('token-a', coach, seconds(START) + 900);
    expect(tokens.find('token-a')).toEqual(coach);
    expect(tokens.find('token-b')).toBeUndefined();
    time.move(59);
    expect(tokens.find('token-a')).toEqual(coach);
    time.move(1);
    expect(tokens.find('token-a')).toBeUndefined();
  });

  it('never keeps a token past its own expiry', () => {
    const time = clock();
    const tokens = new VerifiedTokens(time.now, { keepSeconds: 60 });
    tokens.keep('token-a', coach, seconds(START) + 10);
    time.move(10);
    expect(tokens.find('token-a')).toBeUndefined();
  });

  it.each([
    ['without an expiry', undefined],
    ['already expired', seconds(START) - 1],
  ])('does not keep a token %s', (_label, exp) => {
    const tokens = new VerifiedTokens(clock().now);
    tokens.keep('token-a', coach, exp);
    expect(tokens.find('token-a')).toBeUndefined();
  });

  it('holds at most maxTokens, the oldest going first', () => {
    const tokens = new VerifiedTokens(clock().now, { maxTokens: 2 });
    for (const token of ['a', 'b', 'c']) tokens.keep(token, coach, seconds(START) + 900);
    expect(['a', 'b', 'c'].map((token) => tokens.find(token) !== undefined)).toEqual([false, true, true]);
  });
});
