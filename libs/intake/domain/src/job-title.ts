/**
 * Job titles compared the way people write them: case, accents, punctuation and spacing do not
 * matter ("Technicienne réseaux" = "TECHNICIENNE  RESEAUX"). Anything fuzzier is matching's job.
 */
export function normaliseJobTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * ROME writes titles in both genders: "Abatteur / Abatteuse de carrière". HR files hold one of
 * them, so each label yields its masculine and feminine readings (and the label itself).
 * The words before " / " are the masculine form of as many words after it.
 */
export function jobTitleVariants(label: string): string[] {
  const variants = new Set<string>([label]);
  const slash = label.indexOf(' / ');
  if (slash > 0) {
    const masculine = label.slice(0, slash).trim().split(/\s+/);
    const rest = label
      .slice(slash + 3)
      .trim()
      .split(/\s+/);
    const feminine = rest.join(' ');
    const tail = rest.slice(masculine.length);
    variants.add(feminine);
    variants.add([...masculine, ...tail].join(' '));
  }
  return [...new Set([...variants].map(normaliseJobTitle).filter((v) => v.length > 0))];
}

export const ROME_CODE = /^[A-N]\d{4}$/;
