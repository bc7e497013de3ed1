import {
  channelPlan,
  isWallTime,
  NO_PREFERENCES,
  quietEnd,
  type NotificationPreferences,
} from './preferences';

const PARIS = 'Europe/Paris';
// 23:30 in Paris (winter, UTC+1).
const lateEvening = new Date('2026-12-04T22:30:00Z');

describe('how a message reaches a person', () => {
  const muted: NotificationPreferences = {
    mutedEmail: ['job_leads_digest', 'session_booked'],
    mutedInApp: ['session_reminder', 'invitation'],
    quietHours: null,
  };

  it.each([
    [
      'a job-leads digest muted by email: in the list only',
      'job_leads_digest',
      { email: { send: 'never' }, inApp: true },
    ],
    [
      'a reminder muted in the list: by email only',
      'session_reminder',
      { email: { send: 'now' }, inApp: false },
    ],
    [
      'a session change, essential: by email whatever they chose',
      'session_booked',
      { email: { send: 'now' }, inApp: true },
    ],
    ['an invitation, essential: email and list', 'invitation', { email: { send: 'now' }, inApp: true }],
    ['results, not muted: both', 'results_released', { email: { send: 'now' }, inApp: true }],
  ] as const)('%s', (_label, kind, plan) => {
    expect(channelPlan(kind, muted, lateEvening, PARIS)).toEqual(plan);
  });

  it('everything at once for someone who chose nothing', () => {
    expect(channelPlan('job_leads_digest', NO_PREFERENCES, lateEvening, PARIS)).toEqual({
      email: { send: 'now' },
      inApp: true,
    });
  });

  it('an email in quiet hours waits for their end; an essential one does not', () => {
    const quiet: NotificationPreferences = {
      ...NO_PREFERENCES,
      quietHours: { start: '21:00', end: '08:00' },
    };
    expect(channelPlan('results_released', quiet, lateEvening, PARIS)).toEqual({
      email: { send: 'at', at: new Date('2026-12-05T07:00:00Z') },
      inApp: true,
    });
    expect(channelPlan('session_cancelled', quiet, lateEvening, PARIS).email).toEqual({ send: 'now' });
  });
});

describe('quiet hours', () => {
  it.each([
    [
      'inside, spanning midnight',
      { start: '21:00', end: '08:00' },
      '2026-12-04T22:30:00Z',
      '2026-12-05T07:00:00Z',
    ],
    [
      'inside, after midnight',
      { start: '21:00', end: '08:00' },
      '2026-12-05T05:15:00Z',
      '2026-12-05T07:00:00Z',
    ],
    ['outside', { start: '21:00', end: '08:00' }, '2026-12-05T09:00:00Z', null],
    ['at the end exactly: outside', { start: '21:00', end: '08:00' }, '2026-12-05T07:00:00Z', null],
    ['within a day', { start: '12:00', end: '14:00' }, '2026-07-01T10:30:00Z', '2026-07-01T12:00:00Z'],
    ['empty (start = end)', { start: '12:00', end: '12:00' }, '2026-07-01T10:30:00Z', null],
  ])('%s', (_label, quiet, now, end) => {
    expect(quietEnd(quiet, new Date(now), PARIS)).toEqual(end === null ? null : new Date(end));
  });

  it.each([
    ['08:00', true],
    ['23:59', true],
    ['24:00', false],
    ['8:00', false],
  ])('%s is a wall time: %s', (value, valid) => {
    expect(isWallTime(value)).toBe(valid);
  });
});
