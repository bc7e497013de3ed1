import {
  consistency,
  differentiationRange,
  hexagonDistance,
  hollandCode,
  iachanDifferentiation,
  riasecProfile,
  type RiasecScores,
  type RiasecType,
} from './riasec';

const scores = (R: number, I: number, A: number, S: number, E: number, C: number): RiasecScores => ({
  R,
  I,
  A,
  S,
  E,
  C,
});

describe('Holland code: top three types, ties in hexagon order R-I-A-S-E-C', () => {
  it.each<[string, RiasecScores, string, boolean]>([
    ['clear order', scores(28, 32, 8, 40, 24, 20), 'SIR', false],
    ['all equal: hexagon order', scores(24, 24, 24, 24, 24, 24), 'RIA', true],
    ['tie at the top: E before C', scores(20, 20, 20, 20, 30, 30), 'ECR', true],
    ['tie at the cut only', scores(10, 12, 35, 30, 30, 11), 'ASE', false],
    ['tie at the cut, decided by order', scores(10, 40, 38, 25, 25, 11), 'IAS', true],
    ['extremes', scores(40, 8, 8, 8, 8, 39), 'RCI', true],
  ])('%s', (_case, input, code, tiedAtCut) => {
    expect(hollandCode(input)).toEqual({ code, tiedAtCut });
  });
});

describe('differentiation', () => {
  it.each<[RiasecScores, number, number]>([
    // sorted 40 32 28 24 20 8: range 32; Iachan 40 - (32 + 24) / 2 = 12
    [scores(28, 32, 8, 40, 24, 20), 32, 12],
    [scores(24, 24, 24, 24, 24, 24), 0, 0],
    // sorted 40 39 8 8 8 8: range 32; Iachan 40 - (39 + 8) / 2 = 16.5
    [scores(40, 8, 8, 8, 8, 39), 32, 16.5],
  ])('%p: range %d, Iachan %d', (input, range, iachan) => {
    expect(differentiationRange(input)).toBe(range);
    expect(iachanDifferentiation(input)).toBe(iachan);
  });
});

describe('consistency of the first two letters on the hexagon', () => {
  it.each([
    ['RI', 1, 'high'],
    ['CR', 1, 'high'],
    ['SE', 1, 'high'],
    ['RA', 2, 'medium'],
    ['SI', 2, 'medium'],
    ['EA', 2, 'medium'],
    ['RS', 3, 'low'],
    ['IE', 3, 'low'],
    ['AC', 3, 'low'],
  ] as const)('%s: distance %d, %s', (code, distance, expected) => {
    expect(hexagonDistance(code[0] as RiasecType, code[1] as RiasecType)).toBe(distance);
    expect(consistency(`${code}X`.slice(0, 3))).toBe(expected);
  });

  it('refuses a code that is not two RIASEC letters', () => {
    expect(() => consistency('R')).toThrow('two RIASEC letters');
    expect(() => consistency('RR')).toThrow('repeats');
  });
});

it('puts the profile together', () => {
  expect(riasecProfile(scores(28, 32, 8, 40, 24, 20))).toEqual({
    scores: scores(28, 32, 8, 40, 24, 20),
    hollandCode: 'SIR',
    tiedAtCut: false,
    differentiation: 32,
    iachanDifferentiation: 12,
    consistency: 'medium',
  });
});
