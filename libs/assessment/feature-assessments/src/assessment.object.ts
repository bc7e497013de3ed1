import { RIASEC_ORDER, type AssessmentStatus } from '@passerelle/assessment/domain';
import type { AssessmentEntity, AssessmentProfileEntity } from '@passerelle/assessment/data-access';
import type { AssessmentLanguage, Assessment, AssessmentProfile } from '@passerelle/assessment/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/**
 * An assessment as GraphQL shows it (the generated `Assessment`), less what field resolvers add;
 * `candidateId` stays for them, not in the schema. The schema types `status` and `assignedBy` as
 * strings: the object keeps their upper-cased domain unions, which `statusOf` reads back.
 */
export type AssessmentObject = Omit<
  Assessment,
  | 'status'
  | 'assignedBy'
  | 'progress'
  | 'items'
  | 'responseFormat'
  | 'freeTextSkills'
  | 'profile'
  | 'debrief'
  | 'report'
> & {
  candidateId: string;
  status: Uppercase<AssessmentStatus>;
  assignedBy: Uppercase<AssessmentEntity['assignedBy']>;
};

export const toAssessmentObject = (row: AssessmentEntity): AssessmentObject => ({
  id: row.id,
  candidateId: row.candidateId,
  instrumentCode: row.instrumentCode,
  instrumentVersion: row.instrumentVersion,
  status: toGraphQLEnum(row.status),
  assignedAt: row.assignedAt,
  assignedBy: toGraphQLEnum(row.assignedBy),
  milestoneId: row.milestoneId,
  submittedAt: row.submittedAt,
  releasedAt: row.releasedAt,
});

export type GraphQLLanguage = AssessmentLanguage;

const STATUS_OF = {
  ASSIGNED: 'assigned',
  IN_PROGRESS: 'in_progress',
  COMPLETED: 'completed',
  RELEASED: 'released',
} as const satisfies Record<AssessmentObject['status'], AssessmentStatus>;

/** The session's status as the domain names it. */
export const statusOf = (object: AssessmentObject): AssessmentStatus => STATUS_OF[object.status];

export const toProfileObject = (row: AssessmentProfileEntity): AssessmentProfile => {
  const result = row.result;
  return {
    computedAt: row.computedAt,
    riasec:
      result.kind === 'riasec'
        ? {
            ...result.riasec,
            // jsonb keeps keys in its own order: list the types in hexagon order.
            scores: RIASEC_ORDER.map((type) => ({ type, score: result.riasec.scores[type] })),
            consistency: toGraphQLEnum(result.riasec.consistency),
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
