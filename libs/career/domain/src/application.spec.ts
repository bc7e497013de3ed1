import {
  APPLICATION_CHANNELS,
  APPLICATION_STATUSES,
  applicationCounts,
  followUpDelay,
  followUpDueOn,
  isFollowUpDue,
  oveToLog,
  parisDay,
  recordedApplication,
  statusChange,
  type ApplicationDraft,
  type ApplicationRefusal,
  type ApplicationStatus,
  type FollowUpState,
  type StatusStep,
} from './application';

const TODAY = '2026-12-05';
const refusalOf = <T>(check: { ok: true; value: T } | { ok: false; refusal: ApplicationRefusal }) =>
  check.ok ? null : check.refusal;
const draft = (over: Partial<ApplicationDraft> = {}): ApplicationDraft => ({
  company: 'Boulangerie Lefèvre',
  jobTitle: 'Vendeuse',
  sentOn: '2026-12-01',
  channel: 'job_board',
  offerId: null,
  occupationCode: null,
  notes: null,
  followUpDays: null,
  ...over,
});

describe('the follow-up delay the person chooses', () => {
  it.each<[number | null, number | null]>([
    [null, 10],
    [1, 1],
    [60, 60],
    [0, null],
    [61, null],
    [2.5, null],
    [-3, null],
  ])('%j days', (days, kept) => {
    const check = followUpDelay(days);
    expect(check.ok ? check.value : null).toBe(kept);
    expect(refusalOf(check)).toEqual(
      kept === null
        ? {
            code: 'invalid_input',
            field: 'followUpDays',
            message: 'a whole number of days from 1 to 60 (10 when not said)',
          }
        : null,
    );
  });
});

describe('recording an application', () => {
  it('keeps what was typed, trimmed, with the defaults', () => {
    expect(
      recordedApplication(
        draft({
          company: '  Lefèvre ',
          occupationCode: ' d 1106 ',
          offerId: ' ',
          notes: '  ',
          followUpDays: 14,
        }),
        TODAY,
      ),
    ).toEqual({
      ok: true,
      value: {
        company: 'Lefèvre',
        jobTitle: 'Vendeuse',
        sentOn: '2026-12-01',
        channel: 'job_board',
        offerId: null,
        occupationCode: 'D1106',
        notes: null,
        followUpDays: 14,
      },
    });
  });

  it.each<[string, Partial<ApplicationDraft>, string, string]>([
    ['no company', { company: '  ' }, 'company', 'required'],
    ['a long company', { company: 'x'.repeat(201) }, 'company', 'at most 200 characters'],
    ['no job title', { jobTitle: '' }, 'jobTitle', 'required'],
    ['a day that is not one', { sentOn: '2026-02-30' }, 'sentOn', '"2026-02-30" is not a calendar date'],
    ['not a date', { sentOn: '1/12/2026' }, 'sentOn', '"1/12/2026" is not a date (yyyy-mm-dd)'],
    [
      'sent tomorrow',
      { sentOn: '2026-12-06' },
      'sentOn',
      '2026-12-06 is in the future (today is 2026-12-05)',
    ],
    [
      'an unknown channel',
      { channel: 'pigeon' },
      'channel',
      'one of job_board, company_website, email, in_person, network, recruitment_agency, france_travail, spontaneous, other',
    ],
    [
      'a code that is not ROME',
      { occupationCode: '1106' },
      'occupationCode',
      'a ROME code: a letter from A to N and four digits, e.g. N1103',
    ],
    [
      'a letter beyond N',
      { occupationCode: 'Z1106' },
      'occupationCode',
      'a ROME code: a letter from A to N and four digits, e.g. N1103',
    ],
    ['long notes', { notes: 'n'.repeat(4001) }, 'notes', 'at most 4000 characters'],
    [
      'a delay too long',
      { followUpDays: 90 },
      'followUpDays',
      'a whole number of days from 1 to 60 (10 when not said)',
    ],
  ])('refuses %s', (_, over, field, message) => {
    expect(refusalOf(recordedApplication(draft(over), TODAY))).toEqual({
      code: 'invalid_input',
      field,
      message,
    });
  });

  it('accepts an application sent today, from every channel', () => {
    for (const channel of APPLICATION_CHANNELS) {
      expect(recordedApplication(draft({ channel, sentOn: TODAY }), TODAY).ok).toBe(true);
    }
  });
});

describe('what may follow what', () => {
  // Every pair of statuses: the allowed ones listed, every other refused.
  const allowed: Record<ApplicationStatus, ApplicationStatus[]> = {
    sent: ['interview', 'offer', 'refused', 'no_answer', 'withdrawn'],
    no_answer: ['interview', 'offer', 'refused', 'withdrawn'],
    interview: ['interview', 'offer', 'refused', 'no_answer', 'withdrawn'],
    offer: ['accepted', 'refused', 'withdrawn'],
    refused: [],
    accepted: [],
    withdrawn: [],
  };
  const pairs = APPLICATION_STATUSES.flatMap((from) =>
    APPLICATION_STATUSES.map((to) => [from, to, allowed[from].includes(to)] as const),
  );

  it.each(pairs)('%s -> %s: %s', (from, to, may) => {
    const history: StatusStep[] = [{ status: from, changedOn: '2026-12-01' }];
    const check = statusChange(history, to, '2026-12-03', TODAY);
    if (may) {
      expect(check).toEqual({ ok: true, value: { status: to, changedOn: '2026-12-03' } });
    } else {
      expect(refusalOf(check)).toMatchObject({ code: 'transition_not_allowed', from, to });
    }
  });

  it.each<[ApplicationStatus, string]>([
    ['offer', 'after offer comes accepted, refused, withdrawn, not sent'],
    ['accepted', 'the application is accepted: it is closed, its status no longer changes'],
  ])('says what may follow %s', (from, message) => {
    const check = statusChange([{ status: from, changedOn: '2026-12-01' }], 'sent', '2026-12-02', TODAY);
    expect(refusalOf(check)?.message).toBe(message);
  });
});

describe('the day of a change', () => {
  const history: StatusStep[] = [
    { status: 'sent', changedOn: '2026-11-20' },
    { status: 'interview', changedOn: '2026-11-28' },
  ];
  it.each<[string, string, ApplicationRefusal | null]>([
    ['the same day as the last change', '2026-11-28', null],
    ['today', TODAY, null],
    [
      'before the last change',
      '2026-11-27',
      {
        code: 'date_goes_backwards',
        field: 'changedOn',
        message: '2026-11-27 is before the last change (interview on 2026-11-28)',
      },
    ],
    [
      'tomorrow',
      '2026-12-06',
      {
        code: 'invalid_input',
        field: 'changedOn',
        message: '2026-12-06 is in the future (today is 2026-12-05)',
      },
    ],
    [
      'not a date',
      '2026-13-01',
      { code: 'invalid_input', field: 'changedOn', message: '"2026-13-01" is not a calendar date' },
    ],
  ])('%s', (_, changedOn, refusal) => {
    expect(refusalOf(statusChange(history, 'offer', changedOn, TODAY))).toEqual(refusal);
  });

  it('refuses a status that does not exist, naming the field', () => {
    expect(refusalOf(statusChange(history, 'ghosted', '2026-12-01', TODAY))).toEqual({
      code: 'invalid_input',
      field: 'status',
      message: 'one of sent, interview, offer, refused, no_answer, accepted, withdrawn',
    });
  });
});

describe('the follow-up', () => {
  it.each<[ApplicationStatus, string, number, string | null]>([
    ['sent', '2026-12-01', 10, '2026-12-11'],
    ['sent', '2026-12-25', 10, '2027-01-04'],
    ['sent', '2026-02-27', 1, '2026-02-28'],
    ['interview', '2026-12-01', 10, null],
    ['no_answer', '2026-12-01', 10, null],
  ])('%s on %s with %i days: due %s', (status, sentOn, days, due) => {
    expect(followUpDueOn(status, sentOn, days)).toBe(due);
  });

  it.each<[string, FollowUpState, string, boolean]>([
    ['due today', { status: 'sent', followUpDueOn: '2026-12-05', followUpSentFor: null }, TODAY, true],
    ['overdue', { status: 'sent', followUpDueOn: '2026-11-30', followUpSentFor: null }, TODAY, true],
    ['not yet', { status: 'sent', followUpDueOn: '2026-12-06', followUpSentFor: null }, TODAY, false],
    [
      'already reminded',
      { status: 'sent', followUpDueOn: '2026-12-05', followUpSentFor: '2026-12-05' },
      TODAY,
      false,
    ],
    [
      'reminded for an earlier date, then the delay changed',
      { status: 'sent', followUpDueOn: '2026-12-05', followUpSentFor: '2026-12-01' },
      TODAY,
      true,
    ],
    ['answered', { status: 'interview', followUpDueOn: null, followUpSentFor: null }, TODAY, false],
    [
      'answered, stale due date',
      { status: 'refused', followUpDueOn: '2026-12-01', followUpSentFor: null },
      TODAY,
      false,
    ],
  ])('%s', (_, state, today, due) => {
    expect(isFollowUpDue(state, today)).toBe(due);
  });
});

describe('an answered offer to log as an OVE', () => {
  const steps = (...pairs: [ApplicationStatus, string][]): StatusStep[] =>
    pairs.map(([status, changedOn]) => ({ status, changedOn }));
  it.each<[string, StatusStep[], ReturnType<typeof oveToLog>]>([
    [
      'an offer accepted',
      steps(
        ['sent', '2026-11-01'],
        ['interview', '2026-11-10'],
        ['offer', '2026-11-20'],
        ['accepted', '2026-11-22'],
      ),
      { offeredOn: '2026-11-20', decision: 'accepted', decidedOn: '2026-11-22' },
    ],
    [
      'an offer turned down',
      steps(['sent', '2026-11-01'], ['offer', '2026-11-20'], ['refused', '2026-11-25']),
      { offeredOn: '2026-11-20', decision: 'refused', decidedOn: '2026-11-25' },
    ],
    ['an offer not yet answered', steps(['sent', '2026-11-01'], ['offer', '2026-11-20']), null],
    [
      'an offer withdrawn',
      steps(['sent', '2026-11-01'], ['offer', '2026-11-20'], ['withdrawn', '2026-11-21']),
      null,
    ],
    [
      'refused by the employer after an interview',
      steps(['sent', '2026-11-01'], ['interview', '2026-11-10'], ['refused', '2026-11-12']),
      null,
    ],
    ['just sent', steps(['sent', '2026-11-01']), null],
  ])('%s', (_, history, expected) => {
    expect(oveToLog(history)).toEqual(expected);
  });
});

describe('counts per person', () => {
  it.each<[string, ApplicationStatus[][], ReturnType<typeof applicationCounts>]>([
    ['none', [], { sent: 0, interviews: 0, offers: 0 }],
    [
      'by what each went through',
      [
        ['sent'],
        ['sent', 'interview', 'interview', 'refused'],
        ['sent', 'interview', 'offer', 'accepted'],
        ['sent', 'offer'],
      ],
      { sent: 4, interviews: 2, offers: 2 },
    ],
  ])('%s', (_, histories, counts) => {
    expect(applicationCounts(histories)).toEqual(counts);
  });
});

describe('the day in Paris', () => {
  it.each<[string, string]>([
    ['2026-12-05T22:59:59Z', '2026-12-05'],
    ['2026-12-05T23:00:00Z', '2026-12-06'],
    ['2026-07-05T22:00:00Z', '2026-07-06'],
  ])('%s is %s', (instant, day) => {
    expect(parisDay(new Date(instant))).toBe(day);
  });
});
