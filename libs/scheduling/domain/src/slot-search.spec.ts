import { DateTime } from 'luxon';
import { officeHolidays } from './holidays';
import {
  searchSlots,
  searchTeamSlots,
  slotRuleBreach,
  type Interval,
  type SlotSearchRules,
} from './slot-search';
import type { DailyWindow } from './weekly-hours';

const weekdays = (start: string, end: string): DailyWindow[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

const rules = (overrides: Partial<SlotSearchRules> = {}): SlotSearchRules => ({
  timeZone: 'Europe/Paris',
  workingHours: weekdays('09:00', '12:00'),
  openingHours: null,
  holidays: officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, [2026]),
  sessions: [],
  absences: [],
  bufferMinutes: 0,
  minimumNoticeMinutes: 0,
  durationMinutes: 60,
  stepMinutes: 60,
  ...overrides,
});

const range = (from: string, to: string): Interval => ({ start: new Date(from), end: new Date(to) });
const EARLY = new Date('2026-01-01T00:00:00Z');
const iso = (slots: Interval[]) => slots.map((slot) => slot.start.toISOString());
const local = (slots: Interval[], zone = 'Europe/Paris') =>
  slots.map((slot) => DateTime.fromJSDate(slot.start, { zone }).toFormat('ccc dd HH:mm'));

describe('searchSlots', () => {
  it('keeps 9:00 local on both sides of the autumn daylight-saving change (Paris, 25 Oct 2026)', () => {
    const slots = searchSlots(range('2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z'), EARLY, rules());
    expect(iso(slots)).toEqual([
      '2026-10-23T07:00:00.000Z', // Friday 9:00 CEST (UTC+2)
      '2026-10-23T08:00:00.000Z',
      '2026-10-23T09:00:00.000Z',
      '2026-10-26T08:00:00.000Z', // Monday 9:00 CET (UTC+1)
      '2026-10-26T09:00:00.000Z',
      '2026-10-26T10:00:00.000Z',
    ]);
    expect(local(slots)).toEqual([
      'Fri 23 09:00',
      'Fri 23 10:00',
      'Fri 23 11:00',
      'Mon 26 09:00',
      'Mon 26 10:00',
      'Mon 26 11:00',
    ]);
  });

  it('keeps 9:00 local across the spring change (Paris, 29 Mar 2026)', () => {
    const slots = searchSlots(
      range('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'),
      EARLY,
      rules({ workingHours: weekdays('09:00', '10:00') }),
    );
    expect(iso(slots)).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('counts real minutes in a window that spans the change itself (no slot lost or doubled)', () => {
    // Sunday 29 March 2026, 01:00-04:00 local: 02:00-03:00 does not exist, so 2 real hours.
    const slots = searchSlots(
      range('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'),
      EARLY,
      rules({ workingHours: [{ weekday: 7, start: '01:00', end: '04:00' }] }),
    );
    expect(iso(slots)).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']);
    // 25 October 2026, 01:00-04:00 local: 02:00-03:00 happens twice, so 4 real hours.
    const autumn = searchSlots(
      range('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'),
      EARLY,
      rules({ workingHours: [{ weekday: 7, start: '01:00', end: '04:00' }] }),
    );
    expect(autumn).toHaveLength(4);
  });

  it('follows the office zone, not UTC (New York changes a week after Paris)', () => {
    const slots = searchSlots(
      range('2026-10-30T00:00:00Z', '2026-11-03T00:00:00Z'),
      EARLY,
      rules({ timeZone: 'America/New_York', workingHours: weekdays('09:00', '10:00'), holidays: new Set() }),
    );
    expect(iso(slots)).toEqual(['2026-10-30T13:00:00.000Z', '2026-11-02T14:00:00.000Z']);
  });

  it.each([
    [
      'Armistice, Wednesday 11 Nov 2026',
      '2026-11-10T00:00:00Z',
      '2026-11-13T00:00:00Z',
      ['Tue 10', 'Thu 12'],
    ],
    ['Ascension, Thursday 14 May 2026', '2026-05-13T00:00:00Z', '2026-05-16T00:00:00Z', ['Wed 13', 'Fri 15']],
    ['Whit Monday 25 May 2026', '2026-05-22T00:00:00Z', '2026-05-27T00:00:00Z', ['Fri 22', 'Tue 26']],
  ])('skips a public holiday: %s', (_name, from, to, days) => {
    const slots = searchSlots(range(from, to), EARLY, rules({ workingHours: weekdays('09:00', '10:00') }));
    expect(local(slots).map((slot) => slot.slice(0, 6))).toEqual(days);
  });

  it('skips an extra holiday of the office', () => {
    const slots = searchSlots(
      range('2026-12-24T00:00:00Z', '2026-12-29T00:00:00Z'),
      EARLY,
      rules({
        workingHours: weekdays('09:00', '10:00'),
        holidays: officeHolidays({ frenchPublicHolidays: true, extraHolidays: ['2026-12-28'] }, [2026]),
      }),
    );
    expect(local(slots)).toEqual(['Thu 24 09:00']);
  });

  it('keeps slots within the office opening hours for sessions held there', () => {
    const slots = searchSlots(
      range('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z'),
      EARLY,
      rules({ workingHours: weekdays('08:00', '12:00'), openingHours: weekdays('10:00', '18:00') }),
    );
    expect(local(slots)).toEqual(['Mon 01 10:00', 'Mon 01 11:00']);
  });

  it('leaves the buffer free around existing sessions', () => {
    const slots = searchSlots(
      range('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z'),
      EARLY,
      rules({
        workingHours: weekdays('09:00', '13:00'),
        stepMinutes: 30,
        bufferMinutes: 15,
        // 10:30-11:00 local (CEST)
        sessions: [{ start: new Date('2026-06-01T08:30:00Z'), end: new Date('2026-06-01T09:00:00Z') }],
      }),
    );
    expect(local(slots)).toEqual(['Mon 01 09:00', 'Mon 01 11:30', 'Mon 01 12:00']);
  });

  it('skips absences (leave, training days) without a buffer', () => {
    const slots = searchSlots(
      range('2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z'),
      EARLY,
      rules({
        workingHours: weekdays('09:00', '10:00'),
        bufferMinutes: 30,
        absences: [
          { start: new Date('2026-06-02T00:00:00+02:00'), end: new Date('2026-06-03T00:00:00+02:00') },
        ],
      }),
    );
    expect(local(slots)).toEqual(['Mon 01 09:00', 'Wed 03 09:00']);
  });

  it('honours the minimum notice from now', () => {
    const now = new Date('2026-06-01T07:30:00Z'); // 9:30 local
    const slots = searchSlots(
      range('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z'),
      now,
      rules({ minimumNoticeMinutes: 60 }),
    );
    expect(local(slots)).toEqual(['Mon 01 11:00']);
  });

  it('returns nothing for a coach with no working hours', () => {
    expect(
      searchSlots(range('2026-06-01T00:00:00Z', '2026-06-30T00:00:00Z'), EARLY, rules({ workingHours: [] })),
    ).toEqual([]);
  });
});

describe('searchTeamSlots', () => {
  it('orders the slots of several coaches by time, then coach id', () => {
    const slots = searchTeamSlots(range('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z'), EARLY, [
      { coachId: 'b', rules: rules({ workingHours: weekdays('09:00', '11:00') }) },
      { coachId: 'a', rules: rules({ workingHours: weekdays('10:00', '11:00') }) },
    ]);
    expect(slots.map((slot) => `${slot.coachId}@${slot.start.toISOString().slice(11, 16)}`)).toEqual([
      'b@07:00',
      'a@08:00',
      'b@08:00',
    ]);
  });
});

describe('slotRuleBreach', () => {
  const slot = (start: string, minutes = 60): Interval => ({
    start: new Date(start),
    end: new Date(new Date(start).getTime() + minutes * 60_000),
  });
  const now = new Date('2026-06-01T00:00:00Z');

  it.each<[string, Interval, Partial<SlotSearchRules>, string | null]>([
    ['a slot inside the hours', slot('2026-06-02T08:00:00Z'), {}, null], // Tue 10:00 CEST
    ['a slot running past the end of the hours', slot('2026-06-02T09:30:00Z'), {}, 'outside_hours'],
    ['a Saturday', slot('2026-06-06T08:00:00Z'), {}, 'outside_hours'],
    ['a public holiday (Whit Monday)', slot('2026-05-25T08:00:00Z'), {}, 'before_minimum_notice'],
    ['a public holiday (14 July)', slot('2026-07-14T08:00:00Z'), {}, 'holiday'],
    [
      'within the notice',
      slot('2026-06-01T08:00:00Z'),
      { minimumNoticeMinutes: 24 * 60 },
      'before_minimum_notice',
    ],
    [
      'during leave',
      slot('2026-06-02T08:00:00Z'),
      { absences: [{ start: new Date('2026-06-02T00:00:00Z'), end: new Date('2026-06-03T00:00:00Z') }] },
      'absence',
    ],
    [
      'within the buffer of another session',
      slot('2026-06-02T08:00:00Z'),
      {
        bufferMinutes: 15,
        sessions: [{ start: new Date('2026-06-02T09:10:00Z'), end: new Date('2026-06-02T09:40:00Z') }],
      },
      'too_close_to_session',
    ],
  ])('%s', (_case, candidate, overrides, expected) => {
    expect(slotRuleBreach(candidate, now, rules(overrides))).toBe(expected);
  });

  it('agrees with the search: every slot found keeps the rules', () => {
    const r = rules({ stepMinutes: 15, bufferMinutes: 10, minimumNoticeMinutes: 120 });
    const slots = searchSlots(
      range('2026-10-20T00:00:00Z', '2026-10-30T00:00:00Z'),
      new Date('2026-10-21T08:00:00Z'),
      r,
    );
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect(slotRuleBreach(s, new Date('2026-10-21T08:00:00Z'), r)).toBeNull();
  });
});
