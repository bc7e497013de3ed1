import type { Suppression } from './suppression';

/** A table of true counts and what is hidden in it: what the audit checks before anything is published. */
export interface TableView {
  k: number;
  counts: readonly (readonly number[])[];
  /** Why each cell is hidden; null when shown. */
  cells: readonly (readonly (Suppression | null)[])[];
  rowTotals: readonly (Suppression | null)[];
  /** Null for a one-row table: its column totals are its cells, no fact of their own. */
  columnTotals: readonly (Suppression | null)[] | null;
  total: Suppression | null;
  /** When counts are events: the people behind each cell. Hidden cells must hold k people, not only k events. */
  people?: readonly (readonly number[])[];
}

export type TableLine = { axis: 'row' | 'column'; index: number } | { axis: 'table' };

export type DisclosureProblem =
  | { kind: 'recomputable_cell'; row: number; column: number }
  | { kind: 'recomputable_total'; line: TableLine }
  | { kind: 'small_remainder'; line: TableLine };

/**
 * One number of the table as the reader knows it, in the grid form described at `auditTable`:
 * a cell or a total, its value, and the range the reader knows it lies in when it is hidden.
 */
export interface GridEntry {
  at: { kind: 'cell'; row: number; column: number } | { kind: 'total'; line: TableLine };
  rowNode: number;
  columnNode: number;
  value: number;
  fixed: boolean;
  lo: number;
  hi: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The table with its totals as one (rows+1) x (columns+1) grid whose every row and column adds up to
 * zero (row and column totals negated, the grand total positive). Nodes: grid rows 0..rows, then grid
 * columns. Entries: cells first (row by row), then row totals, column totals, the grand total.
 */
export function gridOf(view: TableView): GridEntry[] {
  const { k, counts } = view;
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const rowSums = counts.map((row) => sum(row));
  const columnSums = Array.from({ length: columns }, (_, c) => sum(counts.map((row) => row[c])));
  // A hidden small total is 1 to k-1 (0 too when the whole table is small); a hidden large one k or more.
  const smallFloor = view.total === 'small_population' ? 0 : 1;
  const domain = (reason: Suppression | null, value: number): [number, number] =>
    reason === null ? [value, value] : reason === 'small_population' ? [smallFloor, k - 1] : [k, Infinity];
  const node = (row: number, column: number) => ({ rowNode: row, columnNode: rows + 1 + column });
  const total = (line: TableLine, row: number, column: number, value: number, reason: Suppression | null) => {
    const [lo, hi] = domain(reason, value);
    return {
      at: { kind: 'total' as const, line },
      ...node(row, column),
      value: -value,
      fixed: reason === null,
      lo: -hi,
      hi: -lo,
    };
  };

  const entries: GridEntry[] = counts.flatMap((row, r) =>
    row.map((value, c) => ({
      at: { kind: 'cell' as const, row: r, column: c },
      ...node(r, c),
      value,
      fixed: view.cells[r][c] === null,
      lo: 0,
      hi: Infinity,
    })),
  );
  rowSums.forEach((value, r) =>
    entries.push(total({ axis: 'row', index: r }, r, columns, value, view.rowTotals[r])),
  );
  columnSums.forEach((value, c) => {
    const line: TableLine = { axis: 'column', index: c };
    if (view.columnTotals) entries.push(total(line, rows, c, value, view.columnTotals[c]));
    // A one-row table's column totals are its cells: free in the grid, they only pass trades along.
    else
      entries.push({
        at: { kind: 'total', line },
        ...node(rows, c),
        value: -value,
        fixed: false,
        lo: -Infinity,
        hi: Infinity,
      });
  });
  const [lo, hi] = domain(view.total, sum(rowSums));
  entries.push({
    at: { kind: 'total', line: { axis: 'table' } },
    ...node(rows, columns),
    value: sum(rowSums),
    fixed: view.total === null,
    lo,
    hi,
  });
  return entries;
}

/**
 * Every way a reader could still recover a hidden count, assuming they know every row, column and
 * table total that is not itself hidden (even where the caller does not publish it: another page may).
 *
 * In the grid form (`gridOf`), a hidden entry can take another value exactly when it lies on a cycle
 * of hidden entries that can trade one unit, +1, -1, +1, ..., each staying within what the reader
 * knows of it (counts are never negative; hidden totals keep their range). Any two tables the reader
 * cannot tell apart differ by such cycles, so "no cycle" means "recomputable": the check is exact.
 * Hidden zeros the totals pin are not reported: a zero names nobody; what it could reveal about the
 * other cells is caught on those cells.
 */
export function auditTable(view: TableView): DisclosureProblem[] {
  const entries = gridOf(view);
  const problems: DisclosureProblem[] = [];
  entries.forEach((entry, index) => {
    if (entry.fixed || entry.value === 0 || !pinned(entries, index)) return;
    if (entry.at.kind === 'cell') {
      problems.push({ kind: 'recomputable_cell', row: entry.at.row, column: entry.at.column });
    } else if (isSmallTotal(view, entry.at.line)) {
      problems.push({ kind: 'recomputable_total', line: entry.at.line });
    }
  });
  return [...problems, ...smallRemainders(view)];
}

/** Hidden totals that are counts of people under k; a one-row table's only total is the table's. */
function isSmallTotal(view: TableView, line: TableLine): boolean {
  switch (line.axis) {
    case 'table':
      return view.total === 'small_population';
    case 'row':
      return view.rowTotals.length > 1 && view.rowTotals[line.index] === 'small_population';
    case 'column':
      return view.columnTotals?.[line.index] === 'small_population';
  }
}

/** The hidden counts of a line with a known total add up to a known number: under k, a small group. */
function smallRemainders(view: TableView): DisclosureProblem[] {
  const { k, counts } = view;
  const problems: DisclosureProblem[] = [];
  const check = (line: TableLine, values: number[], hidden: boolean[], people: number[] = values) => {
    const left = sum(values.filter((_, i) => hidden[i]));
    // People added cell by cell count twice anyone in two cells: under k even so is surely a small group.
    const leftPeople = sum(people.filter((_, i) => hidden[i]));
    if (left > 0 && (left < k || leftPeople < k)) problems.push({ kind: 'small_remainder', line });
  };
  counts.forEach((row, r) => {
    if (view.rowTotals[r] !== null) return;
    const people = view.people?.[r];
    check(
      { axis: 'row', index: r },
      [...row],
      view.cells[r].map((x) => x !== null),
      people && [...people],
    );
  });
  view.columnTotals?.forEach((reason, c) => {
    if (reason !== null) return;
    check(
      { axis: 'column', index: c },
      counts.map((row) => row[c]),
      view.cells.map((row) => row[c] !== null),
      view.people?.map((row) => row[c]),
    );
  });
  return problems;
}

/** Can the entry neither rise nor fall by one, however the other hidden entries trade? */
export function pinned(entries: readonly GridEntry[], index: number): boolean {
  const entry = entries[index];
  const up = !entry.fixed && entry.value + 1 <= entry.hi;
  const down = !entry.fixed && entry.value - 1 >= entry.lo;
  return !(
    (up && reaches(entries, index, entry.columnNode, entry.rowNode)) ||
    (down && reaches(entries, index, entry.rowNode, entry.columnNode))
  );
}

/** Is there a path of tradeable hidden entries from one node to another, not using `skip`? */
function reaches(entries: readonly GridEntry[], skip: number, from: number, to: number): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === to) return true;
    entries.forEach((entry, index) => {
      if (index === skip || entry.fixed) return;
      // Row -> column raises the entry by one; column -> row lowers it.
      const next =
        entry.rowNode === node && entry.value + 1 <= entry.hi
          ? entry.columnNode
          : entry.columnNode === node && entry.value - 1 >= entry.lo
            ? entry.rowNode
            : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    });
  }
  return false;
}
