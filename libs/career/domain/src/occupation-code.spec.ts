import { normaliseOccupationCode } from './occupation-code';

describe('normaliseOccupationCode', () => {
  it.each([
    ['M1805', 'M1805'],
    ['m1805', 'M1805'],
    [' n 4101 ', 'N4101'],
    ['Z1234', null],
    ['M185', null],
    ['plombier', null],
    ['', null],
  ])('%j gives %j', (raw, expected) => {
    expect(normaliseOccupationCode(raw)).toBe(expected);
  });
});
