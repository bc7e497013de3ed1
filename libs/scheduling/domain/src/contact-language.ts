/** The languages Passerelle writes to people in. */
export type ContactLanguage = 'fr' | 'en';

/**
 * The language to write to a coach in: their first language when Passerelle writes in it (French
 * or English), French otherwise, the working language of every office.
 */
export function coachContactLanguage(languages: readonly string[]): ContactLanguage {
  const [first] = languages;
  return first === 'en' ? 'en' : 'fr';
}
