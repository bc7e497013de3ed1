import { auditTable } from './audit-table';
import { sponsorSuppression } from './suppression';
import { suppressTable, type SuppressedTable } from './suppress-table';
import { randomCount, randomInt, seededRandom } from './test/seeded-random';
import { TableAttacker } from './test/table-attacker';

/**
 * Random small programmes, the same on every run: each table is suppressed, then attacked by a reader
 * who sees only what is published and tries every table of whole numbers that fits (differences with
 * totals, zeros, the other cells of each row and column, all at once).
 */
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const ks = [5, 5, 5, 6, 8, 2]; // 2 asks for less than the floor: it must get 5

function randomTable(random: () => number, rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => randomCount(random)));
}

function leaks(counts: number[][], published: SuppressedTable, people?: number[][]): string[] {
  const { k } = published;
  const found: string[] = [];
  const small = (n: number) => n > 0 && n < k;
  const grand = sum(counts.map(sum));
  const twoWay = counts.length > 1;
  const columnSums = counts[0]!.map((_, c) => sum(counts.map((row) => row[c]!)));
  const shownNumbers = [
    ...published.cells.flat().map((cell) => cell.count),
    ...published.rowTotals.map((t) => t.count),
    ...published.columnTotals.map((t) => t.count),
    published.total.count,
  ];
  if (shownNumbers.some((n) => n !== null && small(n))) found.push('a published count is under k');
  published.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.count !== null && small(people?.[r]![c] ?? 0))
        found.push(`(${r},${c}) shows a count of under k people`);
    }),
  );
  if (small(grand) && shownNumbers.some((n) => n !== null)) found.push('a small table shows something');

  // Differences with a total: the hidden cells of a line with a shown total add up to a known number.
  const lines = [
    ...counts.map((row, r) => ({
      name: `row ${r}`,
      values: row,
      shown: published.cells[r]!,
      total: published.rowTotals[r]!,
      people: people?.[r],
      crossEmpty: row.map((_, c) => twoWay && columnSums[c] === 0),
    })),
    ...(twoWay
      ? columnSums.map((_, c) => ({
          name: `column ${c}`,
          values: counts.map((row) => row[c]!),
          shown: published.cells.map((row) => row[c]!),
          total: published.columnTotals[c]!,
          people: undefined,
          crossEmpty: counts.map((row) => sum(row) === 0),
        }))
      : []),
  ];
  for (const line of lines) {
    const hiddenCount = sum(line.values.filter((_, i) => line.shown[i]!.count === null));
    if (line.total.count !== null && small(hiddenCount))
      found.push(`${line.name}: hidden cells add up to under k`);
    const persons = sum((line.people ?? line.values).filter((_, i) => line.shown[i]!.count === null));
    if (line.total.count !== null && small(persons))
      found.push(`${line.name}: hidden cells hold under k people`);
    // Zeros: a zero shown beside hidden people says where they are not (unless its other line is empty).
    if (hiddenCount > 0 && line.shown.some((cell, i) => cell.count === 0 && !line.crossEmpty[i]))
      found.push(`${line.name}: a zero beside hidden people`);
  }

  const attacker = new TableAttacker(published, grand + 2 * k);
  counts.forEach((row, r) =>
    row.forEach((value, c) => {
      if (published.cells[r]![c]!.count === null && value > 0 && !attacker.cellCanDiffer(r, c, value))
        found.push(`(${r},${c}) = ${value} can be recomputed`);
    }),
  );
  counts.forEach((row, r) => {
    const hiddenSmall = sponsorSuppression(published.rowTotals[r]!.suppressed) === 'SMALL_POPULATION';
    if (hiddenSmall && sum(row) > 0 && !attacker.rowTotalCanDiffer(r, sum(row)))
      found.push(`row ${r} total can be recomputed`);
  });
  published.columnTotals.forEach((total, c) => {
    const hiddenSmall = sponsorSuppression(total.suppressed) === 'SMALL_POPULATION';
    if (hiddenSmall && columnSums[c]! > 0 && !attacker.columnTotalCanDiffer(c, columnSums[c]!))
      found.push(`column ${c} total can be recomputed`);
  });
  return found;
}

describe('no random small programme can be recovered from what is published', () => {
  it('one-row tables with their total (outcomes, phases, session statuses)', () => {
    const random = seededRandom(20261203);
    for (let run = 0; run < 1500; run++) {
      const counts = randomTable(random, 1, randomInt(random, 2, 7));
      // Half the tables count events (sessions): people behind each count, at most the count.
      const people =
        random() < 0.5 ? [counts[0]!.map((n) => randomInt(random, Math.min(n, 1), n))] : undefined;
      const requested = ks[run % ks.length]!;
      const total = people ? Math.max(...people[0]!, Math.ceil(sum(people[0]!) * 0.7)) : undefined;
      const published = suppressTable(counts, {
        k: requested,
        people: people && total !== undefined ? { cells: people, total } : undefined,
      });
      expect(published.k).toBe(Math.max(5, requested));
      expect({ counts, people, leaks: leaks(counts, published, people) }).toEqual({
        counts,
        people,
        leaks: [],
      });
    }
  });

  it('two-way tables with row, column and grand totals (instrument by status)', () => {
    const random = seededRandom(42);
    for (let run = 0; run < 400; run++) {
      const counts = randomTable(random, randomInt(random, 2, 3), randomInt(random, 2, 4));
      const published = suppressTable(counts, { k: ks[run % ks.length] });
      expect({ counts, leaks: leaks(counts, published) }).toEqual({ counts, leaks: [] });
    }
  });

  it('agrees with the library audit: what is published passes it', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 300; run++) {
      const counts = randomTable(random, randomInt(random, 1, 3), randomInt(random, 2, 4));
      const published = suppressTable(counts);
      const reasons = (row: { suppressed: unknown }[]) => row.map((cell) => cell.suppressed) as never[];
      expect(
        auditTable({
          k: published.k,
          counts,
          cells: published.cells.map(reasons),
          rowTotals: reasons(published.rowTotals),
          columnTotals: counts.length > 1 ? reasons(published.columnTotals) : null,
          total: published.total.suppressed,
        }),
      ).toEqual([]);
    }
  });
});
