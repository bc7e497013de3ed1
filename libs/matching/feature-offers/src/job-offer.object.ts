import type { JobOfferEntity } from '@passerelle/matching/data-access';
import type { JobOffer } from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** An offer as GraphQL shows it (the generated `JobOffer`): the public schema does not follow every column. */
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
