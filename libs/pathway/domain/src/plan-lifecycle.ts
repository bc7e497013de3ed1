import type { Track } from '@passerelle/shared/contracts';
import { isHeldStatus, type CandidateStatus } from '@passerelle/shared/contracts';
import { addDays, addMonths, daysBetween, toIsoDate, type IsoDate } from './calendar';

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
  origin: 'template' | 'coach' | 'career';
  position: number;
  removedAt: Date | null;
}

/**
 * A new track replaces the template's milestones (and those career's events added, which are added
 * again from the facts when the new plan lacks them); those a coach added (and did not remove)
 * survive the re-plan, in their order, after the new template's.
 */
export function survivingReplan<M extends PreviousMilestone>(
  previous: readonly M[],
  freshCount: number,
): { replaced: M[]; kept: M[] } {
  return {
    replaced: previous.filter((m) => m.origin !== 'coach'),
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

/**
 * A person paused, placed or exited is held: no plan is drafted or re-planned for them and the
 * at-risk rules leave them alone. Invited and active people are followed.
 */
export function planningHeld(status: CandidateStatus): boolean {
  return isHeldStatus(status);
}

/** A milestone as far as a return from a pause moves it. */
export interface DatedMilestone {
  id: string;
  dueOn: IsoDate;
  settled: boolean;
}

/**
 * Back from a pause, the plan's open milestones move later by the days the pause lasted (counted
 * in whole calendar days), so nothing falls overdue for time the person was away; done or skipped
 * ones keep their dates, and none moves past the programme's end (those are listed as not moved).
 */
export function resumeShift(
  milestones: readonly DatedMilestone[],
  pausedAt: Date,
  resumedAt: Date,
  programmeEndOn: IsoDate | null,
): { days: number; moved: { id: string; dueOn: IsoDate }[]; notMoved: string[] } {
  const days = Math.max(0, daysBetween(toIsoDate(pausedAt), toIsoDate(resumedAt)));
  const moved: { id: string; dueOn: IsoDate }[] = [];
  const notMoved: string[] = [];
  if (days === 0) return { days, moved, notMoved };
  for (const milestone of milestones) {
    if (milestone.settled) continue;
    const dueOn = addDays(milestone.dueOn, days);
    if (programmeEndOn !== null && dueOn > programmeEndOn) {
      if (milestone.dueOn < programmeEndOn) moved.push({ id: milestone.id, dueOn: programmeEndOn });
      else notMoved.push(milestone.id);
    } else moved.push({ id: milestone.id, dueOn });
  }
  return { days, moved, notMoved };
}

/** The plan's flags an amendment of the programme's end writes (a later amendment replaces them). */
export const TERMS_REDATING_CODES = ['redated_to_programme_end', 'not_redated_programme_ended'] as const;
export type TermsRedatingCode = (typeof TERMS_REDATING_CODES)[number];

/** What an amendment of the programme's end does to a plan's open milestones. */
export interface TermsRedating {
  /** Open milestones due after the new end, brought back to it. */
  moved: { id: string; dueOn: IsoDate }[];
  /** Open milestones due after an end already past: nothing sensible to move them to; flagged. */
  notRedated: string[];
}

/**
 * The programme's end moved (an amendment of its start or duration). A later end leaves the dates
 * as the coach set them (they now have room); an earlier end brings every open milestone due after
 * it back to the new end, so the plan fits the contract again. When the new end is already past
 * (today or before), no date would mean anything: those milestones are listed, not moved.
 */
export function redateForTerms(
  milestones: readonly DatedMilestone[],
  programmeEndOn: IsoDate,
  today: IsoDate,
): TermsRedating {
  const late = milestones.filter((m) => !m.settled && m.dueOn > programmeEndOn);
  if (programmeEndOn <= today) return { moved: [], notRedated: late.map((m) => m.id) };
  return { moved: late.map((m) => ({ id: m.id, dueOn: programmeEndOn })), notRedated: [] };
}
