import { FixedClock, PinnableClock, SystemClock } from './clock';

describe('clocks', () => {
  it('a fixed clock stands still until set or advanced', () => {
    const clock = new FixedClock('2026-11-23T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(clock.today()).toBe('2026-11-23');
    clock.advance(86_400_000);
    expect(clock.today()).toBe('2026-11-24');
    clock.set('2027-01-01T00:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('hands out copies, so a caller cannot move the clock by mutating a date', () => {
    const clock = new FixedClock('2026-11-23T09:00:00.000Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.today()).toBe('2026-11-23');
  });

  it('the system clock reads the machine time', () => {
    const before = Date.now();
    const read = new SystemClock().now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});

describe('a pinnable clock', () => {
  it('follows the machine until pinned, stands still while pinned, and follows it again after', () => {
    const clock = new PinnableClock();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
    clock.pin('2027-03-01T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2027-03-01T09:00:00.000Z');
    clock.unpin();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});

describe('a pinnable clock given a start', () => {
  it('runs at the machine pace from that instant', () => {
    const clock = new PinnableClock('2026-06-15T09:00:00.000Z');
    const read = clock.now().getTime() - new Date('2026-06-15T09:00:00.000Z').getTime();
    expect(read).toBeGreaterThanOrEqual(0);
    expect(read).toBeLessThan(1_000);
  });
});
