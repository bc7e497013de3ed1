import type { SessionKind, SessionMode } from '@passerelle/shared/contracts';
import { calendarRangeFits, minutesBetween, sessionEnd, sessionMinutes, videoLinkOf } from './session-rules';

describe('sessionMinutes', () => {
  it.each<[SessionKind, number | null, number]>([
    ['welcome', null, 60],
    ['diagnostic', null, 90],
    ['debrief', null, 60],
    ['follow_up', null, 60],
    ['group_workshop', null, 120],
    ['diagnostic', 45, 45],
  ])('a %s asked for %s minutes lasts %s', (kind, asked, expected) => {
    expect(sessionMinutes(kind, asked)).toBe(expected);
  });
});

describe('sessionEnd and minutesBetween', () => {
  it('ends a session its length after it starts, and gives that length back', () => {
    const start = new Date('2026-12-01T09:00:00Z');
    const end = sessionEnd(start, 90);
    expect(end.toISOString()).toBe('2026-12-01T10:30:00.000Z');
    expect(minutesBetween(start, end)).toBe(90);
  });
});

describe('videoLinkOf', () => {
  it.each<[string, SessionMode, string | null, string | null]>([
    ['a video session keeps the link given', 'video', 'https://meet.example/x', 'https://meet.example/x'],
    ['a video session without one gets its own', 'video', null, 'https://visio.passerelle.example/s/s-1'],
    ['an in-person session has none', 'in_person', 'https://meet.example/x', null],
    ['a phone session has none', 'phone', null, null],
  ])('%s', (_case, mode, given, expected) => {
    expect(videoLinkOf(mode, given, 's-1')).toBe(expected);
  });
});

describe('calendarRangeFits', () => {
  const from = new Date('2026-12-01T00:00:00Z');
  it.each<[string, number, boolean]>([
    ['a minute', 60_000, true],
    ['62 days', 62 * 86_400_000, true],
    ['62 days and a minute', 62 * 86_400_000 + 60_000, false],
    ['an empty range', 0, false],
    ['a backward range', -60_000, false],
  ])('%s: %s', (_case, length, expected) => {
    expect(calendarRangeFits(from, new Date(from.getTime() + length))).toBe(expected);
  });
});
