import { neutraliseCell, toSpreadsheetCsv } from './spreadsheet-safe';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+33 6 12 34 56 78', `'+33 6 12 34 56 78`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Benali', 'Benali'],
    ['a=b', 'a=b'],
    ['', ''],
    [null, ''],
    [-3, '-3'],
  ])('%j -> %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

describe('toSpreadsheetCsv', () => {
  it('neutralises, then quotes cells holding the delimiter, quotes or line breaks', () => {
    const csv = toSpreadsheetCsv([
      ['row', 'value'],
      [2, '=cmd|"/c calc"!A1'],
      [3, 'a;b'],
      [4, 'two\nlines'],
    ]);
    expect(csv).toBe('\uFEFFrow;value\r\n2;"\'=cmd|""/c calc""!A1"\r\n3;"a;b"\r\n4;"two\nlines"\r\n');
  });
});
