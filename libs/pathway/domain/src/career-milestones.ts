import { PATHWAY_PHASES } from '@passerelle/shared/contracts';
import { addDays, toIsoDate, type IsoDate } from './calendar';
import type { PathwayFact } from './progress';
import type { PathwayPhase } from './template';

// What the career service's events do to a plan (issue 18): a validated professional project
// reaches the plan's project milestone and, when training is needed, adds a training milestone;
// applications count toward "Send your first ten applications".

/** The default templates' milestone that stands for the professional project (retraining's). */
export const PROJECT_MILESTONE_KEYS: readonly string[] = ['project-validation'];
/** The default templates' own training milestone (retraining's): a plan with it gets no other. */
export const TRAINING_MILESTONE_KEYS: readonly string[] = ['training-file'];
/** Direct re-employment's "Send your first ten applications". */
export const APPLICATIONS_MILESTONE_KEY = 'applications';
export const APPLICATIONS_TO_REACH = 10;

/** The keys of the milestones career's events add (their ids derive from them, like a template's). */
export const CAREER_PROJECT_KEY = 'career:project';
export const CAREER_TRAINING_KEY = 'career:training';
/** A training milestone is due this many days after the validation that asked for it. */
export const TRAINING_DUE_DAYS = 30;

const CAREER_PHASE: PathwayPhase = 'validating_project';

export function isProjectMilestone(templateKey: string | null | undefined): boolean {
  return (
    templateKey !== null &&
    templateKey !== undefined &&
    (templateKey === CAREER_PROJECT_KEY || PROJECT_MILESTONE_KEYS.includes(templateKey))
  );
}

type ProjectFact = Extract<PathwayFact, { type: 'project_validated' }>;

const projectFacts = (facts: readonly PathwayFact[]): ProjectFact[] =>
  facts
    .filter((fact): fact is ProjectFact => fact.type === 'project_validated')
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.version - b.version));

/** The version of the project in force: the highest validated (a late older version changes nothing). */
export function latestProject(facts: readonly PathwayFact[]): ProjectFact | null {
  return projectFacts(facts).reduce<ProjectFact | null>(
    (latest, fact) => (latest === null || fact.version >= latest.version ? fact : latest),
    null,
  );
}

/** A milestone career's events add to a plan: a task of the project phase. */
export interface CareerMilestone {
  key: typeof CAREER_PROJECT_KEY | typeof CAREER_TRAINING_KEY;
  phase: PathwayPhase;
  kind: 'task';
  title: string;
  dueOn: IsoDate;
}

export interface PlanOutline {
  startOn: IsoDate;
  endOn: IsoDate;
  /** Every milestone the plan has or had (removed ones too: a coach's removal stands). */
  templateKeys: readonly (string | null)[];
}

/**
 * The milestones a plan lacks for what career announced, decided from all the facts so that any
 * arrival order gives the same plan:
 * - a validated project and no project milestone in the plan: "Professional project validated",
 *   due (and reached) on the first validation;
 * - a version that needed training and no training milestone in the plan: "Training for your
 *   professional project", due 30 days after that validation. It is added once; a later version
 *   without training supersedes it in `deriveProgress` while not started, one with training again
 *   opens it again.
 * Due dates stay within the plan's window.
 */
export function careerMilestonesToAdd(plan: PlanOutline, facts: readonly PathwayFact[]): CareerMilestone[] {
  const projects = projectFacts(facts);
  if (projects.length === 0) return [];
  const keys = new Set(plan.templateKeys.filter((key): key is string => key !== null));
  const within = (date: IsoDate) =>
    date < plan.startOn ? plan.startOn : date > plan.endOn ? plan.endOn : date;
  const added: CareerMilestone[] = [];
  if (![...keys].some(isProjectMilestone)) {
    added.push({
      key: CAREER_PROJECT_KEY,
      phase: CAREER_PHASE,
      kind: 'task',
      title: 'Professional project validated with your coach',
      dueOn: within(toIsoDate(new Date(projects[0].at))),
    });
  }
  const firstTraining = projects.find((fact) => fact.trainingNeeded);
  const hasTraining = keys.has(CAREER_TRAINING_KEY) || TRAINING_MILESTONE_KEYS.some((key) => keys.has(key));
  if (firstTraining && !hasTraining) {
    added.push({
      key: CAREER_TRAINING_KEY,
      phase: CAREER_PHASE,
      kind: 'task',
      title: 'Training for your professional project',
      dueOn: within(addDays(toIsoDate(new Date(firstTraining.at)), TRAINING_DUE_DAYS)),
    });
  }
  return added;
}

/**
 * Where an added milestone goes: after the last milestone of its phase or an earlier one (the
 * plan's order), so the project's steps sit before the job search. Null: at the end.
 */
export function careerMilestoneAfter(
  milestones: readonly { id: string; phase: PathwayPhase }[],
  phase: PathwayPhase,
): string | null {
  const limit = PATHWAY_PHASES.indexOf(phase);
  const before = milestones.filter((m) => PATHWAY_PHASES.indexOf(m.phase) <= limit);
  return before.at(-1)?.id ?? null;
}
