/** A department code as people type it: trimmed, in capitals (`2a` is Corsica's `2A`). */
export const normaliseDepartmentCode = (code: string): string => code.trim().toUpperCase();

/** The departments a person searches in, each once, as given; none means anywhere in France. */
export function searchAreaOf(departmentCodes: readonly string[]): string[] {
  return [...new Set(departmentCodes.map(normaliseDepartmentCode))];
}

/** Where the person lives is where they search, until they or their coach say otherwise. */
export function searchAreaOnEnrolment(
  current: readonly string[],
  homeDepartmentCode: string | null | undefined,
): string[] {
  return homeDepartmentCode && current.length === 0 ? [homeDepartmentCode] : [...current];
}
