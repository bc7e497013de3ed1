import { genderVariants, titleTokens } from './text';

/**
 * A NAF division's trade in ROME's own words: the words its occupations' job titles use far more
 * than the rest of the catalogue ("caoutchouc", "plastique", "plasturgie" for 22). Derived from the
 * catalogue, never written per title (decision 0054), and read by the title resolver beside a
 * generic production title ("Opérateur de production" in a plastics plant reads "Opérateur ...
 * plastique caoutchouc").
 *
 * Each appellation is a document; a word counts once per appellation, and only where it is not the
 * title's head: the first word of a French title is the job ("Opérateur", "Agent", "Conducteur"),
 * what follows says where ("en industrie plastique et caoutchouc"). A word's weight is its
 * log-odds ratio inside the division's appellations against the others', with an informative
 * Dirichlet prior (the word's share of the whole catalogue) and divided by its standard error
 * (Monroe, Colaresi and Quinn 2008, "Fightin' words"): a z-score, so a word few titles use cannot
 * come first by chance. A word must be used by at least two of the division's occupations (one
 * when it has only one): one occupation's own word ("pharmaceutique" for 22's pharmacy line) is
 * that occupation's, not the division's trade.
 */
export interface TradeWordsOptions {
  /** At most this many words per division, strongest first. */
  limit: number;
  /** The z-score a word needs. */
  minZ: number;
  /** The prior's total weight, in word uses (α₀). */
  prior: number;
}

export const TRADE_WORDS_OPTIONS: TradeWordsOptions = { limit: 3, minZ: 3, prior: 500 };

/** A job title as the derivation needs it: its occupation and its label. */
export interface TradeTitle {
  romeCode: string;
  label: string;
}

export interface TradeWord {
  word: string;
  z: number;
}

/**
 * The trade words of every division ROME files an occupation under (`links`: occupation to its NAF
 * divisions), strongest first. Words are those of the masculine title (`genderVariants`), folded and
 * stemmed (`titleTokens`): words the matcher's index holds, so the resolver can read them.
 */
export function tradeWords(
  titles: readonly TradeTitle[],
  links: ReadonlyMap<string, Iterable<string>>,
  options: TradeWordsOptions = TRADE_WORDS_OPTIONS,
): Map<string, TradeWord[]> {
  // Per appellation, its words after the head (each once); per word, the catalogue's count.
  const documents: { romeCode: string; words: string[] }[] = [];
  const total = new Map<string, number>();
  let totalUses = 0;
  for (const title of titles) {
    const words = [...new Set(titleTokens(genderVariants(title.label)[0]).slice(1))];
    documents.push({ romeCode: title.romeCode, words });
    for (const word of words) total.set(word, (total.get(word) ?? 0) + 1);
    totalUses += words.length;
  }
  const occupationsOf = new Map<string, Set<string>>();
  for (const [code, divisions] of links)
    for (const division of divisions) {
      const codes = occupationsOf.get(division) ?? new Set<string>();
      codes.add(code);
      occupationsOf.set(division, codes);
    }

  const result = new Map<string, TradeWord[]>();
  for (const [division, codes] of occupationsOf) {
    const inside = new Map<string, number>();
    const usedBy = new Map<string, Set<string>>();
    let insideUses = 0;
    for (const { romeCode, words } of documents) {
      if (!codes.has(romeCode)) continue;
      insideUses += words.length;
      for (const word of words) {
        inside.set(word, (inside.get(word) ?? 0) + 1);
        const by = usedBy.get(word) ?? new Set<string>();
        by.add(romeCode);
        usedBy.set(word, by);
      }
    }
    const outsideUses = totalUses - insideUses;
    const minOccupations = Math.min(2, codes.size);
    const scored: TradeWord[] = [];
    for (const [word, y] of inside) {
      if ((usedBy.get(word)?.size ?? 0) < minOccupations) continue;
      const alpha = (options.prior * (total.get(word) ?? 0)) / Math.max(1, totalUses);
      const rest = (total.get(word) ?? 0) - y;
      const logOdds = (count: number, uses: number) =>
        Math.log((count + alpha) / (uses + options.prior - count - alpha));
      const delta = logOdds(y, insideUses) - logOdds(rest, outsideUses);
      const z = delta / Math.sqrt(1 / (y + alpha) + 1 / (rest + alpha));
      if (z >= options.minZ) scored.push({ word, z: Math.round(z * 100) / 100 });
    }
    scored.sort((a, b) => b.z - a.z || a.word.localeCompare(b.word));
    result.set(division, scored.slice(0, options.limit));
  }
  return result;
}

/** The trade words of every division, as words only (`tradeWords`): what the title matcher keeps. */
export function tradeWordLists(
  titles: readonly TradeTitle[],
  links: ReadonlyMap<string, Iterable<string>>,
  options: TradeWordsOptions = TRADE_WORDS_OPTIONS,
): Map<string, string[]> {
  return new Map(
    [...tradeWords(titles, links, options)].map(([division, words]) => [division, words.map((w) => w.word)]),
  );
}
