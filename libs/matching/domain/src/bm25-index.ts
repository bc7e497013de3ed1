const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** Word counts of one document per occupation, for BM25. */
export class Bm25Index {
  private readonly docs = new Map<string, Map<string, number>>();
  private readonly frequency = new Map<string, number>();
  private averageLength = 1;

  add(code: string, words: Iterable<string>): void {
    const doc = this.docs.get(code) ?? new Map<string, number>();
    for (const word of new Set(words)) doc.set(word, (doc.get(word) ?? 0) + 1);
    this.docs.set(code, doc);
  }

  /** Call once every document is added. */
  seal(): this {
    let length = 0;
    for (const doc of this.docs.values()) {
      length += doc.size;
      for (const word of doc.keys()) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
    }
    this.averageLength = length / Math.max(1, this.docs.size) || 1;
    return this;
  }

  score(code: string, words: readonly string[]): number {
    const doc = this.docs.get(code);
    if (!doc) return 0;
    const n = this.docs.size;
    let sum = 0;
    for (const word of words) {
      const count = doc.get(word) ?? 0;
      if (count === 0) continue;
      const df = this.frequency.get(word) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      sum +=
        (idf * count * (BM25_K1 + 1)) /
        (count + BM25_K1 * (1 - BM25_B + (BM25_B * doc.size) / this.averageLength));
    }
    return sum;
  }
}
