import { PATHWAY_PHASES, SESSION_KINDS, type SessionKind } from '@passerelle/shared/contracts';
import { parseIsoDate, type IsoDate } from './calendar';
import { isSettled, type MilestoneStatus } from './milestone-state';
import { MILESTONE_KINDS, milestoneKindProblems, type MilestoneKind, type PathwayPhase } from './template';
import type { PlanMilestone } from './progress';

/** Why a coach's change to a plan is refused; the message is shown as written. */
export type PlanEditRefusal =
  | { code: 'invalid_input'; field: string; message: string }
  | { code: 'milestone_not_found'; message: string }
  | { code: 'milestone_settled'; message: string }
  | { code: 'session_budget_exceeded'; message: string; budget: number; planned: number }
  | { code: 'beyond_programme_end'; message: string };

export type PlanEdit<T> = { ok: true; value: T } | { ok: false; refusal: PlanEditRefusal };

/** A live milestone of a plan, as far as editing it goes. */
export interface EditableMilestone {
  id: string;
  position: number;
  title: string;
  kind: MilestoneKind;
  status: MilestoneStatus;
  dependsOn: string[];
}

/** Nothing may be due before the plan starts or after the programme ends. */
export interface PlanWindow {
  startOn: IsoDate | null;
  endOn: IsoDate | null;
}

export const MAX_EDIT_REASON = 1000;

const ok = <T>(value: T): PlanEdit<T> => ({ ok: true, value });
const refused = <T>(refusal: PlanEditRefusal): PlanEdit<T> => ({ ok: false, refusal });
const invalid = <T>(field: string, message: string): PlanEdit<T> =>
  refused({ code: 'invalid_input', field, message });

/** Every change says why (kept in the plan's history): trimmed, required, at most 1000 characters. */
export function editReason(reason: string): PlanEdit<string> {
  const trimmed = reason.trim();
  if (!trimmed) return invalid('reason', 'say why the plan changes (it is kept in the plan history)');
  if (trimmed.length > MAX_EDIT_REASON) return invalid('reason', `at most ${MAX_EDIT_REASON} characters`);
  return ok(trimmed);
}

/** A due date is a real calendar date inside the plan's window. */
export function dueDateRefusal(dueOn: string, window: PlanWindow): PlanEditRefusal | null {
  try {
    parseIsoDate(dueOn);
  } catch (error) {
    return { code: 'invalid_input', field: 'dueOn', message: (error as Error).message };
  }
  if (window.endOn !== null && dueOn > window.endOn) {
    return {
      code: 'beyond_programme_end',
      message: `dueOn ${dueOn} is after the programme ends on ${window.endOn}`,
    };
  }
  if (window.startOn !== null && dueOn < window.startOn) {
    return {
      code: 'invalid_input',
      field: 'dueOn',
      message: `${dueOn} is before the plan starts on ${window.startOn}`,
    };
  }
  return null;
}

/** A coach removes, re-dates or completes only a milestone of this plan that is not yet settled. */
export function changeableMilestone<M extends EditableMilestone>(
  milestones: readonly M[],
  id: string,
  verb: 'removed' | 're-dated' | 'completed',
): PlanEdit<M> {
  const milestone = milestones.find((m) => m.id === id);
  if (!milestone)
    return refused({ code: 'milestone_not_found', message: `milestone ${id} is not in this plan` });
  if (isSettled(milestone.status)) {
    return refused({
      code: 'milestone_settled',
      message: `"${milestone.title}" is already ${milestone.status}: it cannot be ${verb}`,
    });
  }
  return ok(milestone);
}

/** What a coach asks to add, as typed. */
export interface MilestoneRequest {
  phase: string;
  kind: string;
  title: string;
  dueOn: string;
  sessionKind: string | null;
  instrumentCode: string | null;
  dependsOn: string[];
}

/** A milestone a coach may add: its kind books or assigns what it should. */
export type AddedMilestone = Omit<PlanMilestone, 'id'>;

const isPhase = (value: string): value is PathwayPhase =>
  (PATHWAY_PHASES as readonly string[]).includes(value);
const isKind = (value: string): value is MilestoneKind =>
  (MILESTONE_KINDS as readonly string[]).includes(value);
const isSessionKind = (value: string | null): value is SessionKind | null =>
  value === null || (SESSION_KINDS as readonly string[]).includes(value);

/**
 * A coach's new milestone: a known phase and kind, a title, what its kind books or assigns, a due
 * date in the plan's window, dependencies on milestones of this plan, and no session beyond the
 * contract's budget.
 */
export function addedMilestone(
  request: MilestoneRequest,
  plan: { milestones: readonly EditableMilestone[]; window: PlanWindow; sessionBudget: number },
): PlanEdit<AddedMilestone> {
  const { phase, kind, sessionKind } = request;
  if (!isPhase(phase)) return invalid('phase', `unknown phase "${phase}"`);
  if (!isKind(kind)) return invalid('kind', `unknown kind "${kind}"`);
  const title = request.title.trim();
  if (!title) return invalid('title', 'a milestone needs a title');
  const shape = milestoneKindProblems(
    { kind, sessionKind: sessionKind as SessionKind | null, instrumentCode: request.instrumentCode },
    'input',
  );
  if (shape.length > 0 || !isSessionKind(sessionKind)) {
    return invalid(
      (shape[0]?.path ?? '').replace(/^input\.?/, '') || 'kind',
      shape.map((p) => p.message).join('; '),
    );
  }
  const date = dueDateRefusal(request.dueOn, plan.window);
  if (date) return refused(date);
  const live = new Set(plan.milestones.map((m) => m.id));
  const unknown = request.dependsOn.filter((id) => !live.has(id));
  if (unknown.length) return invalid('dependsOn', `not in this plan: ${unknown.join(', ')}`);
  if (kind === 'session') {
    const planned = plan.milestones.filter((m) => m.kind === 'session').length;
    if (planned + 1 > plan.sessionBudget) {
      return refused({
        code: 'session_budget_exceeded',
        message: `the plan already has ${planned} session(s) for a budget of ${plan.sessionBudget}: remove or replace a session instead`,
        budget: plan.sessionBudget,
        planned,
      });
    }
  }
  return ok({
    phase,
    kind,
    title,
    dueOn: request.dueOn,
    sessionKind,
    instrumentCode: request.instrumentCode,
    dependsOn: request.dependsOn,
  });
}

/** The plan with a milestone put right after another (at the end without one), renumbered from 1. */
export function insertMilestone<M extends Pick<EditableMilestone, 'id' | 'position'>>(
  milestones: readonly M[],
  added: M,
  afterMilestoneId: string | null,
): PlanEdit<M[]> {
  const after =
    afterMilestoneId === null
      ? milestones.length
      : milestones.findIndex((m) => m.id === afterMilestoneId) + 1;
  if (after === 0) return invalid('afterMilestoneId', `${afterMilestoneId} is not a milestone of this plan`);
  return ok(renumber([...milestones.slice(0, after), added, ...milestones.slice(after)]));
}

/** The rest of the plan once a milestone is removed: nothing depends on it any more, renumbered. */
export function withoutMilestone<M extends Pick<EditableMilestone, 'id' | 'position' | 'dependsOn'>>(
  milestones: readonly M[],
  removedId: string,
): M[] {
  return renumber(
    milestones
      .filter((m) => m.id !== removedId)
      .map((m) => ({ ...m, dependsOn: m.dependsOn.filter((id) => id !== removedId) })),
  );
}

/** A new order lists every live milestone of the plan once, and nothing else. */
export function reorderedMilestones<M extends Pick<EditableMilestone, 'id' | 'position'>>(
  milestones: readonly M[],
  order: readonly string[],
): PlanEdit<M[]> {
  const live = new Set(milestones.map((m) => m.id));
  const given = new Set(order);
  if (given.size !== order.length) return invalid('milestoneIds', 'a milestone is listed twice');
  const missing = [...live].filter((id) => !given.has(id));
  const unknown = order.filter((id) => !live.has(id));
  if (missing.length || unknown.length) {
    return invalid(
      'milestoneIds',
      [
        missing.length ? `missing ${missing.join(', ')}` : '',
        unknown.length ? `not in this plan: ${unknown.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  const byId = new Map(milestones.map((m) => [m.id, m]));
  return ok(renumber(order.flatMap((id) => byId.get(id) ?? [])));
}

/** Only a task is completed by hand; sessions, workshops and assessments by their own events. */
export function handCompletionRefusal(
  milestone: Pick<EditableMilestone, 'title' | 'kind'>,
): PlanEditRefusal | null {
  if (milestone.kind === 'task') return null;
  return {
    code: 'invalid_input',
    field: 'milestoneId',
    message: `"${milestone.title}" is a ${milestone.kind}: it is reached when the ${milestone.kind} takes place, not by hand`,
  };
}

function renumber<M extends { position: number }>(milestones: readonly M[]): M[] {
  return milestones.map((m, index) => ({ ...m, position: index + 1 }));
}
