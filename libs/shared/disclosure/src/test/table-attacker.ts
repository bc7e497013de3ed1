import { sponsorSuppression, type ShownCount } from '../suppression';
import type { SuppressedTable } from '../suppress-table';

/**
 * A reader who knows only what is published (shown counts, shown totals, and the sponsor-facing
 * reason of each hidden one) and k, and searches every table of whole numbers that fits, to find
 * hidden numbers that can take only one value. Written apart from the library's own audit, by brute
 * force, so that each checks the other. `cap` bounds hidden numbers when no shown total does; it only
 * removes candidate tables, so it can only make the reader look stronger, never weaker.
 */
export class TableAttacker {
  private readonly hidden: [number, number][];
  private readonly rowRange: [number, number][];
  private readonly columnRange: [number, number][] | null;
  private readonly totalRange: [number, number];
  private readonly cellCap: number;

  constructor(
    private readonly published: SuppressedTable,
    cap: number,
  ) {
    const { k } = published;
    this.hidden = published.cells.flatMap((row, r) =>
      row.flatMap((cell, c): [number, number][] => (cell.count === null ? [[r, c]] : [])),
    );
    const tableIsSmall = sponsorSuppression(published.total.suppressed) === 'SMALL_POPULATION';
    const range = (shown: ShownCount, smallFloor: number): [number, number] => {
      if (shown.count !== null) return [shown.count, shown.count];
      return sponsorSuppression(shown.suppressed) === 'SMALL_POPULATION' ? [smallFloor, k - 1] : [k, cap];
    };
    this.totalRange = range(published.total, 1);
    this.rowRange = published.rowTotals.map((shown) => range(shown, tableIsSmall ? 0 : 1));
    this.columnRange =
      published.columnTotals.length > 0
        ? published.columnTotals.map((shown) => range(shown, tableIsSmall ? 0 : 1))
        : null;
    this.cellCap = Math.min(cap, this.totalRange[1]);
  }

  /** Could the hidden cell hold anything but `value`? */
  cellCanDiffer(row: number, column: number, value: number): boolean {
    return this.search((cells) => cells[row]![column] !== value, { row, column, value });
  }

  /** Could the row's (or the table's, for a one-row table) hidden total be anything but `value`? */
  rowTotalCanDiffer(row: number, value: number): boolean {
    return this.search((cells) => sumOf(cells[row]!) !== value);
  }

  columnTotalCanDiffer(column: number, value: number): boolean {
    return this.search((cells) => sumOf(cells.map((row) => row[column]!)) !== value);
  }

  /** Depth-first over the hidden cells, row by row; stops at the first table that fits and satisfies `wanted`. */
  private search(
    wanted: (cells: number[][]) => boolean,
    avoid?: { row: number; column: number; value: number },
  ): boolean {
    const cells = this.published.cells.map((row) => row.map((cell) => cell.count ?? 0));
    const lastInRow = new Map<number, number>();
    const lastInColumn = new Map<number, number>();
    this.hidden.forEach(([r, c], i) => {
      lastInRow.set(r, i);
      lastInColumn.set(c, i);
    });
    const rowSum = (r: number) => sumOf(cells[r]!);
    const columnSum = (c: number) => sumOf(cells.map((row) => row[c]!));
    const within = (value: number, [lo, hi]: [number, number]) => value >= lo && value <= hi;

    const place = (i: number): boolean => {
      if (i === this.hidden.length) {
        const total = sumOf(cells.map(sumOf));
        const fits =
          within(total, this.totalRange) &&
          cells.every((_, r) => within(rowSum(r), this.rowRange[r]!)) &&
          (this.columnRange?.every((range, c) => within(columnSum(c), range)) ?? true);
        return fits && wanted(cells);
      }
      const [r, c] = this.hidden[i]!;
      const rowRoom = this.rowRange[r]![1] - rowSum(r);
      const columnRoom = this.columnRange ? this.columnRange[c]![1] - columnSum(c) : Infinity;
      const totalRoom = this.totalRange[1] - sumOf(cells.map(sumOf));
      const most = Math.min(this.cellCap, rowRoom, columnRoom, totalRoom);
      for (let value = 0; value <= most; value++) {
        if (avoid && avoid.row === r && avoid.column === c && avoid.value === value) continue;
        cells[r]![c] = value;
        // A row or column is complete once its last hidden cell is placed: it must fit its range now.
        const rowFits = lastInRow.get(r) !== i || within(rowSum(r), this.rowRange[r]!);
        const columnFits =
          !this.columnRange || lastInColumn.get(c) !== i || within(columnSum(c), this.columnRange[c]!);
        if (rowFits && columnFits && place(i + 1)) return true;
      }
      cells[r]![c] = 0;
      return false;
    };
    return place(0);
  }
}

const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
