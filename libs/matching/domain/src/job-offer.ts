export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'temporary',
  'apprenticeship',
  'freelance',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** A job offer as matching sees it: where, which occupation, which skills it asks for. */
export interface JobOffer {
  id: string;
  occupationCode: string;
  title: string;
  communeCode: string;
  departmentCode: string;
  regionCode: string;
  contractType: ContractType;
  skillCodes: readonly string[];
  publishedOn: string;
  expiresOn: string | null;
}

/**
 * How far a person can work: a set of departments, or anywhere. Matching knows no home address
 * (personal data stays in intake), so reach is given as areas, not as a radius around a point.
 */
export type Reach = { kind: 'national' } | { kind: 'departments'; departments: ReadonlySet<string> };

export function withinReach(reach: Reach, departmentCode: string): boolean {
  return reach.kind === 'national' || reach.departments.has(departmentCode);
}

/** What a publication says of an offer: publishing the same again changes nothing and re-ranks no one. */
export interface OfferContent {
  occupationCode: string;
  title: string;
  communeCode: string;
  contractType: string;
  skillCodes: readonly string[];
  publishedOn: string;
  expiresOn: string | null;
}

export function sameOfferContent(a: OfferContent, b: OfferContent): boolean {
  return (
    a.occupationCode === b.occupationCode &&
    a.title === b.title &&
    a.communeCode === b.communeCode &&
    a.contractType === b.contractType &&
    a.publishedOn === b.publishedOn &&
    a.expiresOn === b.expiresOn &&
    a.skillCodes.join(',') === b.skillCodes.join(',')
  );
}

/** An offer is gone the day after its expiry date (dates as yyyy-mm-dd); one without a date stays. */
export const hasExpired = (expiresOn: string | null, today: string): boolean =>
  expiresOn !== null && expiresOn < today;
