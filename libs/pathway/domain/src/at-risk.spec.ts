import {
  assessRisk,
  nextRiskCheckAt,
  riskChanged,
  riskInputOf,
  type RiskAssessment,
  type RiskFacts,
  type RiskInput,
  type RiskReason,
  type Urgency,
} from './at-risk';

const NOW = new Date('2026-06-30T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const base: RiskInput = {
  now: NOW,
  active: true,
  distressFlag: false,
  lastActivityAt: daysAgo(1),
  consecutiveNoShows: 0,
  openMilestones: [{ id: 'm1', title: 'Welcome', dueOn: '2026-07-10' }],
};
const overdue = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `o${i}`, title: `Overdue ${i}`, dueOn: `2026-06-0${i + 1}` }));

describe('at-risk rules', () => {
  it.each<[string, Partial<RiskInput>, RiskReason[], Urgency | null, string | null]>([
    ['nothing wrong', {}, [], null, null],
    [
      'a completed plan carries no risk, even with distress',
      { active: false, distressFlag: true },
      [],
      null,
      null,
    ],
    ['distress is immediate', { distressFlag: true }, ['distress'], 'immediate', 'Call the person today'],
    ['20 idle days is not yet inactivity', { lastActivityAt: daysAgo(20) }, [], null, null],
    [
      '21 idle days is inactivity, normal',
      { lastActivityAt: daysAgo(21) },
      ['inactivity'],
      'normal',
      'Contact the person: nothing has happened for 21 days',
    ],
    ['42 idle days is high', { lastActivityAt: daysAgo(42) }, ['inactivity'], 'high', 'Contact the person'],
    ['one no-show is not repeated', { consecutiveNoShows: 1 }, [], null, null],
    [
      'two no-shows in a row are high',
      { consecutiveNoShows: 2 },
      ['repeated_no_shows'],
      'high',
      'Call the person to understand the missed sessions',
    ],
    [
      'a milestone within its grace period is not overdue',
      { openMilestones: [{ id: 'm', title: 'CV', dueOn: '2026-06-23' }] },
      [],
      null,
      null,
    ],
    [
      'a milestone 8 days late is overdue, normal',
      { openMilestones: [{ id: 'm', title: 'CV', dueOn: '2026-06-22' }] },
      ['overdue_milestones'],
      'normal',
      'Review "CV" (due 2026-06-22) with the person: book it or re-date it',
    ],
    [
      'three overdue milestones are high; the oldest is named',
      { openMilestones: overdue(3) },
      ['overdue_milestones'],
      'high',
      'Review "Overdue 0" (due 2026-06-01)',
    ],
    [
      'everything at once: distress leads, every reason listed',
      { distressFlag: true, consecutiveNoShows: 3, lastActivityAt: daysAgo(30), openMilestones: overdue(1) },
      ['distress', 'repeated_no_shows', 'inactivity', 'overdue_milestones'],
      'immediate',
      'Call the person today',
    ],
    [
      'no-shows and inactivity: high, no-shows first',
      { consecutiveNoShows: 2, lastActivityAt: daysAgo(25) },
      ['repeated_no_shows', 'inactivity'],
      'high',
      'Call the person to understand',
    ],
  ])('%s', (_case, override, reasons, urgency, action) => {
    const risk = assessRisk({ ...base, ...override });
    expect(risk?.reasons.map((r) => r.reason) ?? []).toEqual(reasons);
    expect(risk?.urgency ?? null).toBe(urgency);
    if (action === null) expect(risk).toBeNull();
    else expect(risk?.nextAction).toContain(action);
  });

  it('says what it saw', () => {
    const risk = assessRisk({ ...base, lastActivityAt: daysAgo(30), consecutiveNoShows: 2 });
    expect(risk?.reasons).toEqual([
      { reason: 'repeated_no_shows', detail: '2 sessions missed in a row' },
      { reason: 'inactivity', detail: 'no activity for 30 days' },
    ]);
  });

  it.each<[string, Partial<RiskInput>, string | null]>([
    ['a completed plan is never checked again', { active: false }, null],
    [
      'inactivity threshold soonest',
      { lastActivityAt: daysAgo(20.5), openMilestones: [] },
      '2026-07-01T00:00:00.000Z',
    ],
    ['at most a day later', { openMilestones: [] }, '2026-07-01T12:00:00.000Z'],
    [
      'the day a milestone becomes overdue',
      { openMilestones: [{ id: 'm', title: 'CV', dueOn: '2026-06-23' }] },
      '2026-07-01T00:00:00.000Z',
    ],
  ])('next check: %s', (_case, override, expected) => {
    expect(nextRiskCheckAt({ ...base, ...override })?.toISOString() ?? null).toBe(expected);
  });
});

describe('what the risk rules look at', () => {
  const facts = (over: Partial<RiskFacts> = {}): RiskFacts => ({
    now: new Date('2026-11-23T09:00:00Z'),
    completed: false,
    held: false,
    resumedAt: null,
    distressFlag: false,
    diagnosedAt: new Date('2026-11-10T09:00:00Z'),
    lastSessionCompletedAt: null,
    lastActivityAt: null,
    plannedAt: new Date('2026-11-11T09:00:00Z'),
    createdAt: new Date('2026-11-01T09:00:00Z'),
    consecutiveNoShows: 0,
    milestones: [],
    ...over,
  });

  it.each<[string, Partial<RiskFacts>, string]>([
    ['the last activity', { lastActivityAt: new Date('2026-11-20T09:00:00Z') }, '2026-11-20T09:00:00.000Z'],
    ['else the plan', {}, '2026-11-11T09:00:00.000Z'],
    ['else the draft', { plannedAt: null }, '2026-11-01T09:00:00.000Z'],
    [
      'a return from a pause after it',
      { lastActivityAt: new Date('2026-11-12T09:00:00Z'), resumedAt: new Date('2026-11-21T08:00:00Z') },
      '2026-11-21T08:00:00.000Z',
    ],
    [
      'the last activity after a return',
      { lastActivityAt: new Date('2026-11-22T09:00:00Z'), resumedAt: new Date('2026-11-21T08:00:00Z') },
      '2026-11-22T09:00:00.000Z',
    ],
  ])('inactivity counts from %s', (_label, over, expected) => {
    expect(riskInputOf(facts(over)).lastActivityAt).toBe(expected);
  });

  it.each<[string, Partial<RiskFacts>, boolean]>([
    ['flagged, not seen since', { distressFlag: true }, true],
    [
      'flagged, seen before the diagnostic',
      { distressFlag: true, lastSessionCompletedAt: '2026-11-09T09:00:00Z' },
      true,
    ],
    ['flagged, seen since', { distressFlag: true, lastSessionCompletedAt: '2026-11-12T09:00:00Z' }, false],
    ['not flagged', { lastSessionCompletedAt: null }, false],
  ])('distress: %s', (_label, over, expected) => {
    expect(riskInputOf(facts(over)).distressFlag).toBe(expected);
  });

  it('looks only at milestones still to do, and not at a completed plan', () => {
    const input = riskInputOf(
      facts({
        completed: true,
        milestones: [
          { id: 'a', title: 'A', dueOn: '2026-11-15', status: 'reached' },
          { id: 'b', title: 'B', dueOn: '2026-11-16', status: 'booked' },
          { id: 'c', title: 'C', dueOn: '2026-11-17', status: 'superseded' },
          { id: 'd', title: 'D', dueOn: '2026-11-18', status: 'pending' },
        ],
      }),
    );
    expect(input.active).toBe(false);
    expect(input.openMilestones.map((m) => m.id)).toEqual(['b', 'd']);
  });

  it('does not assess a person held (paused, placed, exited), even in distress', () => {
    const input = riskInputOf(facts({ held: true, distressFlag: true, consecutiveNoShows: 3 }));
    expect(input.active).toBe(false);
    expect(assessRisk(input)).toBeNull();
  });
});

describe('a risk is announced again only when it changes', () => {
  const risk = (urgency: Urgency, reasons: RiskReason[]): RiskAssessment => ({
    urgency,
    reasons: reasons.map((reason) => ({ reason, detail: reason })),
    nextAction: 'call',
  });
  const stored = (urgency: Urgency | null, reasons: RiskReason[]) => ({
    urgency,
    reasons: reasons.map((reason) => ({ reason })),
  });
  it.each<[string, ReturnType<typeof stored>, RiskAssessment | null, boolean]>([
    ['none before, none now', stored(null, []), null, false],
    ['a new risk', stored(null, []), risk('high', ['inactivity']), true],
    ['the same risk', stored('high', ['inactivity']), risk('high', ['inactivity']), false],
    ['another urgency', stored('high', ['inactivity']), risk('immediate', ['inactivity']), true],
    [
      'another reason',
      stored('high', ['inactivity']),
      risk('high', ['inactivity', 'repeated_no_shows']),
      true,
    ],
    ['the risk is gone', stored('normal', ['overdue_milestones']), null, true],
  ])('%s -> %s', (_label, before, after, expected) => {
    expect(riskChanged(before, after)).toBe(expected);
  });
});
