import type { MessageKey } from '../i18n/fr';
import type { Language } from '../i18n/i18n';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Opening hours as people say them: days with the same hours grouped, a run of days as a range
 * ("lundi au vendredi 09:00–18:00, samedi 09:00–12:00").
 */
export function hoursInWords(
  windows: readonly { weekday: number; start: string; end: string }[],
  t: T,
): string {
  const day = (weekday: number) => t(`ops.weekday.${weekday}` as MessageKey);
  const groups = new Map<string, number[]>();
  for (const window of [...windows].sort((a, b) => a.weekday - b.weekday)) {
    const hours = `${window.start}–${window.end}`;
    groups.set(hours, [...(groups.get(hours) ?? []), window.weekday]);
  }
  return [...groups.entries()]
    .map(([hours, days]) => {
      const runs: number[][] = [];
      for (const weekday of days) {
        const last = runs[runs.length - 1];
        if (last && last[last.length - 1] === weekday - 1) last.push(weekday);
        else runs.push([weekday]);
      }
      const said = runs.map((run) =>
        run.length > 2
          ? t('ops.office.range', { from: day(run[0] ?? 1), to: day(run[run.length - 1] ?? 1) })
          : run.map(day).join(', '),
      );
      return `${said.join(', ')} ${hours}`;
    })
    .join(' ; ');
}

/** ISO 639-1 codes as language names in the user's language ("de" → "allemand"). */
export function languageNames(codes: readonly string[], language: Language): string[] {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code);
}
