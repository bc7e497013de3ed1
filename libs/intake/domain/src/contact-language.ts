/** The languages Passerelle writes to people in. */
export type ContactLanguage = 'fr' | 'en';

/**
 * The language to write to a person in, from the languages HR listed for them (ISO 639-1, most
 * used first): English when it comes first, or when they have English but no French; French
 * otherwise, including when nothing is known, since every programme runs in France.
 */
export function contactLanguage(languages: readonly string[]): ContactLanguage {
  if (languages[0] === 'en') return 'en';
  return languages.includes('en') && !languages.includes('fr') ? 'en' : 'fr';
}
