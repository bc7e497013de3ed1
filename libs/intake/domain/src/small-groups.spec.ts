import { suppressSmallCounts } from './small-groups';

const cells = (...counts: number[]) => counts.map((count, index) => ({ key: `c${index}`, count }));
const shown = (result: ReturnType<typeof suppressSmallCounts>) => result.cells.map((cell) => cell.count);

describe('small groups are suppressed before a sponsor sees them', () => {
  it.each([
    ['nothing small', [10, 7, 0], [10, 7, 0], 17],
    ['two small cells hide each other', [20, 3, 2], [20, null, null], 25],
    ['one small cell also hides the next smallest', [20, 4, 9, 0], [20, null, null, 0], 33],
    ['exactly the threshold is shown', [5, 5], [5, 5], 10],
    ['zero is never suppressed', [0, 0], [0, 0], 0],
  ])('%s', (_case, counts, expected, total) => {
    const result = suppressSmallCounts(cells(...counts));
    expect(shown(result)).toEqual(expected);
    expect(result.total).toBe(total);
    expect(result.totalSuppressed).toBe(false);
  });

  it('a small programme shows no count at all', () => {
    const result = suppressSmallCounts(cells(3, 1, 0));
    expect(shown(result)).toEqual([null, null, 0]);
    expect(result).toMatchObject({ total: null, totalSuppressed: true });
  });

  it('no hidden cell can be recovered by subtracting the shown ones from the total', () => {
    for (const counts of [
      [20, 4, 9],
      [6, 1, 30, 2],
      [50, 4],
      [12, 12, 3, 0],
    ]) {
      const result = suppressSmallCounts(cells(...counts));
      const hidden = result.cells.filter(
        (cell) => cell.suppressed && (counts[Number(cell.key.slice(1))] ?? 0) > 0,
      );
      expect(hidden.length === 0 || hidden.length >= 2 || result.total === null).toBe(true);
    }
  });
});
