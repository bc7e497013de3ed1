import type { MilestoneStatus } from './milestone-state';
import {
  addedMilestone,
  changeableMilestone,
  dueDateRefusal,
  editReason,
  handCompletionRefusal,
  insertMilestone,
  reorderedMilestones,
  withoutMilestone,
  type EditableMilestone,
  type MilestoneRequest,
  type PlanEditRefusal,
  type PlanWindow,
} from './plan-editing';
import type { MilestoneKind } from './template';

const milestone = (id: string, over: Partial<Omit<EditableMilestone, 'id'>> = {}): EditableMilestone => ({
  id,
  position: 0,
  title: `step ${id}`,
  kind: 'task',
  status: 'open',
  dependsOn: [],
  ...over,
});
const plan = [
  milestone('a', { position: 1, kind: 'session' }),
  milestone('b', { position: 2, dependsOn: ['a'] }),
  milestone('c', { position: 3, dependsOn: ['a', 'b'] }),
];
const WINDOW: PlanWindow = { startOn: '2026-11-01', endOn: '2027-10-31' };
const refusalOf = <T>(edit: { ok: true; value: T } | { ok: false; refusal: PlanEditRefusal }) =>
  edit.ok ? null : edit.refusal;

describe('an edit says why', () => {
  it.each<[string, string | null, string | null]>([
    ['  moved the fair  ', 'moved the fair', null],
    ['   ', null, 'say why the plan changes (it is kept in the plan history)'],
    ['x'.repeat(1000), 'x'.repeat(1000), null],
    ['x'.repeat(1001), null, 'at most 1000 characters'],
  ])('%j', (reason, kept, refused) => {
    const edit = editReason(reason);
    expect(edit.ok ? edit.value : null).toBe(kept);
    expect(refusalOf(edit)).toEqual(refused && { code: 'invalid_input', field: 'reason', message: refused });
  });
});

describe('a due date sits in the plan window', () => {
  it.each<[string, PlanWindow, PlanEditRefusal | null]>([
    ['2027-01-15', WINDOW, null],
    ['2026-11-01', WINDOW, null],
    ['2027-10-31', WINDOW, null],
    [
      '2027-11-01',
      WINDOW,
      { code: 'beyond_programme_end', message: 'dueOn 2027-11-01 is after the programme ends on 2027-10-31' },
    ],
    [
      '2026-10-31',
      WINDOW,
      {
        code: 'invalid_input',
        field: 'dueOn',
        message: '2026-10-31 is before the plan starts on 2026-11-01',
      },
    ],
    ['2030-01-01', { startOn: null, endOn: null }, null],
  ])('%s', (dueOn, window, expected) => {
    expect(dueDateRefusal(dueOn, window)).toEqual(expected);
  });

  it('refuses an impossible date', () => {
    expect(dueDateRefusal('2027-02-31', WINDOW)).toMatchObject({ code: 'invalid_input', field: 'dueOn' });
  });
});

describe('a coach changes only a milestone of this plan that is not settled', () => {
  it.each<[MilestoneStatus, string | null]>([
    ['pending', null],
    ['open', null],
    ['booked', null],
    ['reached', 'milestone_settled'],
    ['superseded', 'milestone_settled'],
  ])('%s', (status, code) => {
    const edit = changeableMilestone([milestone('a', { status })], 'a', 'removed');
    expect(refusalOf(edit)?.code ?? null).toBe(code);
  });

  it('names the milestone and the change refused', () => {
    expect(refusalOf(changeableMilestone([milestone('a', { status: 'reached' })], 'a', 're-dated'))).toEqual({
      code: 'milestone_settled',
      message: '"step a" is already reached: it cannot be re-dated',
    });
    expect(refusalOf(changeableMilestone(plan, 'z', 'completed'))).toEqual({
      code: 'milestone_not_found',
      message: 'milestone z is not in this plan',
    });
  });
});

describe('only a task is completed by hand', () => {
  it.each<[MilestoneKind, boolean]>([
    ['task', true],
    ['session', false],
    ['workshop', false],
    ['assessment', false],
  ])('%s', (kind, allowed) => {
    expect(handCompletionRefusal({ title: 'x', kind }) === null).toBe(allowed);
  });
});

describe('adding a milestone', () => {
  const request = (over: Partial<MilestoneRequest> = {}): MilestoneRequest => ({
    phase: 'job_search',
    kind: 'task',
    title: ' Visit the job fair ',
    dueOn: '2027-01-15',
    sessionKind: null,
    instrumentCode: null,
    dependsOn: [],
    ...over,
  });
  const context = { milestones: plan, window: WINDOW, sessionBudget: 2 };

  it.each<[string, Partial<MilestoneRequest>, { code: string; field?: string } | null]>([
    ['a task', {}, null],
    ['depending on milestones of the plan', { dependsOn: ['a', 'b'] }, null],
    ['a session within the budget', { kind: 'session', sessionKind: 'follow_up' }, null],
    ['an unknown phase', { phase: 'holidays' }, { code: 'invalid_input', field: 'phase' }],
    ['an unknown kind', { kind: 'party' }, { code: 'invalid_input', field: 'kind' }],
    ['no title', { title: '  ' }, { code: 'invalid_input', field: 'title' }],
    ['a session without its kind', { kind: 'session' }, { code: 'invalid_input', field: 'sessionKind' }],
    ['a task booking a session', { sessionKind: 'welcome' }, { code: 'invalid_input', field: 'kind' }],
    [
      'an unknown session kind',
      { kind: 'session', sessionKind: 'yoga' },
      { code: 'invalid_input', field: 'sessionKind' },
    ],
    [
      'an assessment without its instrument',
      { kind: 'assessment' },
      { code: 'invalid_input', field: 'instrumentCode' },
    ],
    ['a date after the programme', { dueOn: '2028-01-01' }, { code: 'beyond_programme_end' }],
    [
      'a dependency outside the plan',
      { dependsOn: ['a', 'z'] },
      { code: 'invalid_input', field: 'dependsOn' },
    ],
  ])('%s', (_label, over, expected) => {
    const edit = addedMilestone(request(over), context);
    expect(refusalOf(edit)).toEqual(expected === null ? null : expect.objectContaining(expected));
  });

  it('keeps the title trimmed', () => {
    const edit = addedMilestone(request(), context);
    expect(edit.ok && edit.value.title).toBe('Visit the job fair');
  });

  it('refuses a session beyond the budget, saying how many are planned', () => {
    const full = { ...context, sessionBudget: 1 };
    expect(refusalOf(addedMilestone(request({ kind: 'session', sessionKind: 'follow_up' }), full))).toEqual({
      code: 'session_budget_exceeded',
      message: 'the plan already has 1 session(s) for a budget of 1: remove or replace a session instead',
      budget: 1,
      planned: 1,
    });
  });
});

describe('where an added milestone goes', () => {
  const added = milestone('new');
  it.each<[string | null, string[] | null]>([
    [null, ['a', 'b', 'c', 'new']],
    ['a', ['a', 'new', 'b', 'c']],
    ['c', ['a', 'b', 'c', 'new']],
    ['z', null],
  ])('after %s', (after, expected) => {
    const edit = insertMilestone(plan, added, after);
    expect(edit.ok ? edit.value.map((m) => m.id) : null).toEqual(expected);
    if (edit.ok) expect(edit.value.map((m) => m.position)).toEqual([1, 2, 3, 4]);
  });
});

describe('removing a milestone', () => {
  it.each<[string, [string, number, string[]][]]>([
    [
      'a',
      [
        ['b', 1, []],
        ['c', 2, ['b']],
      ],
    ],
    [
      'b',
      [
        ['a', 1, []],
        ['c', 2, ['a']],
      ],
    ],
  ])('%s: nothing depends on it any more', (removed, expected) => {
    expect(withoutMilestone(plan, removed).map((m) => [m.id, m.position, m.dependsOn])).toEqual(expected);
  });
});

describe('a new order lists every live milestone once', () => {
  it.each<[string[], string[] | string]>([
    [
      ['c', 'a', 'b'],
      ['c', 'a', 'b'],
    ],
    [['a', 'b'], 'missing c'],
    [['a', 'b', 'c', 'z'], 'not in this plan: z'],
    [['a', 'b', 'z'], 'missing c; not in this plan: z'],
    [['a', 'a', 'b', 'c'], 'a milestone is listed twice'],
  ])('%j', (order, expected) => {
    const edit = reorderedMilestones(plan, order);
    if (Array.isArray(expected)) {
      expect(edit.ok && edit.value.map((m) => [m.id, m.position])).toEqual(
        expected.map((id, i) => [id, i + 1]),
      );
    } else {
      expect(refusalOf(edit)).toEqual({ code: 'invalid_input', field: 'milestoneIds', message: expected });
    }
  });
});
