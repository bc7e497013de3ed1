import type { OccupationRecommendationEntity } from '@passerelle/matching/data-access';
import type { OccupationCatalogue } from '@passerelle/matching/domain';
import type { OccupationRecommendation, RomeSkill } from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/**
 * A recommendation as GraphQL shows it (the generated type): skills with their labels, not the stored
 * codes. Local demand and certifications are read by their own field resolvers.
 */
export function toRecommendationObject(
  row: OccupationRecommendationEntity,
  catalogue: OccupationCatalogue,
): Omit<OccupationRecommendation, 'localDemand' | 'certifications'> {
  const skill = (code: string): RomeSkill => ({ code, label: catalogue.skillLabel(code) });
  return {
    id: row.id,
    occupationCode: row.occupationCode,
    label: row.label,
    rank: row.rank,
    score: row.score,
    proximity: toGraphQLEnum(row.proximity),
    explanation: row.explanation,
    explanationEn: row.explanationEn,
    levelStep: row.levelStep,
    sharedSkills: row.sharedSkillCodes.map(skill),
    missingSkills: row.missingSkillCodes.map(skill),
    mobilityOrder: row.mobilityOrder,
    computedAt: row.computedAt,
  };
}
