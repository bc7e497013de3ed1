/**
 * The department a person lives in, from their INSEE commune code (exact) or else their postcode.
 * Postcodes are postal, not administrative: Corsica's 20xxx are split at 201xx (Corse-du-Sud) /
 * 202xx (Haute-Corse) as La Poste does, and overseas 97x keep three digits.
 */
export function homeDepartmentOf(communeCode: string | null, postcode: string | null): string | null {
  if (communeCode && /^(\d{5}|2[AB]\d{3})$/.test(communeCode)) {
    return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
  }
  if (postcode && /^\d{5}$/.test(postcode)) {
    if (postcode.startsWith('97')) return postcode.slice(0, 3);
    if (postcode.startsWith('20')) return Number(postcode.slice(2, 3)) < 2 ? '2A' : '2B';
    if (postcode.startsWith('00')) return null;
    return postcode.slice(0, 2);
  }
  return null;
}
