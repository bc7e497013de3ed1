import { RIASEC_ORDER, type AssessmentStatus } from '@passerelle/assessment/domain';
import type { AssessmentEntity, AssessmentProfileEntity } from '@passerelle/assessment/data-access';

/** The GraphQL shape, kept apart from the table; candidateId stays for field resolvers, not in the schema. */
export interface AssessmentObject {
  id: string;
  candidateId: string;
  instrumentCode: string;
  instrumentVersion: string | null;
  status: 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'RELEASED';
  assignedAt: Date;
  assignedBy: 'COACH' | 'PATHWAY';
  milestoneId: string | null;
  submittedAt: Date | null;
  releasedAt: Date | null;
}

export const toAssessmentObject = (row: AssessmentEntity): AssessmentObject => ({
  id: row.id,
  candidateId: row.candidateId,
  instrumentCode: row.instrumentCode,
  instrumentVersion: row.instrumentVersion,
  status: row.status.toUpperCase() as AssessmentObject['status'],
  assignedAt: row.assignedAt,
  assignedBy: row.assignedBy.toUpperCase() as AssessmentObject['assignedBy'],
  milestoneId: row.milestoneId,
  submittedAt: row.submittedAt,
  releasedAt: row.releasedAt,
});

export type GraphQLLanguage = 'FR' | 'EN';

const STATUS_OF = {
  ASSIGNED: 'assigned',
  IN_PROGRESS: 'in_progress',
  COMPLETED: 'completed',
  RELEASED: 'released',
} as const satisfies Record<AssessmentObject['status'], AssessmentStatus>;

/** The session's status as the domain names it. */
export const statusOf = (object: AssessmentObject): AssessmentStatus => STATUS_OF[object.status];

export const toProfileObject = (row: AssessmentProfileEntity) => {
  const result = row.result;
  return {
    computedAt: row.computedAt,
    riasec:
      result.kind === 'riasec'
        ? {
            ...result.riasec,
            // jsonb keeps keys in its own order: list the types in hexagon order.
            scores: RIASEC_ORDER.map((type) => ({ type, score: result.riasec.scores[type] })),
            consistency: result.riasec.consistency.toUpperCase(),
          }
        : null,
    workValues:
      result.kind === 'work_values'
        ? {
            scores: result.workValues.ranking.map((code) => ({
              code,
              score: result.workValues.scores[code],
            })),
            top: result.workValues.top,
          }
        : null,
    skills: result.kind === 'skills_inventory' ? result.skills : null,
  };
};
