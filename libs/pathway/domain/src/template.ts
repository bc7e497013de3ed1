import {
  PATHWAY_PHASES,
  SESSION_KINDS,
  TRACKS,
  type SessionKind,
  type Track,
} from '@passerelle/shared/contracts';

export type PathwayPhase = (typeof PATHWAY_PHASES)[number];
export const MILESTONE_KINDS = ['session', 'assessment', 'workshop', 'task'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** The instruments the assessment service offers (its codes). */
export const KNOWN_INSTRUMENT_CODES = ['riasec-markers-48', 'skills-inventory', 'work-values'] as const;

/** One step of a track's template; `dueOffsetDays` counts from the day the plan starts. */
export interface TemplateMilestone {
  key: string;
  phase: PathwayPhase;
  kind: MilestoneKind;
  title: string;
  dueOffsetDays: number;
  dependsOn: string[];
  /** What to book, for sessions (one-to-one) and workshops (group sessions). */
  sessionKind: SessionKind | null;
  /** What to assign, for assessments. */
  instrumentCode: string | null;
}

export interface TemplateDefinition {
  track: Track;
  name: string;
  milestones: TemplateMilestone[];
}

export interface TemplateProblem {
  /** Where: `milestones[3].dueOffsetDays`, or `milestones` for the whole list. */
  path: string;
  message: string;
}

/**
 * Everything wrong with a template, each problem naming the milestone and field, so ops can fix
 * an edit in one go. An empty list means the template can be published.
 */
export function validateTemplate(template: TemplateDefinition): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!(TRACKS as readonly string[]).includes(template.track))
    add('track', `unknown track "${template.track}"`);
  if (!template.name.trim()) add('name', 'a template needs a name');
  if (template.milestones.length === 0) add('milestones', 'a template needs at least one milestone');

  const seen = new Map<string, number>();
  template.milestones.forEach((milestone, index) => {
    const at = `milestones[${index}]`;
    if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(milestone.key)) {
      add(`${at}.key`, `"${milestone.key}" is not a key (lower-case letters, digits, - and _)`);
    }
    if (seen.has(milestone.key))
      add(`${at}.key`, `"${milestone.key}" is already used by milestones[${seen.get(milestone.key)}]`);
    seen.set(milestone.key, index);
    if (!(PATHWAY_PHASES as readonly string[]).includes(milestone.phase))
      add(`${at}.phase`, `unknown phase "${milestone.phase}"`);
    if (!milestone.title.trim()) add(`${at}.title`, 'a milestone needs a title');
    if (!Number.isInteger(milestone.dueOffsetDays) || milestone.dueOffsetDays < 0) {
      add(`${at}.dueOffsetDays`, 'must be a whole number of days, 0 or more');
    }
    problems.push(...milestoneKindProblems(milestone, at));
  });

  template.milestones.forEach((milestone, index) => {
    milestone.dependsOn.forEach((dependency, d) => {
      const target = seen.get(dependency);
      if (target === undefined) {
        add(`milestones[${index}].dependsOn[${d}]`, `no milestone has the key "${dependency}"`);
      } else if ((template.milestones[target]?.dueOffsetDays ?? 0) > milestone.dueOffsetDays) {
        add(
          `milestones[${index}].dependsOn[${d}]`,
          `"${dependency}" is due after "${milestone.key}", which depends on it`,
        );
      }
    });
  });
  const cycle = findCycle(template.milestones);
  if (cycle) add('milestones', `dependencies form a cycle: ${cycle.join(' -> ')}`);
  return problems;
}

/** What is wrong with what a milestone books or assigns for its kind. */
export function milestoneKindProblems(
  milestone: Pick<TemplateMilestone, 'kind' | 'sessionKind' | 'instrumentCode'>,
  at: string,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const sessionKindValid =
    milestone.sessionKind === null || (SESSION_KINDS as readonly string[]).includes(milestone.sessionKind);
  if (!sessionKindValid)
    problems.push({ path: `${at}.sessionKind`, message: `unknown session kind "${milestone.sessionKind}"` });
  switch (milestone.kind) {
    case 'session':
      if (milestone.sessionKind === null || milestone.sessionKind === 'group_workshop') {
        problems.push({
          path: `${at}.sessionKind`,
          message: 'a session milestone names a one-to-one session kind to book',
        });
      }
      if (milestone.instrumentCode !== null)
        problems.push({ path: `${at}.instrumentCode`, message: 'only assessments assign an instrument' });
      break;
    case 'workshop':
      if (milestone.sessionKind !== 'group_workshop') {
        problems.push({
          path: `${at}.sessionKind`,
          message: 'a workshop milestone books a group_workshop session',
        });
      }
      if (milestone.instrumentCode !== null)
        problems.push({ path: `${at}.instrumentCode`, message: 'only assessments assign an instrument' });
      break;
    case 'assessment':
      if (!milestone.instrumentCode)
        problems.push({
          path: `${at}.instrumentCode`,
          message: 'an assessment milestone names the instrument to assign',
        });
      if (milestone.sessionKind !== null)
        problems.push({ path: `${at}.sessionKind`, message: 'an assessment books no session' });
      break;
    case 'task':
      if (milestone.sessionKind !== null || milestone.instrumentCode !== null) {
        problems.push({ path: at, message: 'a task books no session and assigns no instrument' });
      }
      break;
    default:
      problems.push({ path: `${at}.kind`, message: `unknown milestone kind "${String(milestone.kind)}"` });
  }
  return problems;
}

function findCycle(milestones: TemplateMilestone[]): string[] | null {
  const edges = new Map(milestones.map((m) => [m.key, m.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const walk = (key: string, trail: string[]): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'visiting') return [...trail.slice(trail.indexOf(key)), key];
    state.set(key, 'visiting');
    for (const next of edges.get(key) ?? []) {
      if (!edges.has(next)) continue;
      const cycle = walk(next, [...trail, key]);
      if (cycle) return cycle;
    }
    state.set(key, 'done');
    return null;
  };
  for (const milestone of milestones) {
    const cycle = walk(milestone.key, []);
    if (cycle) return cycle;
  }
  return null;
}

/** Sessions count against the contract's budget; group workshops do not (they are not one-to-one). */
export function usesSessionBudget(milestone: { kind: MilestoneKind }): boolean {
  return milestone.kind === 'session';
}
