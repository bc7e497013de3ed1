import { fap2009ToBmoCode, mapOccupationsToBmoFamilies } from './bmo-mapping';

describe('fap2009ToBmoCode', () => {
  it.each([
    ['A0Z40', 'A0X40'],
    ['J3Z42', 'J3X42'],
    ['T4Z60', 'T4X60'],
    ['M1Z80', 'M1X80'],
    ['A1A00', 'A1A00'],
  ])('%s -> %s', (fap, bmo) => expect(fap2009ToBmoCode(fap)).toBe(bmo));
});

describe('mapOccupationsToBmoFamilies', () => {
  const families = new Set(['N1X80', 'N2X90', 'M1X80', 'K2X10']);
  const crosswalk = [
    { romeV3: 'N1103', fap2009: 'J1Z40' }, // FAP-2021 dropped it: not a BMO family
    { romeV3: 'N1103', fap2009: 'N1Z80' },
    { romeV3: 'N1105', fap2009: 'N1Z80' },
    { romeV3: 'N1105', fap2009: 'N2Z90' },
    { romeV3: 'M1805', fap2009: 'M1Z80' },
  ];

  it('follows the ROME V3 parent, then the professional domain, then the grand domain', () => {
    const mapping = mapOccupationsToBmoFamilies(
      [
        { code: 'N1103', parentCode: 'N1103' },
        { code: 'N1110', parentCode: 'N1105' },
        { code: 'N1199', parentCode: 'N1199' },
        { code: 'M1805', parentCode: 'M1805' },
        { code: 'M1899', parentCode: 'M1899' },
        { code: 'M1201', parentCode: 'M1201' },
        { code: 'B1101', parentCode: 'B1101' },
      ],
      crosswalk,
      families,
    );
    expect(mapping).toEqual([
      { romeCode: 'N1103', familyCode: 'N1X80', method: 'crosswalk' },
      { romeCode: 'N1110', familyCode: 'N1X80', method: 'crosswalk' },
      { romeCode: 'N1110', familyCode: 'N2X90', method: 'crosswalk' },
      { romeCode: 'M1805', familyCode: 'M1X80', method: 'crosswalk' },
      { romeCode: 'N1199', familyCode: 'N1X80', method: 'domain_fallback' },
      { romeCode: 'M1899', familyCode: 'M1X80', method: 'domain_fallback' },
      { romeCode: 'M1201', familyCode: 'M1X80', method: 'grand_domain_fallback' },
    ]);
  });
});
