import type { AssessmentEntity } from '@passerelle/assessment/data-access';

/** The GraphQL shape, kept apart from the table so the public schema does not follow every column. */
export type AssessmentObject = Pick<AssessmentEntity, 'id' | 'instrumentCode' | 'status' | 'assignedAt'>;

export const toAssessmentObject = (row: AssessmentEntity): AssessmentObject => ({
  id: row.id,
  instrumentCode: row.instrumentCode,
  status: row.status,
  assignedAt: row.assignedAt,
});
