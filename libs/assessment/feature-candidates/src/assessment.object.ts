import {
  RIASEC_ORDER,
  type AssessmentResult,
  type InstrumentKind,
  type Language,
} from '@passerelle/assessment/domain';
import type {
  AssessmentEntity,
  AssessmentProfileEntity,
  InstrumentEntity,
} from '@passerelle/assessment/data-access';

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
export const languageOf = (value: GraphQLLanguage | undefined): Language => (value === 'EN' ? 'en' : 'fr');

export const toInstrumentObject = (row: InstrumentEntity) => ({
  code: row.code,
  version: row.version,
  kind: row.kind.toUpperCase() as Uppercase<InstrumentKind>,
  titles: row.title,
  languages: row.languages.map((language) => language.toUpperCase()),
  source: row.source,
});

export const toProfileObject = (row: AssessmentProfileEntity) => {
  const result = row.result as unknown as AssessmentResult;
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
