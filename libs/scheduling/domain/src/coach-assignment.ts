import type { Track } from '@passerelle/shared/contracts';

/** What assignment knows of a person: ids and preferences, never identity. */
export interface PersonToAssign {
  candidateId: string;
  /** ISO 639-1 codes; empty when unknown (then any language will do). */
  languages: readonly string[];
  /** Known once diagnosed; until then any specialty will do. */
  track: Track | null;
  /** Offices within the person's reach (from their enrolment); empty when unknown. */
  reachOfficeIds: readonly string[];
}

export interface CoachForAssignment {
  coachId: string;
  officeIds: readonly string[];
  languages: readonly string[];
  specialties: readonly string[];
  maxCaseload: number;
  activeCaseload: number;
  active: boolean;
}

export type ExclusionReason =
  | 'inactive'
  | 'office_not_serving_programme'
  | 'out_of_reach'
  | 'no_common_language'
  | 'specialty_mismatch'
  | 'at_capacity';

export interface CoachConsidered {
  coachId: string;
  activeCaseload: number;
  maxCaseload: number;
  loadRatio: number;
}

export interface AssignmentExplanation {
  /** Offices both serving the programme and within the person's reach. */
  officeIds: string[];
  eligible: CoachConsidered[];
  excluded: { coachId: string; reasons: ExclusionReason[] }[];
  rule: string;
  summary: string;
}

/** Why nobody could be chosen: the reason a person waits in the ops queue. */
export type UnassignedReason = 'no_office_in_reach' | 'no_coach_in_offices' | 'no_eligible_coach';

export type AssignmentDecision =
  | { outcome: 'assigned'; coachId: string; officeId: string; explanation: AssignmentExplanation }
  | { outcome: 'unassigned'; reasonCode: UnassignedReason; explanation: AssignmentExplanation };

export const FAIRNESS_RULE =
  'lowest active caseload / maximum caseload; ties: fewer active people, then more capacity, then coach id';

/**
 * Chooses a coach fairly: among the coaches who may follow the person (an office serving the
 * programme and within reach, a shared language, the track as specialty, room in their caseload),
 * the one with the lowest load ratio; ties are broken by a fixed rule, so the same state always
 * gives the same coach. The explanation says why this coach and why each other was excluded.
 */
export function chooseCoach(
  person: PersonToAssign,
  programmeOfficeIds: readonly string[],
  coaches: readonly CoachForAssignment[],
): AssignmentDecision {
  const reach = new Set(person.reachOfficeIds);
  const officeIds = [...new Set(programmeOfficeIds)]
    .filter((office) => reach.size === 0 || reach.has(office))
    .sort();
  const excluded: AssignmentExplanation['excluded'] = [];
  const eligible: CoachConsidered[] = [];
  for (const coach of [...coaches].sort((a, b) => a.coachId.localeCompare(b.coachId))) {
    const reasons = exclusionReasons(person, programmeOfficeIds, reach, coach);
    if (reasons.length > 0) excluded.push({ coachId: coach.coachId, reasons });
    else
      eligible.push({
        coachId: coach.coachId,
        activeCaseload: coach.activeCaseload,
        maxCaseload: coach.maxCaseload,
        loadRatio: coach.activeCaseload / coach.maxCaseload,
      });
  }
  eligible.sort(
    (a, b) =>
      a.loadRatio - b.loadRatio ||
      a.activeCaseload - b.activeCaseload ||
      b.maxCaseload - a.maxCaseload ||
      a.coachId.localeCompare(b.coachId),
  );
  const base = { officeIds, eligible, excluded, rule: FAIRNESS_RULE };
  const chosen = eligible[0];
  if (!chosen) {
    const reasonCode =
      officeIds.length === 0
        ? 'no_office_in_reach'
        : coaches.some((coach) => coach.officeIds.some((office) => officeIds.includes(office)))
          ? 'no_eligible_coach'
          : 'no_coach_in_offices';
    return {
      outcome: 'unassigned',
      reasonCode,
      explanation: { ...base, summary: unassignedSummary(reasonCode, excluded) },
    };
  }
  const coach = coaches.find((c) => c.coachId === chosen.coachId);
  const officeId = officeIds.find((office) => coach?.officeIds.includes(office));
  // Eligible means serving one of these offices, so both are found.
  if (!officeId) throw new Error(`eligible coach ${chosen.coachId} serves none of ${officeIds.join(', ')}`);
  const summary =
    `coach ${chosen.coachId} has the lowest load (${chosen.activeCaseload}/${chosen.maxCaseload}) ` +
    `of ${eligible.length} eligible coach(es); ${excluded.length} excluded`;
  return { outcome: 'assigned', coachId: chosen.coachId, officeId, explanation: { ...base, summary } };
}

function exclusionReasons(
  person: PersonToAssign,
  programmeOfficeIds: readonly string[],
  reach: ReadonlySet<string>,
  coach: CoachForAssignment,
): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (!coach.active) reasons.push('inactive');
  const serving = coach.officeIds.filter((office) => programmeOfficeIds.includes(office));
  if (serving.length === 0) reasons.push('office_not_serving_programme');
  else if (reach.size > 0 && !serving.some((office) => reach.has(office))) reasons.push('out_of_reach');
  if (person.languages.length > 0 && !coach.languages.some((language) => person.languages.includes(language)))
    reasons.push('no_common_language');
  if (person.track && !coach.specialties.includes(person.track)) reasons.push('specialty_mismatch');
  if (coach.activeCaseload >= coach.maxCaseload) reasons.push('at_capacity');
  return reasons;
}

function unassignedSummary(reasonCode: string, excluded: AssignmentExplanation['excluded']): string {
  if (reasonCode === 'no_office_in_reach')
    return 'no office serving the programme is within the person’s reach';
  if (reasonCode === 'no_coach_in_offices') return 'no coach works in the offices serving the programme';
  const counts = new Map<ExclusionReason, number>();
  for (const { reasons } of excluded)
    for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${count} ${reason}`);
  return `no coach fits: ${parts.join(', ')}`;
}
