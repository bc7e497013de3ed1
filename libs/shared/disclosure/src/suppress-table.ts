import { auditTable, gridOf, type DisclosureProblem, type TableLine, type TableView } from './audit-table';
import { cheapestCover } from './complementary';
import type { ShownCount, Suppression } from './suppression';
import { resolveK } from './threshold';

export interface SuppressionOptions {
  /** The programme's threshold; raised to MIN_K when lower. */
  k?: number | null;
  /**
   * When the counts are events (sessions), how many distinct people make each count and the whole
   * table: 7 sessions of one person are hidden like a count of 1.
   */
  people?: { cells: readonly (readonly number[])[]; total: number };
}

export interface SuppressedTable {
  k: number;
  cells: ShownCount[][];
  rowTotals: ShownCount[];
  /** Empty for a one-row table: its column totals would be its cells. */
  columnTotals: ShownCount[];
  total: ShownCount;
}

type Reason = Suppression | null;

interface Table {
  k: number;
  counts: readonly (readonly number[])[];
  rowSums: number[];
  columnSums: number[];
  twoWay: boolean;
}

interface State {
  cells: Reason[][];
  rowTotals: Reason[];
  columnTotals: Reason[] | null;
  total: Reason;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The platform's one rule for publishing counts to sponsors (docs/decisions/0012). A table is one
 * row (a list of categories with its total) or several (rows and columns, with their totals).
 *
 * 1. A table, row or column of 1 to k-1 people shows nothing: every count in it is hidden, zeros too.
 * 2. A count of 1 to k-1 (people, or events by fewer than k people) is hidden (primary).
 * 3. In a row or column whose hidden counts hold people, the zeros are hidden too: published zeros
 *    beside hidden counts say where those people are not (all zeros but one hidden cell is that cell).
 *    Zeros of an empty row or column stay: its total of 0 says the same.
 * 4. Then, until an exact audit finds nothing to recompute, the smallest shown count of the row or
 *    column at fault is hidden too (complementary): no hidden count may be worked out from the
 *    totals, zeros or other counts of its row and column, and the hidden counts of a line with a
 *    known total must add up to 0 or at least k. Only when a line has nothing left to hide is its
 *    total hidden.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  validate(counts, options.people);
  const k = resolveK(options.k);
  const columns = counts[0].length;
  const table: Table = {
    k,
    counts,
    rowSums: counts.map((row) => sum(row)),
    columnSums: Array.from({ length: columns }, (_, c) => sum(counts.map((row) => row[c]))),
    twoWay: counts.length > 1,
  };
  const grand = sum(table.rowSums);
  const small = (n: number) => n > 0 && n < k;
  const state: State = {
    cells: counts.map((row) => row.map(() => null)),
    rowTotals: counts.map(() => null),
    columnTotals: table.twoWay ? table.columnSums.map(() => null) : null,
    total: null,
  };

  if (small(grand) || small(options.people?.total ?? grand)) return shown(table, hideEverything(state));

  const columnTotals = state.columnTotals;
  if (columnTotals) {
    table.rowSums.forEach((people, r) => {
      if (!small(people)) return;
      state.rowTotals[r] = 'small_population';
      state.cells[r] = state.cells[r].map(() => 'small_population');
    });
    table.columnSums.forEach((people, c) => {
      if (!small(people)) return;
      columnTotals[c] = 'small_population';
      state.cells.forEach((row) => (row[c] = 'small_population'));
    });
  }
  counts.forEach((row, r) =>
    row.forEach((count, c) => {
      const people = options.people?.cells[r][c] ?? count;
      if ((small(count) || small(people)) && state.cells[r][c] === null) state.cells[r][c] = 'primary';
    }),
  );

  // Each round hides at least one more count or total, so this ends.
  for (;;) {
    hideZerosBesideHiddenPeople(table, state);
    const [problem] = auditTable({ k, counts, people: options.people?.cells, ...state });
    if (!problem) return shown(table, state);
    protect(table, state, problem);
  }
}

function hideEverything(state: State): State {
  const hide = () => 'small_population' as const;
  return {
    cells: state.cells.map((row) => row.map(hide)),
    rowTotals: state.rowTotals.map(hide),
    columnTotals: state.columnTotals?.map(hide) ?? null,
    total: 'small_population',
  };
}

/** The cells of a line, as [row, column] pairs. */
function cellsOf(table: Table, line: TableLine): [number, number][] {
  const rows = table.counts.length;
  const columns = table.columnSums.length;
  switch (line.axis) {
    case 'row':
      return Array.from({ length: columns }, (_, c) => [line.index, c]);
    case 'column':
      return Array.from({ length: rows }, (_, r) => [r, line.index]);
    case 'table':
      return Array.from({ length: rows * columns }, (_, i) => [Math.floor(i / columns), i % columns]);
  }
}

function dataLines(table: Table): TableLine[] {
  const rows = table.rowSums.map((_, index) => ({ axis: 'row' as const, index }));
  const columns = table.columnSums.map((_, index) => ({ axis: 'column' as const, index }));
  return table.twoWay ? [...rows, ...columns] : rows;
}

function hideZerosBesideHiddenPeople(table: Table, state: State): void {
  for (const line of dataLines(table)) {
    const cells = cellsOf(table, line);
    const holdsHiddenPeople = cells.some(([r, c]) => state.cells[r][c] !== null && table.counts[r][c] > 0);
    if (!holdsHiddenPeople) continue;
    for (const [r, c] of cells) {
      // A zero in an empty row or column says nothing its total (0) does not.
      const emptyLine = table.rowSums[r] === 0 || (table.twoWay && table.columnSums[c] === 0);
      if (table.counts[r][c] === 0 && state.cells[r][c] === null && !emptyLine)
        state.cells[r][c] = 'complementary';
    }
  }
}

/** Hides one more count (or, with no cells that would do, a total) where the audit found a leak. */
function protect(table: Table, state: State, problem: DisclosureProblem): void {
  const done =
    problem.kind === 'small_remainder'
      ? hideSmallestShown(table, state, [problem.line])
      : hideCycleThrough(table, state, problem);
  if (done || hideSmallestShown(table, state, [{ axis: 'table' }])) return;
  throw new Error(`disclosure control: nothing left to hide for ${JSON.stringify(problem)}`);
}

/** Hides the fewest people that put a recomputable count or total on a cycle of tradeable entries. */
function hideCycleThrough(
  table: Table,
  state: State,
  problem: Exclude<DisclosureProblem, { kind: 'small_remainder' }>,
): boolean {
  const view: TableView = { k: table.k, counts: table.counts, ...state };
  const entries = gridOf(view);
  const target = entries.findIndex(({ at }) =>
    problem.kind === 'recomputable_cell'
      ? at.kind === 'cell' && at.row === problem.row && at.column === problem.column
      : at.kind === 'total' && sameLine(at.line, problem.line),
  );
  const cover = cheapestCover(entries, target, table.k);
  if (!cover || cover.length === 0) return false;
  for (const index of cover) {
    const { at } = entries[index];
    if (at.kind === 'cell') state.cells[at.row][at.column] = 'complementary';
    else hideTotalOf(state, at.line);
  }
  return true;
}

const sameLine = (a: TableLine, b: TableLine) =>
  a.axis === b.axis && (a.axis === 'table' || a.index === (b as { index: number }).index);

function hideSmallestShown(table: Table, state: State, lines: TableLine[]): boolean {
  const shownPeople = lines
    .flatMap((line) => cellsOf(table, line))
    .filter(([r, c]) => state.cells[r][c] === null && table.counts[r][c] > 0)
    .sort(([r1, c1], [r2, c2]) => table.counts[r1][c1] - table.counts[r2][c2] || r1 - r2 || c1 - c2);
  const [smallest] = shownPeople;
  if (!smallest) return false;
  state.cells[smallest[0]][smallest[1]] = 'complementary';
  return true;
}

function hideTotalOf(state: State, line: TableLine): boolean {
  const oneRow = state.rowTotals.length === 1;
  if (line.axis === 'table' || (oneRow && line.axis === 'row')) {
    if (state.total !== null) return false;
    state.total = 'complementary';
    if (oneRow) state.rowTotals[0] = 'complementary';
    return true;
  }
  const totals = line.axis === 'row' ? state.rowTotals : state.columnTotals;
  if (!totals || totals[line.index] !== null) return false;
  totals[line.index] = 'complementary';
  return true;
}

function shown(table: Table, state: State): SuppressedTable {
  const show = (count: number, suppressed: Reason): ShownCount => ({
    count: suppressed === null ? count : null,
    suppressed,
  });
  const grand = sum(table.rowSums);
  return {
    k: table.k,
    cells: table.counts.map((row, r) => row.map((count, c) => show(count, state.cells[r][c]))),
    rowTotals: table.rowSums.map((count, r) => show(count, state.rowTotals[r])),
    columnTotals: table.columnSums.flatMap((count, c) =>
      state.columnTotals ? [show(count, state.columnTotals[c])] : [],
    ),
    total: show(grand, state.total),
  };
}

function validate(counts: readonly (readonly number[])[], people: SuppressionOptions['people']): void {
  const columns = counts[0]?.length ?? 0;
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  if (columns === 0 || counts.some((row) => row.length !== columns))
    throw new Error('disclosure control: a table needs rows of one same, non-zero length');
  if (!counts.every((row) => row.every(isCount)))
    throw new Error('disclosure control: counts are whole numbers, 0 or more');
  if (!people) return;
  const fits = people.cells.length === counts.length && isCount(people.total);
  const within = counts.every((row, r) =>
    row.every((count, c) => {
      const n = people.cells[r]?.[c];
      return n !== undefined && isCount(n) && n <= count && n <= people.total && (count === 0 || n > 0);
    }),
  );
  if (!fits || !within)
    throw new Error(
      'disclosure control: people per cell are whole numbers, at least 1 for a count, at most the count and the total',
    );
}
