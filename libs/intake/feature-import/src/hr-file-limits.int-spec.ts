import { FRENCH_HEADERS, cellsOf, hrRows } from './test/hr-files';
import { ImportTestKit } from './test/import-test-kit';
import { workbookBomb } from './test/zip-files';

let kit: ImportTestKit;

beforeAll(async () => {
  kit = await ImportTestKit.create('intake_import_limits');
});

afterAll(async () => {
  await kit?.stop();
});

beforeEach(async () => {
  await kit.dataSource.query(
    `TRUNCATE candidate, outbox_message, import_batch, import_row_error, import_file_key`,
  );
});

const expectNothingWritten = async () => {
  expect(await kit.count('candidate')).toBe(0);
  expect(await kit.count('outbox_message')).toBe(0);
  expect(await kit.count('import_row_error')).toBe(0);
};

/** Runs `work` while sampling the process's resident memory; answers how far it rose above the start. */
async function memoryRise<T>(work: () => Promise<T>): Promise<{ result: T; riseBytes: number; ms: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const began = Date.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, riseBytes: peak - start, ms: Date.now() - began };
  } finally {
    clearInterval(sampler);
  }
}

const MB = 1024 * 1024;

describe('workbooks that unpack to far more than they weigh', () => {
  const person = cellsOf(hrRows(1)[0]!);

  it('refuses a 100 KB workbook holding 100 MB of sheet, from its directory, in seconds, memory flat', async () => {
    const bomb = await workbookBomb(FRENCH_HEADERS, person, 100 * MB);
    expect(bomb.length).toBeLessThan(150 * 1024);
    const { result: batch, riseBytes, ms } = await memoryRise(() => kit.importFile(bomb, 'bombe.xlsx'));
    expect(batch).toMatchObject({ status: 'failed', failureCode: 'IMPORT_WORKBOOK_TOO_LARGE' });
    expect(batch.failureReason).toMatch(
      /^xl\/worksheets\/sheet1\.xml unpacks to [\d,]+ times its packed size \(at most 100\)/,
    );
    expect(ms).toBeLessThan(3000);
    expect(riseBytes).toBeLessThan(48 * MB);
    await expectNothingWritten();
  });

  it('refuses a workbook whose headers understate its sheet, while unpacking it', async () => {
    const bomb = await workbookBomb(FRENCH_HEADERS, person, 100 * MB, 2 * MB);
    const { result: batch, riseBytes, ms } = await memoryRise(() => kit.importFile(bomb, 'menteur.xlsx'));
    expect(batch).toMatchObject({ status: 'failed', failureCode: 'IMPORT_WORKBOOK_TOO_LARGE' });
    expect(batch.failureReason).toMatch(
      /^xl\/worksheets\/sheet1\.xml unpacks to more than the 2,097,152 bytes its header says/,
    );
    expect(ms).toBeLessThan(3000);
    expect(riseBytes).toBeLessThan(48 * MB);
    await expectNothingWritten();
  });

  it('still reads a workbook of the same shape and a reasonable size', async () => {
    const workbook = await workbookBomb(FRENCH_HEADERS, person, 512 * 1024);
    expect(await kit.importFile(workbook, 'petit.xlsx')).toMatchObject({
      status: 'completed',
      rowsEnrolled: 1,
    });
  });
});

/** A CSV as a hand-edited export holds it: cells written as they are, no quoting added. */
const rawCsv = (rows: readonly string[][]) =>
  Buffer.from([FRENCH_HEADERS, ...rows].map((cells) => cells.join(';')).join('\r\n') + '\r\n', 'utf8');

describe('CSV files as people edit them', () => {
  it('reads a quote inside an unquoted cell as a quote (5" écran, an unquoted formula)', async () => {
    const rows = hrRows(300).map(cellsOf);
    rows[100]![4] = 'Lyon 5" écran';
    rows[200]![1] = '=HYPERLINK("http://evil.example","m")';
    const batch = await kit.importFile(rawCsv(rows), 'guillemets.csv', { chunkSize: 100 });
    expect(batch).toMatchObject({ status: 'completed', rowsRead: 300, rowsEnrolled: 299, rowsRejected: 1 });
    const { items } = await kit.batches.errorPage(batch.id, 0, 10);
    expect(items).toEqual([
      { row: 202, column: 'Nom', value: '=HYPERLINK("http://evil.example","m")', reason: expect.any(String) },
    ]);
    const [site] = (await kit.dataSource.query(`SELECT site FROM candidate WHERE employee_number = $1`, [
      rows[100]![0],
    ])) as { site: string }[];
    expect(site).toEqual({ site: 'Lyon 5" écran' });
  });

  it('reads a quoted cell with spaces around it, as a spreadsheet does', async () => {
    const rows = hrRows(300).map(cellsOf);
    const file = rawCsv(rows)
      .toString('utf8')
      .split('\r\n')
      .map((line, index) => {
        if (index === 201) return line.replace(/;fr(, ar)?;(\d+)$/, ';"arabe;français" ;$2');
        if (index === 250) return line.replace(/;fr(, ar)?;(\d+)$/, '; "anglais;français";$2');
        return line;
      })
      .join('\r\n');
    expect(file.split('\r\n')[201]).toContain('"arabe;français" ;');
    const batch = await kit.importFile(Buffer.from(file, 'utf8'), 'espaces.csv');
    expect(batch).toMatchObject({ status: 'completed', rowsEnrolled: 300, rowsRejected: 0 });
    const languages = (await kit.dataSource.query(
      `SELECT languages FROM candidate WHERE employee_number = ANY($1) ORDER BY employee_number`,
      [[rows[200]![0], rows[249]![0]]],
    )) as { languages: string[] }[];
    expect(languages).toEqual([{ languages: ['ar', 'fr'] }, { languages: ['en', 'fr'] }]);
  });

  it('fails a file it truly cannot read, naming the line and row where it stops, and writes nothing', async () => {
    const rows = hrRows(300).map(cellsOf);
    rows[9]![4] = '"Bâtiment A\r\nLyon"'; // one cell over two lines: row 11 is lines 11 and 12
    rows[148]![4] = '"Bâtiment" B';
    const batch = await kit.importFile(rawCsv(rows), 'illisible.csv', { chunkSize: 50 });
    expect(batch).toMatchObject({ status: 'failed', failureCode: 'IMPORT_FILE_REFUSED' });
    expect(batch.failureReason).toMatch(/^row 150 \(line 151 of the file\) cannot be read: /);
    expect(batch.failureReason).toMatch(
      /: a cell goes on after its closing quote .*; put the whole cell in quotes/,
    );
    await expectNothingWritten();
  });
});
