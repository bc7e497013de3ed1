import type { JobOfferEntity, OfferMatchEntity } from '@passerelle/matching/data-access';

/** An offer as the JobOffer type shows it (the offers feature maps its own the same way). */
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
