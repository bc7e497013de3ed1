// Target occupations are ROME codes: matching owns the reference (labels, skills); career checks the
// shape of a code and normalises what the person types (decision 0030).

/**
 * A ROME code as typed (" m 1805", "m1805"): upper case, no spaces; null when it is not the shape
 * of one (a letter A to N and four digits).
 */
export function normaliseOccupationCode(raw: string): string | null {
  const code = raw.replace(/\s+/g, '').toUpperCase();
  return /^[A-N]\d{4}$/.test(code) ? code : null;
}
