import { afterFailure, OPEN_THROTTLE, secondsLocked, type SignInThrottle } from './sign-in-throttle';

const now = new Date('2026-12-04T10:00:00Z');

function failTimes(times: number): SignInThrottle {
  let throttle = OPEN_THROTTLE;
  for (let i = 0; i < times; i++) throttle = afterFailure(throttle, now);
  return throttle;
}

describe('sign-in throttle', () => {
  it.each<[number, number]>([
    [1, 0],
    [4, 0],
    [5, 60],
    [6, 120],
    [7, 240],
    [12, 60 * 2 ** 7],
    [30, 24 * 3600],
  ])('after %i failures, waits %i s', (failures, seconds) => {
    expect(secondsLocked(failTimes(failures), now)).toBe(seconds);
  });

  it('opens again once the lock has passed', () => {
    const locked = failTimes(5);
    expect(secondsLocked(locked, new Date(now.getTime() + 59_000))).toBe(1);
    expect(secondsLocked(locked, new Date(now.getTime() + 60_000))).toBe(0);
  });
});
