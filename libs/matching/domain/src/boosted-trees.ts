/**
 * Gradient-boosted regression trees on the logistic loss, small and deterministic: features are
 * cut into at most `bins` quantile bins once, each tree grows level by level to `depth`, a split
 * is the one that most lowers the squared error of the gradient (Newton leaf values). No sampling,
 * so the same rows give the same model. Used to learn how likely ROME is to link two occupations
 * from what is known of the pair (`learnedMobility`).
 */
export interface BoostingOptions {
  trees?: number;
  depth?: number;
  learningRate?: number;
  /** Rows a leaf needs at least. */
  minLeaf?: number;
  bins?: number;
  /** L2 penalty on a leaf's value. */
  lambda?: number;
}

/** A tree as flat arrays: node i splits on `feature[i]` at `threshold[i]` (x <= threshold goes left, to 2i+1), or is a leaf (`feature[i]` = -1) worth `value[i]`. */
export interface BoostedTree {
  feature: number[];
  threshold: number[];
  value: number[];
}

export interface BoostedTrees {
  /** The log-odds every tree adds to. */
  base: number;
  trees: BoostedTree[];
}

export const BOOSTING_DEFAULTS: Required<BoostingOptions> = {
  trees: 100,
  depth: 3,
  learningRate: 0.1,
  minLeaf: 50,
  bins: 32,
  lambda: 1,
};

/** The model's log-odds for one row of features. */
export function boostedScore(model: BoostedTrees, row: ArrayLike<number>): number {
  let score = model.base;
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node] >= 0)
      node = row[tree.feature[node]] <= tree.threshold[node] ? 2 * node + 1 : 2 * node + 2;
    score += tree.value[node];
  }
  return score;
}

/** Cut points of a feature: up to `bins - 1` distinct quantiles of its values. */
export function quantileCuts(values: ArrayLike<number>, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const value = sorted[Math.floor((b * sorted.length) / bins)];
    if (value === undefined) break;
    if (cuts.length === 0 || value > cuts[cuts.length - 1]) cuts.push(value);
  }
  // A cut at the largest value splits nothing off.
  if (cuts.length && cuts[cuts.length - 1] >= sorted[sorted.length - 1]) cuts.pop();
  return cuts;
}

/**
 * Fits the model on rows (each an array of `features` numbers) with 0/1 labels. Rows are given
 * as one flat Float64Array, row-major.
 */
export function fitBoostedTrees(
  rows: Float64Array,
  features: number,
  labels: ArrayLike<number>,
  options: BoostingOptions = {},
): BoostedTrees {
  const { trees, depth, learningRate, minLeaf, bins, lambda } = { ...BOOSTING_DEFAULTS, ...options };
  const count = labels.length;
  if (rows.length !== count * features) throw new Error('rows and labels do not match');
  // Bin every value once.
  const cuts: number[][] = [];
  const binned = new Uint8Array(count * features);
  for (let f = 0; f < features; f++) {
    const column = new Float64Array(count);
    for (let r = 0; r < count; r++) column[r] = rows[r * features + f];
    const c = quantileCuts(column, Math.min(bins, 255));
    cuts.push(c);
    for (let r = 0; r < count; r++) {
      const x = column[r];
      let low = 0;
      let high = c.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (x <= c[mid]) high = mid;
        else low = mid + 1;
      }
      binned[r * features + f] = low;
    }
  }
  let positives = 0;
  for (let r = 0; r < count; r++) positives += labels[r];
  const p0 = Math.min(1 - 1e-6, Math.max(1e-6, positives / Math.max(1, count)));
  const base = Math.log(p0 / (1 - p0));
  const margin = new Float64Array(count).fill(base);
  const gradient = new Float64Array(count);
  const hessian = new Float64Array(count);
  const node = new Int32Array(count);
  const model: BoostedTrees = { base, trees: [] };
  const maxBins = Math.min(bins, 255);

  for (let t = 0; t < trees; t++) {
    for (let r = 0; r < count; r++) {
      const p = 1 / (1 + Math.exp(-margin[r]));
      gradient[r] = p - labels[r];
      hessian[r] = Math.max(1e-6, p * (1 - p));
    }
    const size = 2 ** (depth + 1) - 1;
    const tree: BoostedTree = {
      feature: new Array<number>(size).fill(-1),
      threshold: new Array<number>(size).fill(0),
      value: new Array<number>(size).fill(0),
    };
    node.fill(0);
    const active = new Set<number>([0]);
    for (let level = 0; level < depth; level++) {
      const first = 2 ** level - 1;
      const width = 2 ** level;
      // Histograms of gradient, hessian and count per node of this level, feature and bin.
      const g = new Float64Array(width * features * maxBins);
      const h = new Float64Array(width * features * maxBins);
      const n = new Int32Array(width * features * maxBins);
      for (let r = 0; r < count; r++) {
        const at = node[r];
        if (!active.has(at)) continue;
        const offset = (at - first) * features * maxBins;
        for (let f = 0; f < features; f++) {
          const cell = offset + f * maxBins + binned[r * features + f];
          g[cell] += gradient[r];
          h[cell] += hessian[r];
          n[cell]++;
        }
      }
      const split = new Map<number, { feature: number; bin: number }>();
      for (const at of active) {
        const offset = (at - first) * features * maxBins;
        let best = 0;
        let choice: { feature: number; bin: number } | null = null;
        for (let f = 0; f < features; f++) {
          let gt = 0;
          let ht = 0;
          let nt = 0;
          for (let b = 0; b < maxBins; b++) {
            gt += g[offset + f * maxBins + b];
            ht += h[offset + f * maxBins + b];
            nt += n[offset + f * maxBins + b];
          }
          const parent = (gt * gt) / (ht + lambda);
          let gl = 0;
          let hl = 0;
          let nl = 0;
          for (let b = 0; b < cuts[f].length; b++) {
            gl += g[offset + f * maxBins + b];
            hl += h[offset + f * maxBins + b];
            nl += n[offset + f * maxBins + b];
            if (nl < minLeaf || nt - nl < minLeaf) continue;
            const gr = gt - gl;
            const hr = ht - hl;
            const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
            if (gain > best + 1e-12) {
              best = gain;
              choice = { feature: f, bin: b };
            }
          }
        }
        if (choice) split.set(at, choice);
      }
      if (split.size === 0) break;
      for (const [at, { feature, bin }] of split) {
        tree.feature[at] = feature;
        tree.threshold[at] = cuts[feature][bin];
      }
      const next = new Set<number>();
      for (let r = 0; r < count; r++) {
        const at = node[r];
        const chosen = split.get(at);
        if (!chosen) continue;
        const child = binned[r * features + chosen.feature] <= chosen.bin ? 2 * at + 1 : 2 * at + 2;
        node[r] = child;
        next.add(child);
      }
      active.clear();
      for (const at of next) active.add(at);
    }
    // Newton leaf values.
    const gs = new Float64Array(size);
    const hs = new Float64Array(size);
    for (let r = 0; r < count; r++) {
      gs[node[r]] += gradient[r];
      hs[node[r]] += hessian[r];
    }
    for (let at = 0; at < size; at++)
      if (tree.feature[at] === -1 && hs[at] > 0)
        tree.value[at] = (-learningRate * gs[at]) / (hs[at] + lambda);
    for (let r = 0; r < count; r++) margin[r] += tree.value[node[r]];
    model.trees.push(tree);
  }
  return model;
}
