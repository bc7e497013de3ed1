import type {
  JobOfferEntity,
  OccupationRecommendationEntity,
  OfferMatchEntity,
} from '@passerelle/matching/data-access';
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

export interface JobOfferObject {
  id: string;
  occupationCode: string;
  title: string;
  communeCode: string;
  departmentCode: string;
  contractType: string;
  skillCodes: string[];
  publishedOn: string;
  expiresOn: string | null;
}

export interface OfferMatchObject {
  offer: JobOfferObject;
  rank: number;
  score: number;
  explanation: string;
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

export function toJobOfferObject(row: JobOfferEntity): JobOfferObject {
  return {
    id: row.id,
    occupationCode: row.occupationCode,
    title: row.title,
    communeCode: row.communeCode,
    departmentCode: row.departmentCode,
    contractType: row.contractType.toUpperCase(),
    skillCodes: row.skillCodes,
    publishedOn: row.publishedOn,
    expiresOn: row.expiresOn,
  };
}

export function toOfferMatchObject(row: OfferMatchEntity, offer: JobOfferEntity): OfferMatchObject {
  return {
    offer: toJobOfferObject(offer),
    rank: row.rank,
    score: row.score,
    explanation: row.explanation,
    computedAt: row.computedAt,
  };
}
