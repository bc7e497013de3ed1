import type { Track } from '@passerelle/shared/contracts';
import { addMonths, toIsoDate, type IsoDate } from './calendar';

/** What decides whether a pathway is planned now: its latest diagnostic and the track planned. */
export interface PlanState {
  track: Track | null;
  diagnosedAt: Date | null;
  plannedTrack: Track | null;
}

/** The latest diagnostic wins, by when it was made: an older one arriving late changes nothing. */
export function supersedesDiagnosis(current: Date | null, incoming: Date): boolean {
  return current === null || incoming.getTime() > current.getTime();
}

/** A pathway is planned once diagnosed, and planned again when the diagnostic changes its track. */
export function needsPlanning(state: PlanState): boolean {
  return state.track !== null && state.diagnosedAt !== null && state.plannedTrack !== state.track;
}

/** A programme's terms, as far as a plan's dates go. */
export interface ProgrammeDates {
  startDate: IsoDate;
  durationMonths: number;
}

/**
 * A plan starts on the day of the diagnostic, or when the programme starts if that is later; it
 * ends when the programme does, its duration in months after its start.
 */
export function planWindow(diagnosedAt: Date, terms: ProgrammeDates): { startOn: IsoDate; endOn: IsoDate } {
  const diagnosedOn = toIsoDate(diagnosedAt);
  return {
    startOn: diagnosedOn > terms.startDate ? diagnosedOn : terms.startDate,
    endOn: addMonths(terms.startDate, terms.durationMonths),
  };
}

/** A milestone of the plan being replaced, as far as a re-plan goes. */
export interface PreviousMilestone {
  id: string;
  title: string;
  origin: 'template' | 'coach';
  position: number;
  removedAt: Date | null;
}

/**
 * A new track replaces the template's milestones; those a coach added (and did not remove) survive
 * the re-plan, in their order, after the new template's.
 */
export function survivingReplan<M extends PreviousMilestone>(
  previous: readonly M[],
  freshCount: number,
): { replaced: M[]; kept: M[] } {
  return {
    replaced: previous.filter((m) => m.origin === 'template'),
    kept: previous
      .filter((m) => m.origin === 'coach' && m.removedAt === null)
      .map((m, index) => ({ ...m, position: freshCount + index + 1 })),
  };
}

/** Sessions planned and used against the contract's budget per person. */
export interface SessionBudgetView {
  budget: number;
  planned: number;
  used: number;
  remaining: number;
  /** More sessions planned than the contract pays for (after an amendment lowered it). */
  overCommitted: boolean;
}

/** What is left never goes below zero; a plan over a lowered budget is flagged, not cut. */
export function sessionBudgetView(budget: number, planned: number, used: number): SessionBudgetView {
  return { budget, planned, used, remaining: Math.max(0, budget - used), overCommitted: planned > budget };
}

/**
 * A planned pathway completes when progress says the search is over; an outcome corrected back to
 * "still searching" makes the plan live again. Null when nothing changes.
 */
export function completionChange(
  pathway: { planned: boolean; completed: boolean },
  progressCompleted: boolean,
): 'complete' | 'reopen' | null {
  if (pathway.planned && progressCompleted && !pathway.completed) return 'complete';
  if (pathway.completed && !progressCompleted) return 'reopen';
  return null;
}
