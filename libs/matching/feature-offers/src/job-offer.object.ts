import type { JobOfferEntity } from '@passerelle/matching/data-access';

/** The JobOffer type, kept apart from the table so the public schema does not follow every column. */
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
