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
