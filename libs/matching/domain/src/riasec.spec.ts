import { interestFit, hexagonDistance, parseHollandCode, riasecCongruence } from './riasec';

describe('hexagonDistance', () => {
  it.each([
    ['R', 'R', 0],
    ['R', 'I', 1],
    ['R', 'C', 1],
    ['R', 'A', 2],
    ['R', 'S', 3],
    ['I', 'E', 3],
    ['A', 'C', 3],
  ] as const)('%s-%s = %i', (a, b, expected) => expect(hexagonDistance(a, b)).toBe(expected));
});

describe('riasecCongruence', () => {
  it.each([
    ['R', 'R', null, 1],
    ['S', 'R', null, 0],
    ['RI', 'R', 'I', (3 * 2 * 1 + 3 * 1 * (2 / 3) + 2 * 2 * (2 / 3) + 2 * 1 * 1) / 15],
    ['RIA', 'S', null, (3 * 0 + 2 * (1 / 3) + 1 * (2 / 3)) / 6],
  ] as const)('%s vs %s%s', (holland, major, minor, expected) => {
    expect(riasecCongruence(parseHollandCode(holland), { major, minor })).toBeCloseTo(expected, 6);
  });

  it('is unknown without a Holland code or an occupation code', () => {
    expect(riasecCongruence([], { major: 'R', minor: null })).toBeNull();
    expect(riasecCongruence(['R'], { major: null, minor: null })).toBeNull();
  });

  it('reads Holland codes case-insensitively and drops other letters', () => {
    expect(parseHollandCode('rXs')).toEqual(['R', 'S']);
  });
});

describe('interestFit', () => {
  it.each([
    // An EIR person (the welder of issue 19): an "E" job fits fully, an "R" job much less.
    ['EIR', 'E', null, 1],
    ['EIR', 'I', null, 0.8],
    ['EIR', 'R', null, 0.6],
    ['EIR', 'E', 'C', 0.7 + 0.3 * (2 / 3)],
    ['EIR', 'R', 'C', 0.7 * 0.6 + 0.3 * (2 / 3)],
    ['SA', 'S', 'A', 0.7 + 0.3 * 0.8],
    ['S', 'R', null, 0],
    ['', 'R', null, null],
    ['RIC', null, null, null],
  ] as const)('%s against %s%s = %s', (holland, major, minor, expected) => {
    const fit = interestFit(parseHollandCode(holland), { major, minor });
    if (expected === null) expect(fit).toBeNull();
    else expect(fit).toBeCloseTo(expected, 6);
  });
});
