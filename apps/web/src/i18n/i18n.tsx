import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { commonEn } from './en';
import { errorCode } from '../graphql/errors';
import { commonFr, type MessageKey } from './fr';

export type Language = 'fr' | 'en';

// The shared words from the start; each role's bundle adds its own when it loads (addMessages).
const CATALOGUES: Record<Language, Record<string, string>> = { fr: { ...commonFr }, en: { ...commonEn } };

/** A role's words, added by its bundle as it loads (before any of its screens renders). */
export function addMessages(french: Record<string, string>, english: Record<string, string>): void {
  Object.assign(CATALOGUES.fr, french);
  Object.assign(CATALOGUES.en, english);
}
const STORED = 'passerelle.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A date and time in the user's language, in Paris time (the offices' zone). */
  dateTime(iso: string): string;
  /**
   * A day ("4 décembre 2026", or "vendredi 4 décembre 2026" with the weekday) from an instant (in
   * Paris time) or a yyyy-mm-dd date; nothing for nothing.
   */
  day(isoOrDate: string | null | undefined, options?: { weekday?: boolean }): string;
  /** A server's refusal in words: `error.<CODE>` from the catalogue, or the calm general message. */
  errorText(failure: unknown): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (stored === 'fr' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORED, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Paris',
    });
    const dayFormat = (weekday: boolean) =>
      new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
        ...(weekday && { weekday: 'long' as const }),
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Paris',
      });
    const days = { plain: dayFormat(false), withWeekday: dayFormat(true) };
    return {
      language,
      setLanguage,
      t: (key, values = {}) =>
        (CATALOGUES[language][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
          String(values[name] ?? ''),
        ),
      dateTime: (iso) => format.format(new Date(iso)),
      // A bare date is a day in Paris: noon keeps it on that day whatever the zone's offset.
      day: (value, { weekday = false } = {}) =>
        value
          ? (weekday ? days.withWeekday : days.plain).format(
              new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value),
            )
          : '',
      errorText: (failure) => {
        const key = `error.${errorCode(failure) ?? ''}`;
        return CATALOGUES[language][key] ?? CATALOGUES[language]['common.error'] ?? '';
      },
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
