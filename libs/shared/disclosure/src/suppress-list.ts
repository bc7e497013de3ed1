import type { ShownCount } from './suppression';
import { suppressTable, type SuppressionOptions } from './suppress-table';

export interface ListedCount<K extends string> {
  key: K;
  count: number;
  /** Distinct people behind the count, when it counts events (sessions). */
  people?: number;
}

/** A list as it may be published: each count beside its key, the total, and the k applied. */
export interface ShownList<K extends string> {
  k: number;
  cells: (ShownCount & { key: K })[];
  total: ShownCount;
}

/**
 * A list of categories and its total (outcomes, phases, session statuses): `suppressTable` on a
 * one-row table, with each count kept beside its key.
 */
export function suppressList<K extends string>(
  items: readonly ListedCount<K>[],
  options: { k?: number | null; people?: number } = {},
): ShownList<K> {
  const people: SuppressionOptions['people'] =
    options.people === undefined
      ? undefined
      : { cells: [items.map((item) => item.people ?? item.count)], total: options.people };
  const table = suppressTable([items.map((item) => item.count)], { k: options.k, people });
  return {
    k: table.k,
    cells: items.map((item, i) => ({ key: item.key, ...table.cells[0][i] })),
    total: table.total,
  };
}
