import { dedupeKey, isEssential, MESSAGE_KINDS } from './message-kind';
import { addressing, type Recipient } from './recipient';

const person: Recipient = {
  accountId: 'a1',
  role: 'candidate',
  email: 'nadia@example.fr',
  displayName: 'Nadia',
  language: 'fr',
  candidateId: 'c1',
  coachId: null,
  officeIds: [],
  status: 'active',
};

describe('who may be written to', () => {
  it.each([
    ['an active account', person, { send: true }],
    ['an invited account (no password yet)', { ...person, status: 'invited' as const }, { send: true }],
    [
      'a disabled account',
      { ...person, status: 'disabled' as const },
      { send: false, reason: 'recipient_disabled' },
    ],
    ['nobody (unknown or erased)', null, { send: false, reason: 'recipient_unknown' }],
  ])('%s', (_label, recipient, expected) => {
    expect(addressing(recipient)).toEqual(expected);
  });
});

describe('kinds of message', () => {
  it('the way in, session changes and a coach change to accept are essential; reminders, results and digests are not', () => {
    expect(MESSAGE_KINDS.filter(isEssential)).toEqual([
      'invitation',
      'sign_in_link',
      'session_booked',
      'session_rescheduled',
      'session_cancelled',
      'coach_change_proposed',
    ]);
  });

  it('one message per event, recipient and kind', () => {
    expect(dedupeKey('e1', 'a1', 'session_booked')).toBe('e1:a1:session_booked');
    expect(dedupeKey('e1', 'a1', 'session_booked')).not.toBe(dedupeKey('e1', 'a2', 'session_booked'));
    expect(dedupeKey('e1', 'a1', 'session_reminder', 'sms')).toBe('e1:a1:session_reminder:sms');
  });
});
