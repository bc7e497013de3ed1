import { Bm25Index } from './bm25-index';
import { compareCodes } from './seeded-random';
import { editDistance, trigrams } from './edit-distance';
import { genderVariants, masculineToken, titleTokens, wordRoot } from './text';
import { SPECIFIC_SKILL_MAX_OCCUPATIONS } from './occupation-ranking';
import { TRADE_WORDS_OPTIONS, tradeWordLists, type TradeWordsOptions } from './trade-words';

/** A ROME job title (appellation): the words people use for an occupation. */
export interface JobTitle {
  /** The appellation's OGR code. */
  code: string;
  romeCode: string;
  label: string;
  /** ROME's abbreviated form, when it differs from the label. */
  shortLabel?: string;
}

/** A ROME occupation a free-text title points to, with a confidence between 0 and 1. */
export interface TitleMatch {
  romeCode: string;
  confidence: number;
  /** The job title that matched best, so a coach can see why. */
  titleCode: string;
  titleLabel: string;
}

interface IndexedVariant {
  title: JobTitle;
  tokens: string[];
  norm: number;
}

/** How close a typed word is to a word of the titles: 1 exact, less for a prefix or a typo. */
interface WordHit {
  tokenId: number;
  similarity: number;
}

const PREFIX_SIMILARITY = 0.8;
/**
 * A typed word no title uses, meeting a title word of the same root (`wordRoot`): "caisserie" for
 * "caissier". Below a prefix; chosen on seed 1 (0.7 and 0.8 alike; for every word, not only unknown
 * ones, it lost on seeds 7 and 11: docs/matching.md).
 */
const ROOT_SIMILARITY = 0.7;
const TYPO_SIMILARITY = [1, 0.85, 0.7];
const MAX_PREFIX_HITS = 40;
const UNKNOWN_WORD_WEIGHT_FACTOR = 1;
const SUPPORT_WEIGHT = 0.4;
/** How many occupations the title-by-title pass hands to the occupation-level re-ranking. */
const CANDIDATES = 30;
/**
 * The re-ranking: an occupation's confidence is its best title's similarity, blended with
 * - BM25 over all its titles taken together (every word any of its titles uses, by its root,
 *   `wordRoot`: "emballeur" meets "emballage"), relative to the best candidate's: "Aide d'élevage
 *   porcin" is an "aide d'élevage" whose other titles name pigs, not a "chef d'élevage porcin";
 * - whether one of its titles starts with the same word (the head of a French title is the job:
 *   "Aide", "Agent", "Responsable"; what follows says where);
 * - BM25 over its ROME skill labels (`describe`, by root: "soudeur" meets "soudure"), relative to
 *   the best candidate's.
 * Weights chosen on a held-out split of ROME's titles other than the one `eval:titles` reports
 * (seed 1, not 7; docs/matching.md); the sum is divided out so that confidence stays in [0, 1].
 */
const TITLES_WEIGHT = 0.5;
const HEAD_WEIGHT = 0.1;
const DESCRIPTION_WEIGHT = 0.15;

/**
 * Free-text job title to ROME codes. Words are weighted by rarity (IDF); the query is compared to
 * every title variant by cosine similarity, where a typed word may meet a title word exactly, as a
 * prefix ("logist" for "logistique") or within one or two edits ("tecnicien").
 */
export class TitleMatcher {
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly idf: number[] = [];
  private readonly postings: number[][] = [];
  private readonly gramIndex = new Map<string, number[]>();
  /** Title words by root (`wordRoot`), for a typed word no title uses. */
  private readonly rootIndex = new Map<string, number[]>();
  private readonly variants: IndexedVariant[] = [];
  private readonly maxIdf: number;
  /** Per occupation, the words of all its titles (their roots, `wordRoot`), for the re-ranking. */
  private readonly occupationTitles = new Bm25Index();
  /** Per occupation, the words of each of its titles (each gender form). */
  private readonly titleWords = new Map<string, string[][]>();
  /** Per occupation, the first word of each of its titles (masculine form). */
  private readonly heads = new Map<string, Set<string>>();
  /** Per occupation, the words of its ROME skill labels (`describe`; their roots). */
  private descriptions: Bm25Index | null = null;
  /** Per occupation, the words (masculine) of its specific skill labels (`describe`). */
  private specificSkills = new Map<string, ReadonlySet<string>>();
  /** Per occupation, the NAF divisions ROME files it under (`locate`), two digits each ("01", "22"). */
  private sectorLinks: ReadonlyMap<string, ReadonlySet<string>> = new Map();
  private sectorLabels: ReadonlyMap<string, string> = new Map();
  /** Per NAF division, the occupations ROME files under it (`locate`). */
  private filed = new Map<string, string[]>();
  /** Per NAF division, its trade in ROME's words (`tradeWords`, derived in `locate`). */
  private trades: ReadonlyMap<string, readonly string[]> = new Map();

  constructor(private readonly titles: readonly JobTitle[]) {
    const documentFrequency: number[] = [];
    for (const title of titles) {
      const labels = new Set(genderVariants(title.label));
      for (const label of labels) {
        const tokens = [...new Set(titleTokens(label))];
        if (tokens.length === 0) continue;
        const ids = tokens.map((token) => this.tokenId(token));
        for (const id of ids) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
        this.variants.push({ title, tokens, norm: 0 });
      }
      const words = [...labels].flatMap((label) => titleTokens(label).map(wordRoot));
      this.occupationTitles.add(title.romeCode, words);
      const forms = this.titleWords.get(title.romeCode) ?? [];
      for (const label of labels) forms.push(titleTokens(label));
      this.titleWords.set(title.romeCode, forms);
      const heads = this.heads.get(title.romeCode) ?? new Set<string>();
      for (const label of labels) {
        const [head] = titleTokens(label);
        if (head) heads.add(masculineToken(head));
      }
      this.heads.set(title.romeCode, heads);
    }
    this.occupationTitles.seal();
    const count = this.variants.length;
    for (let id = 0; id < this.words.length; id++) {
      this.idf[id] = Math.log(1 + count / (documentFrequency[id] ?? 1));
      this.postings[id] = [];
    }
    this.variants.forEach((variant, index) => {
      let sum = 0;
      for (const token of variant.tokens) {
        const id = this.tokenId(token);
        this.postings[id].push(index);
        sum += this.idf[id] ** 2;
      }
      variant.norm = Math.sqrt(sum);
    });
    this.maxIdf = Math.max(...this.idf);
    this.words.forEach((word, id) => {
      const root = wordRoot(word);
      const family = this.rootIndex.get(root) ?? [];
      family.push(id);
      this.rootIndex.set(root, family);
      for (const gram of trigrams(word)) {
        const list = this.gramIndex.get(gram) ?? [];
        list.push(id);
        this.gramIndex.set(gram, list);
      }
    });
  }

  /**
   * Adds what each occupation's skills say (ROME's skill labels): a title's words that are not in
   * any of its titles may still describe its work ("climatisation" for the CVC technician).
   */
  describe(texts: ReadonlyMap<string, readonly string[]>): this {
    const index = new Bm25Index();
    const listedBy = new Map<string, number>();
    for (const [code, lines] of texts) {
      for (const line of lines) index.add(code, titleTokens(line).map(wordRoot));
      for (const line of new Set(lines)) listedBy.set(line, (listedBy.get(line) ?? 0) + 1);
    }
    this.descriptions = index.seal();
    // A skill few list says what the job does ("Opération automatisée d'usinage": 2 occupations).
    this.specificSkills = new Map(
      [...texts].map(([code, lines]) => [
        code,
        new Set(
          lines
            .filter((line) => (listedBy.get(line) ?? 0) <= SPECIFIC_SKILL_MAX_OCCUPATIONS)
            .flatMap((line) => titleTokens(line).map(masculineToken)),
        ),
      ]),
    );
    return this;
  }

  /**
   * Adds the sectors ROME files each occupation under (`unix_arborescence_secteur_naf`: NAF
   * divisions, "10" food industries, "22" rubber and plastics...), so that an employer's NAF code
   * can choose among a generic title's occupations (`resolveJobTitle` with a context); and the
   * divisions' labels (`unix_secteur_naf`), the employer's trade in words. Each division's trade
   * words are derived here from the titles of the occupations filed under it (`tradeWords`).
   */
  locate(
    links: ReadonlyMap<string, Iterable<string>>,
    labels: ReadonlyMap<string, string> = new Map(),
    trade: TradeWordsOptions = TRADE_WORDS_OPTIONS,
  ): this {
    this.sectorLinks = new Map([...links].map(([code, divisions]) => [code, new Set(divisions)]));
    this.sectorLabels = labels;
    this.filed = new Map();
    for (const [code, divisions] of this.sectorLinks)
      for (const division of divisions) this.filed.set(division, [...(this.filed.get(division) ?? []), code]);
    this.trades = tradeWordLists(this.titles, this.sectorLinks, trade);
    return this;
  }

  /** A NAF division's trade words, strongest first ("plastique", "caoutchouc", "matiere" for 22). */
  tradeWords(division: string): readonly string[] {
    return this.trades.get(division) ?? [];
  }

  /** The words the titles use of a word's family (`wordRoot`): "emboutir" for "emboutissage". */
  family(word: string): string[] {
    return (this.rootIndex.get(wordRoot(word)) ?? []).map((id) => this.words[id]);
  }

  /**
   * Whether one of an occupation's specific skill labels (`describe`: listed by at most
   * `SPECIFIC_SKILL_MAX_OCCUPATIONS` occupations) holds the word itself, not its family ("trempage"
   * is no "trempe"): "Opération automatisée d'usinage" for "usinage" (H2906's titles do not say it).
   */
  describes(romeCode: string, word: string): boolean {
    return this.specificSkills.get(romeCode)?.has(masculineToken(word)) === true;
  }

  /**
   * Whether one of an occupation's titles uses a word of `word`'s family: a word whose root
   * (`wordRoot`) begins with the word's ("séchoir" for "séchage", an ending the roots do not strip);
   * with `head`, a title of that job ("Opérateur de centre d'usinage" for "opérateur").
   */
  titled(romeCode: string, word: string, head?: string): boolean {
    const root = wordRoot(word);
    const job = head === undefined ? undefined : masculineToken(head);
    return (this.titleWords.get(romeCode) ?? []).some(
      (words) =>
        (job === undefined || masculineToken(words[0]) === job) &&
        words.some((held) => wordRoot(held).startsWith(root)),
    );
  }

  /** The occupations ROME files under a NAF division (`locate`). */
  occupationsIn(division: string): readonly string[] {
    return this.filed.get(division) ?? [];
  }

  /** A NAF division's label, "Industries alimentaires" for "10" (when `locate` was given them). */
  sectorLabel(division: string): string | undefined {
    return this.sectorLabels.get(division);
  }

  /** The NAF divisions ROME files an occupation under (empty when `locate` was not given it). */
  sectorsOf(romeCode: string): ReadonlySet<string> {
    return this.sectorLinks.get(romeCode) ?? new Set();
  }

  /**
   * The best ROME codes for a title, best first, at most `limit`. Empty when nothing is close.
   * Titles are compared one by one first (`matchTitles`: typos and prefixes allowed), then the
   * best `CANDIDATES` occupations are re-ranked on all their titles, the head word and their skills.
   */
  match(text: string, limit = 3): TitleMatch[] {
    const candidates = this.matchTitles(text, Math.max(limit, CANDIDATES));
    if (candidates.length === 0) return [];
    const corrected = this.correctedTokens(text);
    const roots = [...new Set(corrected.map(wordRoot))];
    const head = corrected.length > 0 ? masculineToken(corrected[0]) : undefined;
    const relative = (scores: number[]) => {
      const max = Math.max(...scores);
      // When no candidate has any of the words, the signal says nothing: all get full marks.
      return scores.map((score) => (max > 0 ? score / max : 1));
    };
    const titles = relative(candidates.map((c) => this.occupationTitles.score(c.romeCode, roots)));
    const described = this.descriptions;
    const skills = described
      ? relative(candidates.map((c) => described.score(c.romeCode, roots)))
      : candidates.map(() => 0);
    const total = 1 + TITLES_WEIGHT + HEAD_WEIGHT + (described ? DESCRIPTION_WEIGHT : 0);
    return candidates
      .map((match, i) => {
        const headHit = head !== undefined && this.heads.get(match.romeCode)?.has(head) ? 1 : 0;
        const score =
          (match.confidence +
            TITLES_WEIGHT * titles[i] +
            HEAD_WEIGHT * headHit +
            DESCRIPTION_WEIGHT * skills[i]) /
          total;
        return { ...match, confidence: Math.round(Math.min(1, score) * 1000) / 1000 };
      })
      .sort((a, b) => b.confidence - a.confidence || compareCodes(a.romeCode, b.romeCode))
      .slice(0, limit);
  }

  /**
   * A title's words, each one no title uses replaced by the closest one that does
   * ("electricein" -> "electricien"; kept as typed when none is close).
   */
  correctedTokens(text: string): string[] {
    return titleTokens(text).map((token) => {
      if (this.vocabulary.has(token)) return token;
      const [closest] = this.lookup(token);
      return closest ? this.words[closest.tokenId] : token;
    });
  }

  private matchTitles(text: string, limit: number): TitleMatch[] {
    const queryTokens = [...new Set(titleTokens(text))];
    if (queryTokens.length === 0) return [];
    const scores = new Map<number, number>();
    let queryNormSquared = 0;
    for (const token of queryTokens) {
      const hits = this.lookup(token);
      const best = hits.reduce((max, hit) => Math.max(max, this.idf[hit.tokenId] * hit.similarity), 0);
      queryNormSquared += best > 0 ? best ** 2 : (this.maxIdf * UNKNOWN_WORD_WEIGHT_FACTOR) ** 2;
      // A variant scores the best of the ways the typed word meets one of its words.
      const perVariant = new Map<number, number>();
      for (const hit of hits) {
        const weight = this.idf[hit.tokenId] ** 2 * hit.similarity;
        for (const variant of this.postings[hit.tokenId]) {
          if ((perVariant.get(variant) ?? 0) < weight) perVariant.set(variant, weight);
        }
      }
      for (const [variant, weight] of perVariant) scores.set(variant, (scores.get(variant) ?? 0) + weight);
    }
    const queryNorm = Math.sqrt(queryNormSquared);
    // An occupation scores its best title, plus a little for every other title pointing at it:
    // several titles agreeing is evidence too.
    const byOccupation = new Map<string, TitleMatch & { best: number; support: number }>();
    for (const [index, dot] of scores) {
      const variant = this.variants[index];
      const similarity = Math.min(1, dot / (queryNorm * variant.norm));
      const current = byOccupation.get(variant.title.romeCode);
      if (!current) {
        byOccupation.set(variant.title.romeCode, {
          romeCode: variant.title.romeCode,
          confidence: 0,
          titleCode: variant.title.code,
          titleLabel: variant.title.label,
          best: similarity,
          support: 0,
        });
      } else if (current.best < similarity) {
        current.support += current.best;
        current.best = similarity;
        current.titleCode = variant.title.code;
        current.titleLabel = variant.title.label;
      } else {
        current.support += similarity;
      }
    }
    for (const match of byOccupation.values()) {
      match.confidence = Math.min(
        1,
        match.best + SUPPORT_WEIGHT * Math.min(match.support, 1) * (1 - match.best),
      );
    }
    return [...byOccupation.values()]
      .sort((a, b) => b.confidence - a.confidence || compareCodes(a.romeCode, b.romeCode))
      .slice(0, limit)
      .map(({ romeCode, confidence, titleCode, titleLabel }) => ({
        romeCode,
        confidence: Math.round(confidence * 1000) / 1000,
        titleCode,
        titleLabel,
      }));
  }

  private tokenId(token: string): number {
    let id = this.vocabulary.get(token);
    if (id === undefined) {
      id = this.words.length;
      this.vocabulary.set(token, id);
      this.words.push(token);
    }
    return id;
  }

  /** The title words a typed word may stand for. */
  private lookup(token: string): WordHit[] {
    const exact = this.vocabulary.get(token);
    if (exact !== undefined) return [{ tokenId: exact, similarity: 1 }];
    const hits = new Map<number, number>();
    // A word no title uses may still belong to a title word's family ("caisserie", "caissier").
    for (const id of this.rootIndex.get(wordRoot(token)) ?? []) hits.set(id, ROOT_SIMILARITY);
    const grams = trigrams(token);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.gramIndex.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const maxEdits = token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0;
    for (const [id, count] of shared) {
      const word = this.words[id];
      if (token.length >= 3 && word.startsWith(token)) {
        hits.set(id, PREFIX_SIMILARITY);
        continue;
      }
      if (maxEdits === 0 || count < grams.length - 3 * maxEdits) continue;
      const distance = editDistance(token, word, maxEdits);
      if (distance <= maxEdits) hits.set(id, Math.max(hits.get(id) ?? 0, TYPO_SIMILARITY[distance]));
    }
    const ordered = [...hits.entries()].map(([tokenId, similarity]) => ({ tokenId, similarity }));
    // Short prefixes ("ma") could stand for hundreds of words: keep the most telling ones.
    ordered.sort((a, b) => b.similarity - a.similarity || this.idf[a.tokenId] - this.idf[b.tokenId]);
    return ordered.slice(0, MAX_PREFIX_HITS);
  }
}
