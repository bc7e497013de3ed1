import type { OccupationRecommendationEntity } from '@passerelle/matching/data-access';
import type { OccupationCatalogue } from '@passerelle/matching/domain';

/** GraphQL shapes, kept apart from the tables so the public schema does not follow every column. */
export interface RomeSkillObject {
  code: string;
  label: string;
}

export interface OccupationRecommendationObject {
  id: string;
  occupationCode: string;
  label: string;
  rank: number;
  score: number;
  proximity: 'SAME' | 'CLOSE' | 'OFF_TRACK';
  explanation: string;
  sharedSkills: RomeSkillObject[];
  missingSkills: RomeSkillObject[];
  mobilityOrder: number | null;
  computedAt: Date;
}

export const toProximity = (value: string): OccupationRecommendationObject['proximity'] =>
  value.toUpperCase() as OccupationRecommendationObject['proximity'];

export function toRecommendationObject(
  row: OccupationRecommendationEntity,
  catalogue: OccupationCatalogue,
): OccupationRecommendationObject {
  const skill = (code: string): RomeSkillObject => ({ code, label: catalogue.skillLabel(code) });
  return {
    id: row.id,
    occupationCode: row.occupationCode,
    label: row.label,
    rank: row.rank,
    score: row.score,
    proximity: toProximity(row.proximity),
    explanation: row.explanation,
    sharedSkills: row.sharedSkillCodes.map(skill),
    missingSkills: row.missingSkillCodes.map(skill),
    mobilityOrder: row.mobilityOrder,
    computedAt: row.computedAt,
  };
}
