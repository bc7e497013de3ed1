import { compareCodes } from './seeded-random';
/**
 * ROME 4.0 occupations to BMO 2025 families. BMO counts recruitment projects per FAP-2021 family;
 * the only public crosswalk here is DARES's ROME V3 -> FAP-2009. So:
 * 1. crosswalk: the occupation's ROME V3 parent -> its FAP-2009 codes -> the FAP-2021 code with the
 *    same letters, the third "Z" read as "X" (A0Z40 -> A0X40), kept when BMO has that family;
 * 2. domain fallback: otherwise the family most often reached by step 1 from the other occupations
 *    of the same ROME professional domain (e.g. M18);
 * 3. grand-domain fallback: otherwise the same over the grand domain (the code's first letter).
 * Occupations that none of these reach have no local demand (shown as unknown, not as zero).
 */

export type BmoMappingMethod = 'crosswalk' | 'domain_fallback' | 'grand_domain_fallback';

export interface OccupationBmoFamily {
  romeCode: string;
  familyCode: string;
  method: BmoMappingMethod;
}

/** FAP-2009 family code to the FAP-2021-based BMO code it most likely became. */
export function fap2009ToBmoCode(fap2009: string): string {
  return fap2009.length === 5 && fap2009[2] === 'Z' ? `${fap2009.slice(0, 2)}X${fap2009.slice(3)}` : fap2009;
}

export function mapOccupationsToBmoFamilies(
  occupations: readonly { code: string; parentCode: string }[],
  romeV3ToFap2009: readonly { romeV3: string; fap2009: string }[],
  bmoFamilies: ReadonlySet<string>,
): OccupationBmoFamily[] {
  const fapByParent = new Map<string, Set<string>>();
  for (const { romeV3, fap2009 } of romeV3ToFap2009) {
    const family = fap2009ToBmoCode(fap2009);
    if (!bmoFamilies.has(family)) continue;
    const families = fapByParent.get(romeV3) ?? new Set<string>();
    families.add(family);
    fapByParent.set(romeV3, families);
  }
  const result: OccupationBmoFamily[] = [];
  const unmapped: { code: string }[] = [];
  const votes = {
    domain: new Map<string, Map<string, number>>(),
    grand: new Map<string, Map<string, number>>(),
  };
  const vote = (table: Map<string, Map<string, number>>, key: string, family: string): void => {
    const counts = table.get(key) ?? new Map<string, number>();
    counts.set(family, (counts.get(family) ?? 0) + 1);
    table.set(key, counts);
  };
  for (const occupation of occupations) {
    const families = fapByParent.get(occupation.parentCode) ?? fapByParent.get(occupation.code);
    if (!families) {
      unmapped.push(occupation);
      continue;
    }
    for (const familyCode of [...families].sort()) {
      result.push({ romeCode: occupation.code, familyCode, method: 'crosswalk' });
      vote(votes.domain, occupation.code.slice(0, 3), familyCode);
      vote(votes.grand, occupation.code.slice(0, 1), familyCode);
    }
  }
  for (const occupation of unmapped) {
    const domain = mostVoted(votes.domain.get(occupation.code.slice(0, 3)));
    if (domain) {
      result.push({ romeCode: occupation.code, familyCode: domain, method: 'domain_fallback' });
      continue;
    }
    const grand = mostVoted(votes.grand.get(occupation.code.slice(0, 1)));
    if (grand) result.push({ romeCode: occupation.code, familyCode: grand, method: 'grand_domain_fallback' });
  }
  return result;
}

/** The family with most votes; ties go to the smallest code so the mapping is stable. */
function mostVoted(counts: ReadonlyMap<string, number> | undefined): string | null {
  if (!counts) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [family, count] of [...counts].sort(([a], [b]) => compareCodes(a, b))) {
    if (count > bestCount) {
      best = family;
      bestCount = count;
    }
  }
  return best;
}
