import type { CoachAssignmentEntity } from '@passerelle/scheduling/data-access';
import type { CoachAssignment } from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** An assignment as GraphQL shows it; its `coach` is resolved by the directory from `coachId`. */
export type CoachAssignmentObject = Omit<CoachAssignment, 'coach'> & { coachId: string };

export const toCoachAssignmentObject = (row: CoachAssignmentEntity): CoachAssignmentObject => ({
  candidateId: row.candidateId,
  coachId: row.coachId,
  officeId: row.officeId,
  mode: toGraphQLEnum(row.mode),
  reason: row.reason,
  explanation: row.explanation,
  assignedAt: row.assignedAt,
});
