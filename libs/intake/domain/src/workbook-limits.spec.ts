import {
  WORKBOOK_LIMITS,
  unpackedBeyondDeclared,
  workbookDirectoryProblem,
  type WorkbookEntry,
} from './workbook-limits';

const MB = 1024 * 1024;
const sheet = (unpackedBytes: number, packedBytes: number): WorkbookEntry => ({
  name: 'xl/worksheets/sheet1.xml',
  unpackedBytes,
  packedBytes,
});
const small = (name: string): WorkbookEntry => ({ name, unpackedBytes: 1200, packedBytes: 400 });
const workbook = (...entries: WorkbookEntry[]) => [
  small('[Content_Types].xml'),
  small('xl/workbook.xml'),
  ...entries,
];

describe('what a workbook may unpack to', () => {
  it.each([
    ['a 100,000-person export (46 MB sheet from 5 MB)', workbook(sheet(46 * MB, 5 * MB))],
    ['hyperlink relations that compress 31 times', workbook(sheet(18 * MB, 0.6 * MB))],
    ['a tiny file that compresses 500 times (under the grace size)', workbook(sheet(500_000, 1000))],
    ['exactly 100 times', workbook(sheet(100 * MB, 1 * MB))],
    [
      'a 32 MiB shared strings table',
      workbook({ name: 'xl/sharedStrings.xml', unpackedBytes: 32 * MB, packedBytes: 3 * MB }),
    ],
  ])('accepts %s', (_case, entries) => expect(workbookDirectoryProblem(entries)).toBeNull());

  it.each([
    [
      'a sheet that unpacks 1,010 times (the probe: 100 MB from 101 KB)',
      workbook(sheet(100 * MB, 103_816)),
      'too-large',
      /^xl\/worksheets\/sheet1\.xml unpacks to 1,010 times its packed size \(at most 100\)/,
    ],
    ['an empty packed size', workbook(sheet(2 * MB, 0)), 'too-large', /unpacks to 2,097,152 times/],
    [
      'more than 200 MiB in all, each part plausible',
      workbook(sheet(150 * MB, 10 * MB), {
        name: 'xl/worksheets/sheet2.xml',
        unpackedBytes: 60 * MB,
        packedBytes: 6 * MB,
      }),
      'too-large',
      /^the workbook unpacks to 210 MiB \(at most 200 MiB\)/,
    ],
    [
      'a shared strings table the reader would hold in memory, over 32 MiB',
      workbook({ name: 'xl/sharedStrings.xml', unpackedBytes: 40 * MB, packedBytes: 4 * MB }),
      'too-large',
      /text table \(xl\/sharedStrings\.xml\) unpacks to 40 MiB \(at most 32 MiB\)/,
    ],
    [
      'the same file twice',
      workbook(sheet(MB, MB / 10), sheet(MB, MB / 10)),
      'damaged',
      /holds xl\/worksheets\/sheet1\.xml twice/,
    ],
    [
      'more files than any workbook has',
      Array.from({ length: WORKBOOK_LIMITS.maxEntries + 1 }, (_u, i) => small(`xl/media/image${i}.png`)),
      'damaged',
      /^the workbook holds 1,001 files \(at most 1,000\)/,
    ],
  ])('refuses %s', (_case, entries, kind, reason) => {
    const problem = workbookDirectoryProblem(entries);
    expect(problem?.kind).toBe(kind);
    expect(problem?.reason).toMatch(reason);
  });

  it('stops an entry the moment it unpacks past what its directory declared', () => {
    const declared = sheet(2 * MB, 100_000);
    expect(unpackedBeyondDeclared(declared, 2 * MB)).toBeNull();
    expect(unpackedBeyondDeclared(declared, 2 * MB + 1)).toEqual({
      kind: 'too-large',
      reason: expect.stringMatching(
        /^xl\/worksheets\/sheet1\.xml unpacks to more than the 2,097,152 bytes its header says/,
      ),
    });
  });
});
