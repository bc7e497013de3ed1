import type { TitleMatch } from './title-matcher';

/**
 * What read (7) of the title resolver needs of the matcher (decision 0057): where ROME files
 * occupations, what their titles say and what their specific skills say.
 */
export interface SkillReader {
  /** The occupations ROME files under a NAF division. */
  occupationsIn?(division: string): readonly string[];
  /** Whether one of an occupation's titles (of the job `head`, when given) uses a word of the word's family. */
  titled?(romeCode: string, word: string, head?: string): boolean;
  /** Whether one of an occupation's specific skill labels (few occupations list it) holds the word. */
  describes?(romeCode: string, word: string): boolean;
}

export interface ServiceSkillsQuestion {
  /** The title as cleaned of HR noise ("Opérateur de production"). */
  title: string;
  /** The title's job: its first word ("operateur"). */
  head: string | undefined;
  /** The service's specific words, one group ("usinage"): a process, not a department. */
  serviceWords: readonly string[];
  /** The employer's NAF division and the ones whose processes its sites run (`relatedDivisions`). */
  division: string;
  related: readonly string[];
  /** The division's trade words (`tradeWords`). */
  trade: readonly string[];
  /** The occupations a query points to whose matching title holds every word of the title. */
  readings(query: string): TitleMatch[];
}

export interface ServiceSkillsAnswer {
  /** The division's occupations reading the title, each once at its best reading, best first. */
  read: TitleMatch[];
  /** Those whose specific skills name the service's work, when the first of `read` is the only one. */
  named: TitleMatch[];
}

/**
 * The service's work in ROME's skills, for a production job ("Opérateur de production") whose
 * service names a process ("Usinage") that no title of the employer's division names, but a title
 * of a related division does for the same job ("Opérateur de centre d'usinage", H2903, filed under
 * 25 and 28, not 29): the process is the trade family's, and the division has no occupation named
 * for it. The division's occupations reading the title are read, one read per trade word (title +
 * the word, as read (5) reads one word at a time); when the first of them is the only one whose
 * specific skills (listed by few occupations) hold the service's word, it is `named`. A car-parts
 * "Opérateur de production" in "Usinage" reads "... sur machine automatique de production
 * mécanique", H2906, whose skills say "Opération automatisée d'usinage"; H2909's (assembly) do not.
 * The resolver gives it when it scores its threshold (`resolveJobTitle`).
 */
export function serviceInSkills(matcher: SkillReader, question: ServiceSkillsQuestion): ServiceSkillsAnswer {
  const { serviceWords, division, related, trade, head } = question;
  const filed = (of: string) => matcher.occupationsIn?.(of) ?? [];
  const titled = (code: string, job?: string) =>
    serviceWords.some((word) => matcher.titled?.(code, word, job) === true);
  const asked =
    trade.length > 0 &&
    matcher.describes !== undefined &&
    !filed(division).some((code) => titled(code)) &&
    related.some((other) => filed(other).some((code) => titled(code, head)));
  if (!asked) return { read: [], named: [] };
  const ofDivision = new Set(filed(division));
  const inDivision = (match: TitleMatch) => ofDivision.has(match.romeCode);
  const read = bestPerOccupation(
    trade.flatMap((word) => question.readings(`${question.title} ${word}`).filter(inDivision)),
  );
  const named = read.filter((match) =>
    serviceWords.some((word) => matcher.describes?.(match.romeCode, word) === true),
  );
  return { read, named: named.length === 1 && named[0] === read[0] ? named : [] };
}

/** Each occupation once, at its best reading, best first. */
export function bestPerOccupation(readings: readonly TitleMatch[]): TitleMatch[] {
  const byCode = new Map<string, TitleMatch>();
  for (const match of readings) {
    const seen = byCode.get(match.romeCode);
    if (!seen || seen.confidence < match.confidence) byCode.set(match.romeCode, match);
  }
  return [...byCode.values()].sort(
    (a, b) => b.confidence - a.confidence || a.romeCode.localeCompare(b.romeCode),
  );
}
