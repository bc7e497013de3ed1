import type { Track } from '@passerelle/shared/contracts';
import {
  chooseCoach,
  type AssignmentDecision,
  type CoachForAssignment,
  type PersonToAssign,
} from './coach-assignment';

/** What made the service look at a person's coach (`capacity_freed`: a coach was added or got room). */
export type AssignmentTrigger = 'enrolled' | 'diagnosed' | 'programme_amended' | 'capacity_freed';

/** How a person was given their coach: chosen by the rule, or by ops with a reason. */
export type AssignmentMode = 'automatic' | 'reassignment';

/** A person's current coach and how they were given them. */
export interface CurrentAssignment {
  coachId: string;
  mode: AssignmentMode;
}

/**
 * Whether a trigger may change the coach of a person: anyone not followed yet; someone followed
 * only on their diagnosis, when their coach was chosen automatically and the track is known
 * (a coach chosen by ops stays). Asked before the coaches are locked.
 */
export function mayChangeCoach(
  current: CurrentAssignment | null,
  trigger: AssignmentTrigger,
  track: Track | null,
): boolean {
  return !current || (trigger === 'diagnosed' && current.mode === 'automatic' && track !== null);
}

/** What to do with a person: nothing, wait in the ops queue, or follow the chosen coach. */
export type AssignmentChange =
  | { action: 'keep'; decision: AssignmentDecision | null }
  | { action: 'enqueue'; decision: Extract<AssignmentDecision, { outcome: 'unassigned' }> }
  | { action: 'assign'; decision: Extract<AssignmentDecision, { outcome: 'assigned' }> };

/**
 * Decides a person's coach (`chooseCoach`) given the one they may have: a current coach who has
 * the person's track keeps them; the current coach counts the person already, so is compared as
 * if they were free; someone already followed whom nobody fits keeps their coach (only people
 * without one wait in the queue); choosing the same coach again changes nothing.
 */
export function decideAssignmentChange(
  person: PersonToAssign,
  programmeOfficeIds: readonly string[],
  coaches: readonly CoachForAssignment[],
  current: CurrentAssignment | null,
): AssignmentChange {
  if (current && person.track) {
    const coach = coaches.find((c) => c.coachId === current.coachId);
    if (coach?.specialties.includes(person.track)) return { action: 'keep', decision: null };
  }
  const decision = chooseCoach(
    person,
    programmeOfficeIds,
    coaches.map((coach) => ({
      ...coach,
      activeCaseload: coach.activeCaseload - (current?.coachId === coach.coachId ? 1 : 0),
    })),
  );
  if (decision.outcome === 'unassigned')
    return current ? { action: 'keep', decision } : { action: 'enqueue', decision };
  if (current?.coachId === decision.coachId) return { action: 'keep', decision: null };
  return { action: 'assign', decision };
}
