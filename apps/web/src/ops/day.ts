import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A calendar day (`yyyy-mm-dd`: a start date, an outcome's, an offer's) in the user's language,
 * "2 mars 2026" / "2 March 2026"; read as the day it names, whatever the time zone.
 */
export function useDay(): (isoDate: string | null | undefined) => string {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (isoDate) =>
      isoDate && /^\d{4}-\d{2}-\d{2}$/.test(isoDate)
        ? format.format(new Date(`${isoDate}T00:00:00Z`))
        : (isoDate ?? '');
  }, [language]);
}
