import {
  channelPlan,
  isWallTime,
  NO_PREFERENCES,
  quietEnd,
  type NotificationPreferences,
  type RecipientConsent,
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
      { email: { send: 'never', reason: 'unsubscribed' }, sms: null, inApp: true },
    ],
    [
      'a reminder muted in the list: by email only',
      'session_reminder',
      { email: { send: 'now' }, sms: null, inApp: false },
    ],
    [
      'a session change, essential: by email whatever they chose',
      'session_booked',
      { email: { send: 'now' }, sms: null, inApp: true },
    ],
    [
      'an invitation, essential: email and list',
      'invitation',
      { email: { send: 'now' }, sms: null, inApp: true },
    ],
    ['results, not muted: both', 'results_released', { email: { send: 'now' }, sms: null, inApp: true }],
  ] as const)('%s', (_label, kind, plan) => {
    expect(channelPlan(kind, muted, lateEvening, PARIS)).toEqual(plan);
  });

  it('everything at once for someone who chose nothing', () => {
    expect(channelPlan('job_leads_digest', NO_PREFERENCES, lateEvening, PARIS)).toEqual({
      email: { send: 'now' },
      sms: null,
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
      sms: null,
      inApp: true,
    });
    expect(channelPlan('session_cancelled', quiet, lateEvening, PARIS).email).toEqual({ send: 'now' });
  });
});

describe('consent recorded in intake', () => {
  const texts: RecipientConsent = { privacyNotice: true, smsReminders: true };

  it('a reminder goes by text too when the person agreed to texts, even with its email muted', () => {
    expect(channelPlan('session_reminder', NO_PREFERENCES, lateEvening, PARIS, texts)).toEqual({
      email: { send: 'now' },
      sms: { send: 'now' },
      inApp: true,
    });
    const mutedEmail = { ...NO_PREFERENCES, mutedEmail: ['session_reminder'] as const };
    expect(channelPlan('session_reminder', mutedEmail, lateEvening, PARIS, texts)).toMatchObject({
      email: { send: 'never', reason: 'unsubscribed' },
      sms: { send: 'now' },
    });
  });

  it('a text waits for the end of quiet hours, like an email', () => {
    const quiet = { ...NO_PREFERENCES, quietHours: { start: '21:00', end: '08:00' } };
    expect(channelPlan('session_reminder', quiet, lateEvening, PARIS, texts).sms).toEqual({
      send: 'at',
      at: new Date('2026-12-05T07:00:00Z'),
    });
  });

  it.each([
    ['no consent to texts', { privacyNotice: true, smsReminders: false }, 'session_reminder'],
    ['a kind texts do not carry', texts, 'results_released'],
    ['an essential kind', texts, 'session_booked'],
  ] as const)('no text for %s', (_label, consent, kind) => {
    expect(channelPlan(kind, NO_PREFERENCES, lateEvening, PARIS, consent).sms).toBeNull();
  });

  it('a withdrawn privacy notice stops what is not essential, by email and text, not the list', () => {
    const withdrawn: RecipientConsent = { privacyNotice: false, smsReminders: true };
    expect(channelPlan('session_reminder', NO_PREFERENCES, lateEvening, PARIS, withdrawn)).toEqual({
      email: { send: 'never', reason: 'consent_withdrawn' },
      sms: { send: 'never', reason: 'consent_withdrawn' },
      inApp: true,
    });
    expect(channelPlan('session_rescheduled', NO_PREFERENCES, lateEvening, PARIS, withdrawn).email).toEqual({
      send: 'now',
    });
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
