import { homeDepartmentOf } from './home-department';

describe('homeDepartmentOf', () => {
  it.each([
    ['a commune in Lyon', '69123', null, '69'],
    ['the commune wins over the postcode', '69123', '75011', '69'],
    ['a commune in Corse-du-Sud', '2A004', null, '2A'],
    ['a commune in La Réunion', '97411', null, '974'],
    ['a postcode when the commune is unknown', null, '38000', '38'],
    ['an Ajaccio postcode', null, '20000', '2A'],
    ['a Bastia postcode', null, '20200', '2B'],
    ['a Guadeloupe postcode', null, '97100', '971'],
    ['a postcode starting 00 (no such department)', null, '00100', null],
    ['nothing known', null, null, null],
    ['a malformed commune and no postcode', '6912', null, null],
  ])('%s', (_label, commune, postcode, expected) => {
    expect(homeDepartmentOf(commune, postcode)).toBe(expected);
  });
});
