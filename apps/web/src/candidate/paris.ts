import type { Language } from '../i18n/i18n';

/** Days and times in Paris (the offices' zone), in the person's language: to group slots by day. */
export function parisFormats(language: Language) {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Paris',
  });
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  });
  const hour = new Intl.DateTimeFormat('en-GB', {
    hour: 'numeric',
    hourCycle: 'h23',
    timeZone: 'Europe/Paris',
  });
  const key = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Paris',
  });
  return {
    /** lundi 7 décembre */
    day: (iso: string) => day.format(new Date(iso)),
    /** 10:30 */
    time: (iso: string) => time.format(new Date(iso)),
    /** The hour in Paris, 0 to 23. */
    hour: (iso: string) => Number(hour.format(new Date(iso))),
    /** 2026-12-07, the Paris calendar day: a key to group by. */
    dayKey: (iso: string) => key.format(new Date(iso)),
    /** A yyyy-mm-dd date (a due date) written out. */
    date: (ymd: string) => day.format(new Date(`${ymd}T12:00:00Z`)),
  };
}
