/**
 * What a check has already worked out (a verified token, a signed header), each entry kept until
 * its own time and at most `max` of them, the oldest out first: the gateway's and the subgraphs'
 * memory of tokens and forwarded identities.
 */
export class ExpiringEntries<V> {
  private readonly entries = new Map<string, { value: V; untilMs: number }>();

  constructor(private readonly max: number) {}

  get(key: string, nowMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (nowMs < entry.untilMs) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `value` until `untilMs`; a key kept again moves to the end (Map keeps insertion order). */
  set(key: string, value: V, untilMs: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, untilMs });
  }
}
