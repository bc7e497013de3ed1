import { compareCodes } from './seeded-random';
import { editDistance, trigrams } from './edit-distance';
import { titleTokens } from './text';

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
const TYPO_SIMILARITY = [1, 0.85, 0.7];
const MAX_PREFIX_HITS = 40;
const UNKNOWN_WORD_WEIGHT_FACTOR = 1;
const SUPPORT_WEIGHT = 0.4;
/**
 * How much what an occupation's ROME skills say re-orders its candidates (`describe`), how much a
 * skill label's word counts beside a title's, and how many candidates are re-ordered. 0.5 adds
 * 3.8 points at rank 1 on the held-out titles and changes nothing on ROME's short labels nor on the
 * HR cohort; 1.5 adds 4.7 but loses 1.7 on the short labels (docs/matching.md).
 */
const DESCRIPTION_WEIGHT = 0.5;
const DESCRIPTION_TEXT_WEIGHT = 3;
const RERANKED = 15;

/**
 * "Technicien / Technicienne réseau" reads as two titles: "Technicien réseau" and "Technicienne
 * réseau". Both are indexed so that a one-gender query is not diluted by the other gender's words.
 */
export function genderVariants(label: string): string[] {
  const slash = label.indexOf(' / ');
  if (slash < 0) return [label];
  const left = label.slice(0, slash).trim().split(/\s+/);
  const right = label
    .slice(slash + 3)
    .trim()
    .split(/\s+/);
  if (right.length < left.length) return [label];
  const masculine = [...left, ...right.slice(left.length)].join(' ');
  return [masculine, right.join(' ')];
}

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
  private readonly variants: IndexedVariant[] = [];
  private readonly maxIdf: number;
  /** Per occupation, its titles' and descriptions' words with TF-IDF weights (`describe`). */
  private descriptions: {
    docs: Map<string, { weights: Map<string, number>; norm: number }>;
    idf: Map<string, number>;
  } | null = null;

  constructor(titles: readonly JobTitle[]) {
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
    }
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
      for (const gram of trigrams(word)) {
        const list = this.gramIndex.get(gram) ?? [];
        list.push(id);
        this.gramIndex.set(gram, list);
      }
    });
  }

  /**
   * Adds what each occupation's skills say (ROME's skill labels): a title's words that are not in
   * any of its titles may still describe its work ("climatisation" for the CVC technician). The
   * candidates are then re-ordered by confidence plus that fit; confidences stay the titles'.
   */
  describe(texts: ReadonlyMap<string, readonly string[]>): this {
    const counts = new Map<string, Map<string, number>>();
    const add = (code: string, text: string, weight: number) => {
      const doc = counts.get(code) ?? new Map<string, number>();
      for (const token of new Set(titleTokens(text))) doc.set(token, (doc.get(token) ?? 0) + weight);
      counts.set(code, doc);
    };
    for (const variant of this.variants) add(variant.title.romeCode, variant.tokens.join(' '), 1);
    for (const [code, lines] of texts) for (const line of lines) add(code, line, DESCRIPTION_TEXT_WEIGHT);
    const frequency = new Map<string, number>();
    for (const doc of counts.values())
      for (const token of doc.keys()) frequency.set(token, (frequency.get(token) ?? 0) + 1);
    const idf = new Map([...frequency].map(([token, n]) => [token, Math.log(1 + counts.size / n)]));
    const docs = new Map<string, { weights: Map<string, number>; norm: number }>();
    for (const [code, doc] of counts) {
      const weights = new Map<string, number>();
      let sum = 0;
      for (const [token, count] of doc) {
        const weight = (1 + Math.log(count)) * (idf.get(token) ?? 0);
        weights.set(token, weight);
        sum += weight ** 2;
      }
      docs.set(code, { weights, norm: Math.sqrt(sum) });
    }
    this.descriptions = { docs, idf };
    return this;
  }

  /** The best ROME codes for a title, best first, at most `limit`. Empty when nothing is close. */
  match(text: string, limit = 3): TitleMatch[] {
    const titled = this.matchTitles(text, this.descriptions ? Math.max(limit, RERANKED) : limit);
    if (!this.descriptions || titled.length < 2) return titled.slice(0, limit);
    const { docs, idf } = this.descriptions;
    const typed = [...new Set(titleTokens(text))];
    const typedNorm = Math.sqrt(typed.reduce((sum, token) => sum + (idf.get(token) ?? 0) ** 2, 0)) || 1;
    const fit = (code: string) => {
      const doc = docs.get(code);
      if (!doc) return 0;
      const dot = typed.reduce(
        (sum, token) => sum + (doc.weights.get(token) ?? 0) * (idf.get(token) ?? 0),
        0,
      );
      return dot / (typedNorm * doc.norm);
    };
    return titled
      .map((match) => ({ match, score: match.confidence + DESCRIPTION_WEIGHT * fit(match.romeCode) }))
      .sort((a, b) => b.score - a.score || compareCodes(a.match.romeCode, b.match.romeCode))
      .slice(0, limit)
      .map(({ match }) => match);
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
