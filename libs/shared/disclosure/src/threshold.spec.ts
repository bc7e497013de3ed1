import { DEFAULT_K, MIN_K, resolveK } from './threshold';

describe('the threshold a programme publishes with', () => {
  it.each([
    ['no setting', undefined, DEFAULT_K],
    ['no setting (null)', null, DEFAULT_K],
    ['below the floor', 2, MIN_K],
    ['zero', 0, MIN_K],
    ['higher, as asked', 10, 10],
    ['a fraction, rounded up', 6.2, 7],
    ['not a number', Number.NaN, DEFAULT_K],
  ])('%s', (_case, requested, k) => {
    expect(resolveK(requested)).toBe(k);
  });
});
