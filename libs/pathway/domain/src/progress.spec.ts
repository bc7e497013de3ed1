import { deriveProgress, type PathwayFact, type PlanMilestone } from './progress';

const m = (id: string, over: Partial<PlanMilestone>): PlanMilestone => ({
  id,
  phase: 'welcome_and_diagnostic',
  kind: 'session',
  title: id,
  dueOn: '2026-02-01',
  sessionKind: 'follow_up',
  instrumentCode: null,
  dependsOn: [],
  ...over,
});
const PLAN: PlanMilestone[] = [
  m('welcome', { sessionKind: 'welcome' }),
  m('riasec', {
    phase: 'exploring_options',
    kind: 'assessment',
    sessionKind: null,
    instrumentCode: 'riasec-markers-48',
    dependsOn: ['welcome'],
  }),
  m('debrief', { phase: 'exploring_options', sessionKind: 'debrief', dependsOn: ['riasec'] }),
  m('review-1', { phase: 'job_search', dependsOn: ['debrief'] }),
  m('review-2', { phase: 'job_search', dependsOn: ['review-1'] }),
  m('in-job', { phase: 'follow_up_in_job', dependsOn: ['review-2'] }),
];
let n = 0;
const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const session = (
  type: 'session_booked' | 'session_completed' | 'session_no_show' | 'session_cancelled',
  day: number,
  sessionId: string,
  kind: 'welcome' | 'follow_up' | 'debrief' | 'group_workshop' = 'follow_up',
): PathwayFact => ({
  type,
  eventId: `e${++n}`,
  at: at(day),
  sessionId,
  sessionKind: kind,
});
const statuses = (facts: PathwayFact[]) =>
  Object.fromEntries([...deriveProgress(PLAN, facts).milestones].map(([id, s]) => [id, s.status]));

describe('progress from facts', () => {
  it('starts with what can be done now open and the rest pending', () => {
    expect(statuses([])).toEqual({
      welcome: 'open',
      riasec: 'pending',
      debrief: 'pending',
      'review-1': 'pending',
      'review-2': 'pending',
      'in-job': 'pending',
    });
  });

  it('books, misses, rebooks and reaches a session milestone; counts no-shows in a row and the budget', () => {
    const facts = [
      session('session_booked', 2, 's1', 'welcome'),
      session('session_no_show', 3, 's1', 'welcome'),
      session('session_booked', 4, 's2', 'welcome'),
      session('session_no_show', 5, 's2', 'welcome'),
    ];
    const missed = deriveProgress(PLAN, facts);
    expect(missed.milestones.get('welcome')).toMatchObject({ status: 'open', noShows: 2 });
    expect(missed.consecutiveNoShows).toBe(2);
    const done = deriveProgress(PLAN, [
      ...facts,
      session('session_booked', 6, 's3', 'welcome'),
      session('session_completed', 7, 's3', 'welcome'),
    ]);
    expect(done.milestones.get('welcome')).toMatchObject({ status: 'reached', reachedAt: at(7) });
    expect(done.consecutiveNoShows).toBe(0);
    expect(done.noShows).toBe(2);
    expect(done.sessionsUsed).toBe(1);
    expect(done.milestones.get('riasec')!.status).toBe('open');
  });

  it('reaches the first open milestone of the session kind; a workshop does not use the budget', () => {
    const progress = deriveProgress(PLAN, [
      session('session_completed', 3, 'a'),
      session('session_completed', 4, 'b'),
      session('session_completed', 4, 'b'), // the same session told twice
      session('session_completed', 5, 'w', 'group_workshop'),
    ]);
    expect(progress.milestones.get('review-1')!.status).toBe('reached');
    expect(progress.milestones.get('review-2')!.status).toBe('reached');
    expect(progress.milestones.get('in-job')!.status).toBe('open');
    expect(progress.sessionsUsed).toBe(2);
  });

  it('reaches an assessment by milestone id, else by instrument; results released reach the debrief', () => {
    const byInstrument = deriveProgress(PLAN, [
      {
        type: 'assessment_completed',
        eventId: 'x1',
        at: at(3),
        instrumentCode: 'riasec-markers-48',
        milestoneId: null,
      },
      { type: 'results_released', eventId: 'x2', at: at(4), milestoneId: null },
    ]);
    expect(byInstrument.milestones.get('riasec')).toMatchObject({ status: 'reached', causeEventId: 'x1' });
    expect(byInstrument.milestones.get('debrief')).toMatchObject({ status: 'reached', causeEventId: 'x2' });
    const unknownInstrument = deriveProgress(PLAN, [
      {
        type: 'assessment_completed',
        eventId: 'x3',
        at: at(3),
        instrumentCode: 'work-values',
        milestoneId: null,
      },
    ]);
    expect(unknownInstrument.milestones.get('riasec')!.status).toBe('pending');
  });

  it('an outcome supersedes what the search still asked for; the follow-up completes the plan', () => {
    const placed = deriveProgress(PLAN, [
      session('session_completed', 2, 'w1', 'welcome'),
      { type: 'outcome_recorded', eventId: 'o1', at: at(10), category: 'permanent_contract' },
    ]);
    expect(placed.milestones.get('review-1')!.status).toBe('superseded');
    expect(placed.milestones.get('in-job')!.status).toBe('open');
    expect(placed.currentPhase).toBe('follow_up_in_job');
    expect(placed.completed).toBe(false);
    const done = deriveProgress(PLAN, [
      session('session_completed', 2, 'w1', 'welcome'),
      { type: 'outcome_recorded', eventId: 'o1', at: at(10), category: 'permanent_contract' },
      session('session_completed', 20, 'f1'),
    ]);
    expect(done.milestones.get('in-job')!.status).toBe('reached');
    expect(done.completed).toBe(true);
    expect(done.completedAt).toBe(at(20));
  });

  it('a later "still searching" correction reopens the search', () => {
    const progress = deriveProgress(PLAN, [
      { type: 'outcome_recorded', eventId: 'o1', at: at(10), category: 'permanent_contract' },
      { type: 'outcome_recorded', eventId: 'o2', at: at(12), category: 'still_searching' },
    ]);
    expect(progress.milestones.get('welcome')!.status).toBe('open');
    expect(progress.outcome).toBe('still_searching');
  });

  it('gives the same progress whatever order the facts came in', () => {
    const facts: PathwayFact[] = [
      session('session_booked', 2, 's1', 'welcome'),
      session('session_completed', 3, 's1', 'welcome'),
      {
        type: 'assessment_completed',
        eventId: 'a1',
        at: at(5),
        instrumentCode: 'riasec-markers-48',
        milestoneId: null,
      },
      session('session_completed', 8, 'f1'),
      session('session_no_show', 9, 'f2'),
    ];
    const reference = deriveProgress(PLAN, facts);
    for (let i = 0; i < 20; i++) {
      const shuffled = [...facts].sort(() => Math.random() - 0.5);
      expect(deriveProgress(PLAN, shuffled)).toEqual(reference);
    }
  });
});
