import { boostedScore, fitBoostedTrees, quantileCuts, type BoostedTrees } from './boosted-trees';

describe('quantileCuts', () => {
  it.each([
    ['four distinct values in four bins: a cut under each but the last', [1, 2, 3, 4], 4, [2, 3]],
    ['a constant feature has nothing to cut', [5, 5, 5, 5], 4, []],
    ['repeated values give each cut once', [0, 0, 0, 1, 1, 1], 3, [0]],
    ['one bin cuts nothing', [1, 2, 3], 1, []],
    ['no values, no cuts', [], 8, []],
  ])('%s', (_why, values, bins, expected) => expect(quantileCuts(values, bins)).toEqual(expected));
});

describe('boostedScore', () => {
  // One tree: x0 <= 0.5 goes left (-1), else right, where x1 <= 2 gives 0.5 and above 2 gives 2.
  const model: BoostedTrees = {
    base: 0.25,
    trees: [
      {
        feature: [0, -1, 1, -1, -1, -1, -1],
        threshold: [0.5, 0, 2, 0, 0, 0, 0],
        value: [0, -1, 0, 0, 0, 0.5, 2],
      },
    ],
  };
  it.each([
    ['left leaf', [0.2, 9], 0.25 - 1],
    ['on the threshold goes left', [0.5, 9], 0.25 - 1],
    ['right, then left', [0.7, 1], 0.25 + 0.5],
    ['right, then right', [0.7, 3], 0.25 + 2],
  ])('%s', (_why, row, expected) => expect(boostedScore(model, row)).toBeCloseTo(expected, 10));

  it('is the base alone without trees', () => expect(boostedScore({ base: -2, trees: [] }, [1])).toBe(-2));
});

describe('fitBoostedTrees', () => {
  // 400 rows: x0 in [0, 1) decides the label (above 0.6), x1 is noise.
  const count = 400;
  const rows = new Float64Array(count * 2);
  const labels = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    rows[r * 2] = r / count;
    rows[r * 2 + 1] = (r * 37) % 11;
    labels[r] = r / count > 0.6 ? 1 : 0;
  }
  const model = fitBoostedTrees(rows, 2, labels, { trees: 30, depth: 2, minLeaf: 10, learningRate: 0.3 });

  it.each([
    [0.1, false],
    [0.5, false],
    [0.65, true],
    [0.95, true],
  ])('learns the threshold: x0 = %s is a positive: %s', (x0, positive) =>
    expect(boostedScore(model, [x0, 3]) > 0).toBe(positive),
  );

  it('splits on the feature that tells, never on the noise first', () =>
    expect(model.trees.every((tree) => tree.feature[0] === 0)).toBe(true));

  it('starts from the log-odds of the positives (159 of 400)', () =>
    expect(model.base).toBeCloseTo(Math.log(159 / 241), 6));

  it('gives the same model for the same rows (no sampling)', () =>
    expect(fitBoostedTrees(rows, 2, labels, { trees: 30, depth: 2, minLeaf: 10, learningRate: 0.3 })).toEqual(
      model,
    ));

  it('keeps a leaf of at least minLeaf rows: with minLeaf above half the rows, no split', () => {
    const stump = fitBoostedTrees(rows, 2, labels, { trees: 1, minLeaf: 201 });
    expect(stump.trees[0]!.feature[0]).toBe(-1);
  });

  it('refuses rows and labels that do not match', () =>
    expect(() => fitBoostedTrees(new Float64Array(3), 2, [1, 0])).toThrow('rows and labels do not match'));
});
