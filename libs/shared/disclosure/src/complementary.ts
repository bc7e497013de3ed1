import type { GridEntry } from './audit-table';

/** Hiding a zero hides nobody, but it is still one more blank: cheaper than any count, not free. */
const ZERO_COST = 0.5;
/** A total is hidden only when no set of cells will do: it costs more than any cells could. */
const TOTAL_COST = 1_000_000;

interface Arc {
  to: number;
  entry: number;
  cost: number;
}

/**
 * The shown entries to hide, fewest people first, so that a recomputable entry lies on a cycle of
 * hidden entries that can trade one unit (see `auditTable`): the cheapest path, through hidden
 * entries for free and shown cells at the cost of their count, that closes the cycle. A shown total
 * of k or more is used only when no cells can close it (a hidden one is then known to be k or more;
 * smaller totals are never hidden this way). Null when no such path exists.
 */
export function cheapestCover(entries: readonly GridEntry[], target: number, k: number): number[] | null {
  const entry = entries[target];
  const arcs = arcsOf(entries, target, k);
  const options = [
    entry.value + 1 <= entry.hi ? cheapestPath(arcs, entry.columnNode, entry.rowNode) : null,
    entry.value - 1 >= entry.lo ? cheapestPath(arcs, entry.rowNode, entry.columnNode) : null,
  ].filter((path): path is { cost: number; entries: number[] } => path !== null);
  const [best] = options.sort((a, b) => a.cost - b.cost);
  return best ? best.entries.filter((index) => entries[index].fixed) : null;
}

function arcsOf(entries: readonly GridEntry[], skip: number, k: number): Map<number, Arc[]> {
  const arcs = new Map<number, Arc[]>();
  const add = (from: number, arc: Arc) => arcs.set(from, [...(arcs.get(from) ?? []), arc]);
  entries.forEach((entry, index) => {
    if (index === skip) return;
    const { rowNode, columnNode, value } = entry;
    if (!entry.fixed) {
      if (value + 1 <= entry.hi) add(rowNode, { to: columnNode, entry: index, cost: 0 });
      if (value - 1 >= entry.lo) add(columnNode, { to: rowNode, entry: index, cost: 0 });
    } else if (entry.at.kind === 'cell') {
      // Once hidden, a cell may be anything from 0 up: it can always rise, and fall when not 0.
      const cost = value === 0 ? ZERO_COST : value;
      add(rowNode, { to: columnNode, entry: index, cost });
      if (value > 0) add(columnNode, { to: rowNode, entry: index, cost });
    } else {
      // Row and column totals sit negated in the grid, the grand total as it is; hidden, each stays k or more.
      const people = entry.at.line.axis === 'table' ? value : -value;
      if (people < k) return;
      const cost = TOTAL_COST + people;
      const canRise = entry.at.line.axis === 'table' ? true : people - 1 >= k;
      const canFall = entry.at.line.axis === 'table' ? people - 1 >= k : true;
      if (canRise) add(rowNode, { to: columnNode, entry: index, cost });
      if (canFall) add(columnNode, { to: rowNode, entry: index, cost });
    }
  });
  return arcs;
}

function cheapestPath(
  arcs: Map<number, Arc[]>,
  from: number,
  to: number,
): { cost: number; entries: number[] } | null {
  const cost = new Map<number, number>([[from, 0]]);
  const via = new Map<number, { node: number; entry: number }>();
  const done = new Set<number>();
  for (;;) {
    const open = [...cost].filter(([node]) => !done.has(node)).sort((a, b) => a[1] - b[1]);
    const next = open[0];
    if (!next) return null;
    const [node, sofar] = next;
    if (node === to) break;
    done.add(node);
    for (const arc of arcs.get(node) ?? []) {
      const through = sofar + arc.cost;
      if (through < (cost.get(arc.to) ?? Infinity)) {
        cost.set(arc.to, through);
        via.set(arc.to, { node, entry: arc.entry });
      }
    }
  }
  const path: number[] = [];
  for (let node = to; node !== from;) {
    const step = via.get(node);
    if (!step) return null;
    path.push(step.entry);
    node = step.node;
  }
  return { cost: cost.get(to) ?? Infinity, entries: path };
}
