import { PATHWAY_PHASES, type OutcomeCategory, type SessionKind } from '@passerelle/shared/contracts';
import type { IsoDate } from './calendar';
import {
  APPLICATIONS_MILESTONE_KEY,
  APPLICATIONS_TO_REACH,
  CAREER_TRAINING_KEY,
  isProjectMilestone,
  latestProject,
} from './career-milestones';
import { isSettled, nextStatus, type MilestoneAction, type MilestoneStatus } from './milestone-state';
import type { MilestoneKind, PathwayPhase } from './template';

/** A milestone of a person's plan as the progress rules see it (removed ones are left out). */
export interface PlanMilestone {
  id: string;
  phase: PathwayPhase;
  kind: MilestoneKind;
  title: string;
  dueOn: IsoDate;
  sessionKind: SessionKind | null;
  instrumentCode: string | null;
  dependsOn: string[];
  /** The template milestone it came from (or `career:*` for one career's events added); null or absent for a coach's. */
  templateKey?: string | null;
}

interface FactBase {
  eventId: string;
  /** When it happened in the world (not when it reached us): facts are replayed in this order. */
  at: string;
}

type SessionFact = FactBase & { sessionId: string; sessionKind: SessionKind };

/** What the pathway service learns from other services (and the coach), in its own terms. */
export type PathwayFact =
  | (SessionFact & { type: 'session_booked' })
  | (SessionFact & { type: 'session_cancelled' })
  | (SessionFact & { type: 'session_completed' })
  | (SessionFact & { type: 'session_no_show' })
  | (FactBase & { type: 'assessment_completed'; instrumentCode: string; milestoneId: string | null })
  | (FactBase & { type: 'results_released'; milestoneId: string | null })
  | (FactBase & { type: 'outcome_recorded'; category: OutcomeCategory })
  | (FactBase & { type: 'milestone_completed'; milestoneId: string })
  | (FactBase & { type: 'project_validated'; projectId: string; version: number; trainingNeeded: boolean })
  | (FactBase & { type: 'application_recorded'; applicationId: string })
  | (FactBase & { type: 'application_status_changed'; applicationId: string; status: string });

export interface MilestoneProgress {
  status: MilestoneStatus;
  reachedAt: string | null;
  causeEventId: string | null;
  bookedSessionId: string | null;
  noShows: number;
}

export interface PathwayProgress {
  milestones: Map<string, MilestoneProgress>;
  /** One-to-one sessions completed: what the contract's budget pays for. */
  sessionsUsed: number;
  noShows: number;
  /** No-shows since the last completed session. */
  consecutiveNoShows: number;
  lastActivityAt: string | null;
  /** When the person last attended a session: the human contact a distress flag asks for. */
  lastSessionCompletedAt: string | null;
  /** The latest outcome recorded, when any. */
  outcome: OutcomeCategory | null;
  currentPhase: PathwayPhase | null;
  completed: boolean;
  /** When the last step that completed the plan happened. */
  completedAt: string | null;
  /** Applications the person recorded (each once, whatever became of it). */
  applicationsSent: number;
}

const ACTIVITY: ReadonlySet<PathwayFact['type']> = new Set([
  'session_booked',
  'session_completed',
  'assessment_completed',
  'results_released',
  'milestone_completed',
  'application_recorded',
  'application_status_changed',
]);

export function compareFacts(a: PathwayFact, b: PathwayFact): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

/** Placed (or otherwise out of the search): the earlier phases' open milestones are no longer needed. */
export function endsTheSearch(category: OutcomeCategory): boolean {
  return category !== 'still_searching';
}

/**
 * The plan's progress from every fact known about the person, replayed in the order things
 * happened. Deterministic: the same facts give the same progress whatever order they arrived in,
 * which is what makes the consumers order-tolerant.
 */
export function deriveProgress(
  milestones: readonly PlanMilestone[],
  facts: readonly PathwayFact[],
): PathwayProgress {
  const progress = new Map<string, MilestoneProgress>(
    milestones.map((m) => [
      m.id,
      { status: 'open', reachedAt: null, causeEventId: null, bookedSessionId: null, noShows: 0 },
    ]),
  );
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const stateOf = (id: string): MilestoneProgress => {
    const state = progress.get(id);
    if (!state) throw new Error(`milestone ${id} is not in the plan`);
    return state;
  };
  const completedSessions = new Set<string>();
  const budgetedSessions = new Set<string>();
  let noShows = 0;
  let consecutiveNoShows = 0;
  let lastActivityAt: string | null = null;
  let lastSessionCompletedAt: string | null = null;
  let outcome: OutcomeCategory | null = null;
  let outcomeAt: string | null = null;
  const applications = new Set<string>();
  let projectValidated = false;

  const apply = (id: string | undefined, action: MilestoneAction, fact: PathwayFact): boolean => {
    const state = id === undefined ? undefined : progress.get(id);
    if (!state) return false;
    const next = nextStatus(state.status, action);
    if (next === null) return false;
    state.status = next;
    if (next === 'reached') {
      state.reachedAt = fact.at;
      state.causeEventId = fact.eventId;
    }
    if (next !== 'booked') state.bookedSessionId = null;
    return true;
  };
  const searching = () => outcome === null || !endsTheSearch(outcome);
  /** The first milestone in plan order that can still take this fact; after a placement only follow-up ones. */
  const firstWaiting = (matches: (m: PlanMilestone) => boolean, allowBooked = false): string | undefined =>
    milestones.find((m) => {
      const status = stateOf(m.id).status;
      const waiting = status === 'open' || (allowBooked && status === 'booked');
      return waiting && matches(m) && (searching() || m.phase === 'follow_up_in_job');
    })?.id;
  const bookedFor = (sessionId: string) =>
    [...progress].find(([, state]) => state.status === 'booked' && state.bookedSessionId === sessionId)?.[0];
  const ofSessionKind = (kind: SessionKind) => (m: PlanMilestone) => m.sessionKind === kind;
  const keyed = (key: string) => milestones.find((m) => m.templateKey === key)?.id;

  for (const fact of [...facts].sort(compareFacts)) {
    if (ACTIVITY.has(fact.type) && (lastActivityAt === null || fact.at > lastActivityAt))
      lastActivityAt = fact.at;
    switch (fact.type) {
      case 'session_booked': {
        if (bookedFor(fact.sessionId) || completedSessions.has(fact.sessionId)) break;
        const id = firstWaiting(ofSessionKind(fact.sessionKind));
        if (id !== undefined && apply(id, 'book', fact)) stateOf(id).bookedSessionId = fact.sessionId;
        break;
      }
      case 'session_cancelled':
        apply(bookedFor(fact.sessionId), 'cancel', fact);
        break;
      case 'session_no_show': {
        noShows++;
        consecutiveNoShows++;
        const id = bookedFor(fact.sessionId);
        if (id !== undefined && apply(id, 'no_show', fact)) stateOf(id).noShows++;
        break;
      }
      case 'session_completed': {
        if (completedSessions.has(fact.sessionId)) break;
        completedSessions.add(fact.sessionId);
        if (fact.sessionKind !== 'group_workshop') budgetedSessions.add(fact.sessionId);
        consecutiveNoShows = 0;
        if (lastSessionCompletedAt === null || fact.at > lastSessionCompletedAt)
          lastSessionCompletedAt = fact.at;
        apply(
          bookedFor(fact.sessionId) ?? firstWaiting(ofSessionKind(fact.sessionKind), true),
          'reach',
          fact,
        );
        break;
      }
      case 'assessment_completed': {
        const named = fact.milestoneId !== null && byId.get(fact.milestoneId)?.kind === 'assessment';
        if (!(named && apply(fact.milestoneId ?? undefined, 'reach', fact))) {
          apply(
            firstWaiting((m) => m.kind === 'assessment' && m.instrumentCode === fact.instrumentCode),
            'reach',
            fact,
          );
        }
        break;
      }
      case 'results_released':
        apply(firstWaiting(ofSessionKind('debrief'), true), 'reach', fact);
        break;
      case 'milestone_completed':
        apply(fact.milestoneId, 'reach', fact);
        break;
      case 'outcome_recorded':
        outcome = fact.category;
        outcomeAt = fact.at;
        break;
      case 'project_validated':
        // The first validation reaches the project milestone; later versions change the project only.
        if (!projectValidated)
          apply(
            firstWaiting((m) => isProjectMilestone(m.templateKey), true),
            'reach',
            fact,
          );
        projectValidated = true;
        break;
      case 'application_recorded': {
        if (applications.has(fact.applicationId)) break;
        applications.add(fact.applicationId);
        if (applications.size === APPLICATIONS_TO_REACH && searching())
          apply(keyed(APPLICATIONS_MILESTONE_KEY), 'reach', fact);
        break;
      }
      case 'application_status_changed':
        break;
    }
  }

  // A later version of the project without training: the training milestone career's events added
  // is no longer needed, unless the person already started it.
  const project = latestProject(facts);
  const training = keyed(CAREER_TRAINING_KEY);
  if (project !== null && !project.trainingNeeded && training !== undefined) {
    const state = stateOf(training);
    if (state.status === 'open') state.status = 'superseded';
  }

  // After a placement, what the earlier phases still asked for is no longer needed.
  if (outcome !== null && endsTheSearch(outcome)) {
    for (const milestone of milestones) {
      const state = stateOf(milestone.id);
      if (milestone.phase !== 'follow_up_in_job' && nextStatus(state.status, 'supersede')) {
        state.status = 'superseded';
        state.bookedSessionId = null;
      }
    }
  }
  // Waiting milestones show as pending until what they depend on is settled.
  for (const milestone of milestones) {
    const state = stateOf(milestone.id);
    if (state.status !== 'open') continue;
    const blocked = milestone.dependsOn.some((dep) => {
      const depState = progress.get(dep);
      return depState !== undefined && !isSettled(depState.status);
    });
    if (blocked) state.status = 'pending';
  }

  const unsettled = milestones.find((m) => !isSettled(stateOf(m.id).status));
  const completed = milestones.length > 0 && unsettled === undefined;
  const settledTimes = [
    ...[...progress.values()].map((state) => state.reachedAt),
    outcome !== null && endsTheSearch(outcome) ? outcomeAt : null,
  ].filter((at): at is string => at !== null);
  return {
    milestones: progress,
    sessionsUsed: budgetedSessions.size,
    noShows,
    consecutiveNoShows,
    lastActivityAt,
    lastSessionCompletedAt,
    outcome,
    currentPhase: unsettled?.phase ?? null,
    completed,
    completedAt: completed ? (settledTimes.sort().at(-1) ?? null) : null,
    applicationsSent: applications.size,
  };
}

/** Phases in plan order, for sorting and aggregates. */
export function phaseIndex(phase: PathwayPhase): number {
  return PATHWAY_PHASES.indexOf(phase);
}
