import type { Track } from '@passerelle/shared/contracts';
import { windowsOf, type DailyWindow } from './weekly-hours';

/**
 * What capacity planning takes as given; each is a parameter, with the default ops see unless they
 * say otherwise. Programme contracts do not carry a time to first meeting yet (docs/scheduling.md).
 */
export interface CapacityAssumptions {
  /** Days from now within which everyone waiting should have had a first meeting. */
  firstMeetingWithinDays: number;
  /** Length of a first meeting, in minutes (the welcome session's usual length). */
  firstMeetingMinutes: number;
  /** Share of a coach's weekly hours open to first meetings (the rest goes to their caseload). */
  firstMeetingShare: number;
  /** Caseload limit of a coach to add when a group has no coach to take it from. */
  defaultMaxCaseload: number;
  /** Weekly working minutes of a coach to add when a group has no coach to take them from. */
  defaultWeeklyMinutes: number;
}

export const DEFAULT_CAPACITY_ASSUMPTIONS: CapacityAssumptions = {
  firstMeetingWithinDays: 14,
  firstMeetingMinutes: 60,
  firstMeetingShare: 0.25,
  defaultMaxCaseload: 40,
  defaultWeeklyMinutes: 35 * 60,
};

/** The rule, in words, as ops read it beside the figures. */
export const CAPACITY_RULE =
  'coaches missing = the larger of ceil((waiting - free places) / caseload per coach) and ' +
  'ceil((waiting - first meetings the current coaches can hold in time) / first meetings a new coach can hold in time); ' +
  'caseload per coach and a new coach’s hours are the median of the group’s coaches (defaults when it has none)';

/** People waiting for a coach, counted by the place, track and language that decide who may take them. */
export interface WaitingGroup {
  /** The first office of their reach serving the programme; null when none is within reach. */
  officeId: string | null;
  /** Null until diagnosed: any specialty will do. */
  track: Track | null;
  /** Their first language; null when unknown: any language will do. */
  language: string | null;
  waiting: number;
  oldestQueuedAt: Date;
}

/** A coach of the programme's offices, as capacity planning needs them. */
export interface CoachCapacity {
  coachId: string;
  officeIds: readonly string[];
  languages: readonly string[];
  specialties: readonly string[];
  active: boolean;
  maxCaseload: number;
  activeCaseload: number;
  weeklyHours: readonly DailyWindow[];
}

export type BindingConstraint = 'none' | 'caseload' | 'time';

export interface GroupCapacity {
  officeId: string | null;
  track: Track | null;
  language: string | null;
  waiting: number;
  oldestQueuedAt: Date;
  /** Coaches who may take the group's people (active, office, language, track). */
  coaches: number;
  /** Free caseload places of those coaches. */
  freePlaces: number;
  /** min(waiting, free places): who could get a coach today. */
  placeableNow: number;
  /** First meetings the group's coaches with room can hold before the deadline, capped by their free places. */
  firstMeetingSlots: number;
  /** Caseload limit used for a coach to add (median of the group's coaches, or the default). */
  caseloadPerCoach: number;
  /** First meetings a coach to add could hold before the deadline. */
  firstMeetingsPerNewCoach: number;
  coachesMissingForCaseload: number;
  coachesMissingForTime: number;
  /** The larger of the two. */
  coachesMissing: number;
  /** Which limit decides the coaches missing. */
  binding: BindingConstraint;
  /** When the current coaches would have met everyone waiting; null if they never can (no room or no hours). */
  everyoneReachedBy: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Beyond ten years, "never" is the honest answer. */
const HORIZON_DAYS = 3650;

/** Minutes of work in a week of windows (overlapping windows of a day counted once). */
export function weeklyMinutes(windows: readonly DailyWindow[]): number {
  let total = 0;
  for (let weekday = 1; weekday <= 7; weekday++)
    for (const [start, end] of windowsOf(windows, weekday)) total += end - start;
  return total;
}

/** Whether a coach may take people of a group: the assignment's rules, capacity aside. */
export function coachFitsGroup(
  coach: CoachCapacity,
  group: Pick<WaitingGroup, 'officeId' | 'track' | 'language'>,
): boolean {
  return (
    coach.active &&
    group.officeId !== null &&
    coach.officeIds.includes(group.officeId) &&
    (group.language === null || coach.languages.includes(group.language)) &&
    (group.track === null || coach.specialties.includes(group.track))
  );
}

/** The assumptions must make sense before any figure is computed: each problem names its field. */
export function capacityAssumptionIssues(
  assumptions: CapacityAssumptions,
): { field: keyof CapacityAssumptions; message: string }[] {
  const issues: { field: keyof CapacityAssumptions; message: string }[] = [];
  const {
    firstMeetingWithinDays,
    firstMeetingMinutes,
    firstMeetingShare,
    defaultMaxCaseload,
    defaultWeeklyMinutes,
  } = assumptions;
  if (!Number.isInteger(firstMeetingWithinDays) || firstMeetingWithinDays < 1 || firstMeetingWithinDays > 365)
    issues.push({
      field: 'firstMeetingWithinDays',
      message: 'firstMeetingWithinDays is a whole number of days, 1 to 365',
    });
  if (!Number.isInteger(firstMeetingMinutes) || firstMeetingMinutes < 15 || firstMeetingMinutes > 480)
    issues.push({
      field: 'firstMeetingMinutes',
      message: 'firstMeetingMinutes is a whole number, 15 to 480',
    });
  if (!(firstMeetingShare > 0 && firstMeetingShare <= 1))
    issues.push({ field: 'firstMeetingShare', message: 'firstMeetingShare is more than 0 and at most 1' });
  if (!Number.isInteger(defaultMaxCaseload) || defaultMaxCaseload < 1)
    issues.push({ field: 'defaultMaxCaseload', message: 'defaultMaxCaseload is a whole number, at least 1' });
  if (!Number.isInteger(defaultWeeklyMinutes) || defaultWeeklyMinutes < 60)
    issues.push({
      field: 'defaultWeeklyMinutes',
      message: 'defaultWeeklyMinutes is a whole number, at least 60',
    });
  return issues;
}

/**
 * Per group of people waiting, how many coaches are missing to take everyone within the time to
 * first meeting, and when the current coaches would have met everyone. Groups come out oldest
 * waiting first. A coach who fits several groups counts in each (their free places are not shared
 * out), so each group's figure says what that group lacks on its own.
 */
export function planCapacity(
  groups: readonly WaitingGroup[],
  coaches: readonly CoachCapacity[],
  assumptions: CapacityAssumptions,
  now: Date,
): GroupCapacity[] {
  return [...groups]
    .sort(
      (a, b) =>
        a.oldestQueuedAt.getTime() - b.oldestQueuedAt.getTime() ||
        (a.officeId ?? '').localeCompare(b.officeId ?? '') ||
        (a.track ?? '').localeCompare(b.track ?? '') ||
        (a.language ?? '').localeCompare(b.language ?? ''),
    )
    .map((group) =>
      planGroup(
        group,
        coaches.filter((coach) => coachFitsGroup(coach, group)),
        assumptions,
        now,
      ),
    );
}

interface CoachRoom {
  freePlaces: number;
  meetingsPerWeek: number;
}

function planGroup(
  group: WaitingGroup,
  fitting: readonly CoachCapacity[],
  assumptions: CapacityAssumptions,
  now: Date,
): GroupCapacity {
  const { waiting } = group;
  const { firstMeetingWithinDays: days } = assumptions;
  const meetingsPerWeek = (minutes: number) =>
    Math.floor((minutes * assumptions.firstMeetingShare) / assumptions.firstMeetingMinutes);
  const rooms: CoachRoom[] = fitting.map((coach) => ({
    freePlaces: Math.max(0, coach.maxCaseload - coach.activeCaseload),
    meetingsPerWeek: meetingsPerWeek(weeklyMinutes(coach.weeklyHours)),
  }));
  const freePlaces = sum(rooms.map((room) => room.freePlaces));
  const firstMeetingSlots = reachableWithin(rooms, days);
  const caseloadPerCoach =
    median(fitting.map((coach) => coach.maxCaseload)) ?? assumptions.defaultMaxCaseload;
  // A coach to add works like the group's coaches who have hours (the default when none has).
  const newCoachMinutes =
    median(fitting.map((coach) => weeklyMinutes(coach.weeklyHours)).filter((minutes) => minutes > 0)) ??
    assumptions.defaultWeeklyMinutes;
  // A coach to add meets at most their whole caseload in time, and at least one person (so that
  // odd assumptions never make the count infinite).
  const firstMeetingsPerNewCoach = Math.max(
    1,
    Math.min(caseloadPerCoach, Math.floor((meetingsPerWeek(newCoachMinutes) * days) / 7)),
  );
  const coachesMissingForCaseload = Math.ceil(Math.max(0, waiting - freePlaces) / caseloadPerCoach);
  const shortInTime = Math.max(0, waiting - firstMeetingSlots);
  const coachesMissingForTime = Math.ceil(shortInTime / firstMeetingsPerNewCoach);
  const coachesMissing = Math.max(coachesMissingForCaseload, coachesMissingForTime);
  const binding: BindingConstraint =
    coachesMissing === 0 ? 'none' : coachesMissingForCaseload >= coachesMissingForTime ? 'caseload' : 'time';
  return {
    officeId: group.officeId,
    track: group.track,
    language: group.language,
    waiting,
    oldestQueuedAt: group.oldestQueuedAt,
    coaches: fitting.length,
    freePlaces,
    placeableNow: Math.min(waiting, freePlaces),
    firstMeetingSlots,
    caseloadPerCoach,
    firstMeetingsPerNewCoach,
    coachesMissingForCaseload,
    coachesMissingForTime,
    coachesMissing,
    binding,
    everyoneReachedBy: everyoneReachedBy(rooms, waiting, now),
  };
}

/** First meetings the coaches can hold within `days`, each at most their free places. */
function reachableWithin(rooms: readonly CoachRoom[], days: number): number {
  return sum(rooms.map((room) => Math.min(room.freePlaces, Math.floor((room.meetingsPerWeek * days) / 7))));
}

/** The first day on which the coaches' first meetings so far cover everyone waiting. */
function everyoneReachedBy(rooms: readonly CoachRoom[], waiting: number, now: Date): Date | null {
  if (waiting === 0) return now;
  if (reachableWithin(rooms, HORIZON_DAYS) < waiting) return null;
  let low = 1;
  let high = HORIZON_DAYS;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reachableWithin(rooms, middle) >= waiting) high = middle;
    else low = middle + 1;
  }
  return new Date(now.getTime() + low * DAY_MS);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The middle value (lower of the two middles), or null for none. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}
