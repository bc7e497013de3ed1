import type { CoachAssignmentEntity } from '@passerelle/scheduling/data-access';
import { toGraphQLEnum, type AssignmentExplanation } from '@passerelle/scheduling/domain';

/** An assignment as GraphQL shows it; its `coach` is resolved by the directory from `coachId`. */
export interface CoachAssignmentObject {
  candidateId: string;
  coachId: string;
  officeId: string;
  mode: string;
  reason: string | null;
  explanation: AssignmentExplanation | null;
  assignedAt: Date;
}

export const toCoachAssignmentObject = (row: CoachAssignmentEntity): CoachAssignmentObject => ({
  candidateId: row.candidateId,
  coachId: row.coachId,
  officeId: row.officeId,
  mode: toGraphQLEnum(row.mode),
  reason: row.reason,
  explanation: row.explanation,
  assignedAt: row.assignedAt,
});
