import type { JobOfferEntity, OfferMatchEntity } from '@passerelle/matching/data-access';
import type { JobOffer, OfferMatch } from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** An offer as the JobOffer type shows it (the offers feature maps its own the same way). */
export function toJobOfferObject(row: JobOfferEntity): JobOffer {
  return {
    id: row.id,
    occupationCode: row.occupationCode,
    title: row.title,
    communeCode: row.communeCode,
    departmentCode: row.departmentCode,
    contractType: toGraphQLEnum(row.contractType),
    skillCodes: row.skillCodes,
    publishedOn: row.publishedOn,
    expiresOn: row.expiresOn,
  };
}

export function toOfferMatchObject(row: OfferMatchEntity, offer: JobOfferEntity): OfferMatch {
  return {
    offer: toJobOfferObject(offer),
    rank: row.rank,
    score: row.score,
    explanation: row.explanation,
    computedAt: row.computedAt,
  };
}
