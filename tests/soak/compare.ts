// The soak run's verdicts as pure functions over what the databases and Kafka hold, so each rule is
// unit-tested apart from the run (compare.spec.ts).

export interface IdComparison {
  expected: number;
  rows: number;
  missing: string[];
  extra: string[];
  /** Ids held more than once (an event applied twice, or two effects for one person). */
  duplicated: string[];
}

/** Every expected id exactly once in `actual`, nothing else. */
export function compareIds(expected: readonly string[], actual: readonly string[]): IdComparison {
  const wanted = new Set(expected);
  const seen = new Map<string, number>();
  for (const id of actual) seen.set(id, (seen.get(id) ?? 0) + 1);
  return {
    expected: wanted.size,
    rows: actual.length,
    missing: [...wanted].filter((id) => !seen.has(id)),
    extra: [...seen.keys()].filter((id) => !wanted.has(id)),
    duplicated: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
  };
}

export const exactlyOnce = (comparison: IdComparison): boolean =>
  comparison.missing.length === 0 && comparison.extra.length === 0 && comparison.duplicated.length === 0;

export function describeComparison(comparison: IdComparison): string {
  const sample = (ids: string[]) =>
    ids.length ? ` (${ids.slice(0, 2).join(', ')}${ids.length > 2 ? ', …' : ''})` : '';
  return (
    `${comparison.rows} rows for ${comparison.expected} people; missing ${comparison.missing.length}${sample(comparison.missing)}, ` +
    `extra ${comparison.extra.length}${sample(comparison.extra)}, twice ${comparison.duplicated.length}${sample(comparison.duplicated)}`
  );
}

export interface PartitionOffsets {
  topic: string;
  partition: number;
  /** The log's end offset. */
  high: string;
  /** The group's committed offset ('-1' when it has none: then it has nothing to read). */
  committed: string;
}

/** Messages a group has not committed yet, summed over its partitions (a missing commit counts 0). */
export function lagOf(partitions: readonly PartitionOffsets[]): number {
  return partitions.reduce((lag, { high, committed }) => {
    if (Number(committed) < 0) return lag;
    return lag + Math.max(0, Number(high) - Number(committed));
  }, 0);
}

export interface DeadLetterSeen {
  consumer: string;
  key: string | null;
  reason: string;
}

/** Dead letters that are not among the ones the run injected (keys starting with `injectedPrefix`). */
export function unexpectedDeadLetters(
  letters: readonly DeadLetterSeen[],
  injectedPrefix: string,
): DeadLetterSeen[] {
  return letters.filter((letter) => !letter.key?.startsWith(injectedPrefix));
}

/** Injected keys no consumer dead-lettered (each must show up with its reason). */
export function injectedNotDeadLettered(
  letters: readonly DeadLetterSeen[],
  injected: readonly string[],
): string[] {
  const seen = new Set(letters.map((letter) => letter.key));
  return injected.filter((key) => !seen.has(key));
}

export interface Verdict {
  name: string;
  ok: boolean;
  detail: string;
}

export const verdictLine = ({ name, ok, detail }: Verdict): string =>
  `${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(44)} ${detail}`;

/** Occupations some of whose people have recommendations and others not (a missing effect). */
export function partlyRecommended<T extends { people: number; recommended: number }>(
  occupations: readonly T[],
): T[] {
  return occupations.filter(({ people, recommended }) => recommended > 0 && recommended < people);
}
