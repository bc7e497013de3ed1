import {
  careerMilestoneAfter,
  careerMilestonesToAdd,
  latestProject,
  type PlanOutline,
} from './career-milestones';
import { deriveProgress, type PathwayFact, type PlanMilestone } from './progress';

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const project = (day: number, version: number, trainingNeeded: boolean): PathwayFact => ({
  type: 'project_validated',
  eventId: `p${version}-${day}`,
  at: at(day),
  projectId: 'project-1',
  version,
  trainingNeeded,
});
const application = (n: number, day = 10, applicationId = `a${n}`): PathwayFact => ({
  type: 'application_recorded',
  eventId: `r${n}-${applicationId}`,
  at: at(day),
  applicationId,
});
const outline = (templateKeys: (string | null)[]): PlanOutline => ({
  startOn: '2026-03-01',
  endOn: '2026-03-31',
  templateKeys,
});
const DIRECT = ['welcome', 'cv', 'search-plan', 'applications'];
const RETRAINING = ['welcome', 'options', 'training-file', 'project-validation'];

describe('milestones career adds to a plan', () => {
  it.each<[string, (string | null)[], PathwayFact[], [string, string][]]>([
    ['no project validated: nothing', DIRECT, [application(1)], []],
    [
      'a project without training, no project milestone: the project milestone on the validation day',
      DIRECT,
      [project(3, 1, false)],
      [['career:project', '2026-03-03']],
    ],
    [
      'with training: both, the training due 30 days later, within the plan',
      DIRECT,
      [project(3, 1, true)],
      [
        ['career:project', '2026-03-03'],
        ['career:training', '2026-03-31'],
      ],
    ],
    [
      'training asked by a later version: due 30 days after that one (clamped to the end)',
      DIRECT,
      [project(1, 1, false), project(2, 2, true)],
      [
        ['career:project', '2026-03-01'],
        ['career:training', '2026-03-31'],
      ],
    ],
    [
      'retraining: its own project and training milestones, nothing added',
      RETRAINING,
      [project(3, 1, true)],
      [],
    ],
    [
      'already added (or removed by the coach): not again',
      [...DIRECT, 'career:project', 'career:training'],
      [project(3, 1, true), project(5, 2, true)],
      [],
    ],
    [
      'a coach-added milestone (no key) does not count as one',
      [...DIRECT, null],
      [project(3, 1, false)],
      [['career:project', '2026-03-03']],
    ],
  ])('%s', (_label, keys, facts, expected) => {
    expect(careerMilestonesToAdd(outline(keys), facts).map((m) => [m.key, m.dueOn])).toEqual(expected);
  });

  it('validated before the plan starts: due on its first day', () => {
    const before: PathwayFact = { ...project(1, 1, false), at: '2026-02-20T10:00:00.000Z' };
    expect(careerMilestonesToAdd(outline(DIRECT), [before])[0]).toMatchObject({
      phase: 'validating_project',
      kind: 'task',
      dueOn: '2026-03-01',
    });
  });

  it.each<[string, PathwayFact[], number | null]>([
    ['none', [], null],
    ['the highest version wins', [project(5, 2, true), project(3, 1, false)], 2],
    ['an older version arriving late changes nothing', [project(3, 2, false), project(9, 1, true)], 2],
  ])('the project in force: %s', (_label, facts, version) => {
    expect(latestProject(facts)?.version ?? null).toBe(version);
  });

  it.each<[string, { id: string; phase: PlanMilestone['phase'] }[], string | null]>([
    [
      'after the last milestone of the project phase',
      [
        { id: 'a', phase: 'exploring_options' },
        { id: 'b', phase: 'validating_project' },
        { id: 'c', phase: 'job_search' },
      ],
      'b',
    ],
    [
      'after an earlier phase when the plan has none of it',
      [
        { id: 'a', phase: 'exploring_options' },
        { id: 'c', phase: 'job_search' },
      ],
      'a',
    ],
    ['at the end when everything comes later', [{ id: 'c', phase: 'job_search' }], null],
  ])('goes %s', (_label, milestones, after) => {
    expect(careerMilestoneAfter(milestones, 'validating_project')).toBe(after);
  });
});

const m = (id: string, over: Partial<PlanMilestone> = {}): PlanMilestone => ({
  id,
  phase: 'validating_project',
  kind: 'task',
  title: id,
  dueOn: '2026-03-20',
  sessionKind: null,
  instrumentCode: null,
  dependsOn: [],
  templateKey: id,
  ...over,
});
const PLAN: PlanMilestone[] = [
  m('project-validation', { kind: 'session', sessionKind: 'follow_up' }),
  m('career:project'),
  m('career:training'),
  m('applications', { phase: 'job_search' }),
  m('review', { phase: 'job_search', kind: 'session', sessionKind: 'follow_up' }),
];
const state = (facts: PathwayFact[]) => {
  const progress = deriveProgress(PLAN, facts);
  return Object.fromEntries([...progress.milestones].map(([id, s]) => [id, s.status]));
};

describe('career facts in the progress', () => {
  it('a validated project reaches the first project milestone; ProjectChanged reaches nothing more', () => {
    const progress = deriveProgress(PLAN, [project(3, 1, true), project(6, 2, true)]);
    expect(progress.milestones.get('project-validation')).toMatchObject({
      status: 'reached',
      reachedAt: at(3),
      causeEventId: 'p1-3',
    });
    expect(progress.milestones.get('career:project')!.status).toBe('open');
  });

  it.each<[string, PathwayFact[], string]>([
    ['needed: open', [project(3, 1, true)], 'open'],
    [
      'a later version without training: superseded',
      [project(3, 1, true), project(6, 2, false)],
      'superseded',
    ],
    [
      'training again in a third version: open again',
      [project(3, 1, true), project(6, 2, false), project(8, 3, true)],
      'open',
    ],
    [
      'an older version arriving last does not decide',
      [project(6, 2, false), { ...project(9, 1, true), eventId: 'late' }],
      'superseded',
    ],
    [
      'started (reached) before the change: stays reached',
      [
        project(3, 1, true),
        { type: 'milestone_completed', eventId: 'c', at: at(4), milestoneId: 'career:training' },
        project(6, 2, false),
      ],
      'reached',
    ],
  ])('the training milestone when %s', (_label, facts, status) => {
    expect(state(facts)['career:training']).toBe(status);
  });

  it.each<[string, PathwayFact[], string, number]>([
    ['nine applications: open', Array.from({ length: 9 }, (_, i) => application(i + 1)), 'open', 9],
    ['ten: reached', Array.from({ length: 10 }, (_, i) => application(i + 1)), 'reached', 10],
    [
      'the same application twice (another event) counts once',
      [...Array.from({ length: 9 }, (_, i) => application(i + 1)), application(99, 11, 'a1')],
      'open',
      9,
    ],
    [
      'a withdrawn or refused application still counts as sent',
      [
        ...Array.from({ length: 10 }, (_, i) => application(i + 1)),
        {
          type: 'application_status_changed',
          eventId: 's1',
          at: at(12),
          applicationId: 'a1',
          status: 'withdrawn',
        },
        {
          type: 'application_status_changed',
          eventId: 's2',
          at: at(12),
          applicationId: 'a2',
          status: 'refused',
        },
      ],
      'reached',
      10,
    ],
    [
      'after a placement: superseded, not reached',
      [
        { type: 'outcome_recorded', eventId: 'o', at: at(2), category: 'permanent_contract' },
        ...Array.from({ length: 10 }, (_, i) => application(i + 1)),
      ],
      'superseded',
      10,
    ],
  ])('the applications milestone: %s', (_label, facts, status, count) => {
    const progress = deriveProgress(PLAN, facts);
    expect(progress.milestones.get('applications')!.status).toBe(status);
    expect(progress.applicationsSent).toBe(count);
  });

  it('reaches the applications milestone at the tenth, by when it happened', () => {
    const facts = Array.from({ length: 12 }, (_, i) => application(i + 1, i + 1));
    expect(deriveProgress(PLAN, facts).milestones.get('applications')).toMatchObject({
      reachedAt: at(10),
      causeEventId: 'r10-a10',
    });
  });

  it.each<[string, PathwayFact[], string | null]>([
    ['an application recorded is activity', [application(1, 7)], at(7)],
    [
      'a status change is activity',
      [
        application(1, 7),
        {
          type: 'application_status_changed',
          eventId: 's',
          at: at(9),
          applicationId: 'a1',
          status: 'interview',
        },
      ],
      at(9),
    ],
    ['a project validated by the coach is not the person’s activity', [project(5, 1, false)], null],
  ])('%s', (_label, facts, last) => {
    expect(deriveProgress(PLAN, facts).lastActivityAt).toBe(last);
  });
});
