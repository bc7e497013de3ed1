import {
  decideAssignmentChange,
  mayChangeCoach,
  type AssignmentChange,
  type AssignmentTrigger,
  type CurrentAssignment,
} from './assignment-change';
import type { CoachForAssignment, PersonToAssign } from './coach-assignment';

/** One person's turn in a batch, as the one-by-one path sees them when their event comes. */
export interface AssignmentTurn {
  person: PersonToAssign;
  trigger: AssignmentTrigger;
  /** The offices serving the person's programme (its terms, else their enrolment's); empty: unknown. */
  programmeOfficeIds: readonly string[];
  /**
   * Whether the person takes a place in their coach's caseload: false once placed or exited
   * (they keep their coach on record, the place is free).
   */
  holdsPlace: boolean;
}

/** What the batch started from: the people's coaches before it, the coaches and their load. */
export interface AssignmentBatchStart {
  /** Each person's current coach before the batch (absent: none). */
  current: ReadonlyMap<string, CurrentAssignment>;
  /** Every coach any turn may look at (those of the turns' offices), with their load before the batch. */
  coaches: readonly CoachForAssignment[];
}

/**
 * A batch's people decided in their order, as deciding each on its own after the previous one
 * was saved would (`mayChangeCoach`, then `decideAssignmentChange` over the coaches working in an
 * office of the programme): each assignment takes a place in its coach's caseload before the next
 * turn (and frees one in the coach left), and a person met again sees the coach the batch gave
 * them. Null for a turn that changes nothing and asks nothing of the coaches (offices unknown, or
 * the person may not change coach); a `keep` decision otherwise.
 */
export function decideInOrder(
  turns: readonly AssignmentTurn[],
  start: AssignmentBatchStart,
): (AssignmentChange | null)[] {
  const current = new Map(start.current);
  const load = new Map(start.coaches.map((coach) => [coach.coachId, coach.activeCaseload]));
  const byId = [...start.coaches].sort((a, b) => a.coachId.localeCompare(b.coachId));
  return turns.map((turn) => {
    const { person, trigger, programmeOfficeIds } = turn;
    if (programmeOfficeIds.length === 0) return null;
    const before = current.get(person.candidateId) ?? null;
    if (!mayChangeCoach(before, trigger, person.track)) return null;
    // The coaches the one-by-one path locks for this person: working in an office of the programme.
    const coaches = byId
      .filter((coach) => coach.officeIds.some((office) => programmeOfficeIds.includes(office)))
      .map((coach) => ({ ...coach, activeCaseload: load.get(coach.coachId) ?? 0 }));
    const change = decideAssignmentChange(person, programmeOfficeIds, coaches, before);
    if (change.action === 'assign') {
      const { coachId } = change.decision;
      if (turn.holdsPlace) {
        load.set(coachId, (load.get(coachId) ?? 0) + 1);
        if (before) load.set(before.coachId, (load.get(before.coachId) ?? 0) - 1);
      }
      current.set(person.candidateId, { coachId, mode: 'automatic' });
    }
    return change;
  });
}
