import { TRACKS } from '@passerelle/shared/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import { generatePlan } from './plan-generation';
import { validateTemplate, type TemplateDefinition } from './template';

const template = DEFAULT_TEMPLATES.direct_reemployment;

describe('plan generation', () => {
  it('keeps the template as it is when it fits: due dates from the start day', () => {
    const plan = generatePlan(template, {
      startOn: '2026-01-10',
      programmeEndOn: '2027-01-10',
      sessionBudget: 20,
    });
    if (plan.outcome !== 'planned') throw new Error(plan.reason);
    expect(plan.issues).toEqual([]);
    expect(plan.milestones.map((m) => m.key)).toEqual(template.milestones.map((m) => m.key));
    expect(plan.milestones[0]).toMatchObject({ key: 'welcome', dueOn: '2026-01-17', sessionKind: 'welcome' });
    expect(plan.milestones.find((m) => m.key === 'interests')).toMatchObject({
      kind: 'assessment',
      instrumentCode: 'riasec-markers-48',
      dueOn: '2026-01-31',
    });
    expect(plan.sessionsPlanned).toBe(7);
  });

  it.each([
    [7, 0, 7],
    [5, 2, 5],
    [0, 7, 0],
  ])('budget of %i sessions: %i left out, %i planned, each flagged', (budget, leftOut, planned) => {
    const plan = generatePlan(template, {
      startOn: '2026-01-10',
      programmeEndOn: '2027-01-10',
      sessionBudget: budget,
    });
    if (plan.outcome !== 'planned') throw new Error(plan.reason);
    const flagged = plan.issues.filter((i) => i.code === 'session_budget_exceeded');
    expect(flagged).toHaveLength(leftOut);
    expect(plan.sessionsPlanned).toBe(planned);
    expect(plan.milestones.filter((m) => m.kind === 'session')).toHaveLength(planned);
    // Never overspent: what is planned fits the budget; nothing depends on a milestone left out.
    const kept = new Set(plan.milestones.map((m) => m.key));
    for (const m of plan.milestones) for (const dep of m.dependsOn) expect(kept.has(dep)).toBe(true);
  });

  it('leaves out the latest sessions first and says which and why', () => {
    const plan = generatePlan(template, {
      startOn: '2026-01-10',
      programmeEndOn: '2027-01-10',
      sessionBudget: 6,
    });
    if (plan.outcome !== 'planned') throw new Error(plan.reason);
    expect(plan.issues).toEqual([
      {
        code: 'session_budget_exceeded',
        milestoneKey: 'in-job-follow-up',
        message: `"Follow-up in the new job" was left out: the contract's budget of 6 session(s) is used by earlier sessions`,
      },
    ]);
  });

  it('brings due dates forward when the programme ends sooner than the template, and flags it', () => {
    const plan = generatePlan(template, {
      startOn: '2026-01-01',
      programmeEndOn: '2026-05-01',
      sessionBudget: 20,
    });
    if (plan.outcome !== 'planned') throw new Error(plan.reason);
    expect(plan.issues.map((i) => i.code)).toEqual(['schedule_compressed']);
    const last = plan.milestones.at(-1)!;
    expect(last.dueOn <= '2026-05-01').toBe(true);
    expect(plan.milestones.every((m) => m.dueOn >= '2026-01-01')).toBe(true);
  });

  it('refuses to plan once the programme has ended', () => {
    expect(
      generatePlan(template, { startOn: '2026-05-02', programmeEndOn: '2026-05-01', sessionBudget: 20 }),
    ).toEqual({
      outcome: 'refused',
      reason: 'the programme ended on 2026-05-01, before the plan would start on 2026-05-02',
    });
  });
});

describe('templates', () => {
  it.each(TRACKS)('the default %s template is valid', (track) => {
    expect(validateTemplate(DEFAULT_TEMPLATES[track])).toEqual([]);
    expect(DEFAULT_TEMPLATES[track].track).toBe(track);
  });

  const edit = (change: (t: TemplateDefinition) => void): TemplateDefinition => {
    const copy = structuredClone(template);
    change(copy);
    return copy;
  };
  it.each<[string, TemplateDefinition, { path: string; message: string }]>([
    [
      'a duplicate key',
      edit((t) => (t.milestones[1]!.key = 'welcome')),
      { path: 'milestones[1].key', message: '"welcome" is already used by milestones[0]' },
    ],
    [
      'an unknown dependency',
      edit((t) => (t.milestones[1]!.dependsOn = ['nope'])),
      { path: 'milestones[1].dependsOn[0]', message: 'no milestone has the key "nope"' },
    ],
    [
      'a negative offset',
      edit((t) => (t.milestones[0]!.dueOffsetDays = -1)),
      { path: 'milestones[0].dueOffsetDays', message: 'must be a whole number of days, 0 or more' },
    ],
    [
      'a session with nothing to book',
      edit((t) => (t.milestones[0]!.sessionKind = null)),
      {
        path: 'milestones[0].sessionKind',
        message: 'a session milestone names a one-to-one session kind to book',
      },
    ],
    [
      'an assessment without instrument',
      edit((t) => (t.milestones[2]!.instrumentCode = null)),
      {
        path: 'milestones[2].instrumentCode',
        message: 'an assessment milestone names the instrument to assign',
      },
    ],
    [
      'a dependency due later',
      edit((t) => (t.milestones[0]!.dependsOn = ['diagnostic'])),
      {
        path: 'milestones[0].dependsOn[0]',
        message: '"diagnostic" is due after "welcome", which depends on it',
      },
    ],
    [
      'a cycle',
      edit((t) => (t.milestones[0]!.dependsOn = ['welcome'])),
      { path: 'milestones', message: 'dependencies form a cycle: welcome -> welcome' },
    ],
  ])('names %s with its place', (_case, broken, problem) => {
    expect(validateTemplate(broken)).toContainEqual(problem);
  });
});
