import { describe, expect, it } from '@jest/globals';
import { addDays, mondayFromPath, mondayOf, parisDay, parisMidnight } from './paris-week';
import { byUrgency, type Urgent } from './urgency';

const row = (name: string, over: Partial<Urgent> = {}): Urgent & { name: string } => ({
  name,
  assignedAt: '2026-11-01T09:00:00.000Z',
  distress: false,
  risk: null,
  next: null,
  ...over,
});

describe('the caseload, most urgent first', () => {
  it('puts distress, then the risk by urgency, then the soonest session, then the longest followed', () => {
    const rows = [
      row('calm, assigned later', { assignedAt: '2026-11-20T09:00:00.000Z' }),
      row('session soon', { next: { startsAt: '2026-12-07T08:00:00.000Z' } }),
      row('watch', { risk: { urgency: 'NORMAL' } }),
      row('calm, assigned first', { assignedAt: '2026-10-01T09:00:00.000Z' }),
      row('high', { risk: { urgency: 'HIGH' } }),
      row('distress and normal risk', { distress: true, risk: { urgency: 'NORMAL' } }),
      row('immediate', { risk: { urgency: 'IMMEDIATE' } }),
      row('session later', { next: { startsAt: '2026-12-09T08:00:00.000Z' } }),
    ];
    expect(byUrgency(rows).map((r) => r.name)).toEqual([
      'distress and normal risk',
      'immediate',
      'high',
      'watch',
      'session soon',
      'session later',
      'calm, assigned first',
      'calm, assigned later',
    ]);
    // A new array: the rows as read stay as they were.
    expect(rows[0]!.name).toBe('calm, assigned later');
  });
});

describe('weeks in Paris time', () => {
  it.each([
    // [the day, its Monday]
    ['2026-12-07', '2026-12-07'],
    ['2026-12-13', '2026-12-07'],
    ['2026-12-10', '2026-12-07'],
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s starts on %s', (day, monday) => {
    expect(mondayOf(day)).toBe(monday);
  });

  it.each([
    // [the day, the instant its midnight starts in Paris]
    ['2026-12-07', '2026-12-06T23:00:00.000Z'],
    ['2026-07-06', '2026-07-05T22:00:00.000Z'],
    // The clocks go forward on 29 March 2026 at 02:00 and back on 25 October at 03:00: midnight is still before.
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('midnight of %s in Paris is %s', (day, instant) => {
    expect(parisMidnight(day).toISOString()).toBe(instant);
  });

  it('reads the day of an instant in Paris, not in the browser’s zone', () => {
    expect(parisDay(new Date('2026-12-06T23:30:00.000Z'))).toBe('2026-12-07');
    expect(parisDay(new Date('2026-12-06T22:59:00.000Z'))).toBe('2026-12-06');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('takes the Monday of a day given in the path, and nothing from a path that names no day', () => {
    expect(mondayFromPath('2026-12-10')).toBe('2026-12-07');
    expect(mondayFromPath('next')).toBeNull();
    expect(mondayFromPath('2026-13-45')).toBeNull();
    expect(mondayFromPath(undefined)).toBeNull();
  });
});
