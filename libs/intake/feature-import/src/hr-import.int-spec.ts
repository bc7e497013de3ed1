import { PersonalDataRepository } from '@passerelle/intake/data-access';
import { randomBytes } from 'node:crypto';
import { errorReportCsv } from './import-report';
import {
  ENGLISH_HEADERS,
  FRENCH_HEADERS,
  breakRow,
  cellsOf,
  csvFile,
  hrRows,
  xlsxFile,
} from './test/hr-files';
import { ImportTestKit } from './test/import-test-kit';

let kit: ImportTestKit;

beforeAll(async () => {
  kit = await ImportTestKit.create('intake_import');
});

afterAll(async () => {
  await kit?.stop();
});

beforeEach(async () => {
  await kit.dataSource.query(
    `TRUNCATE candidate, outbox_message, import_batch, import_row_error, import_file_key, import_column_mapping`,
  );
});

const semicolon1252 = (rows: string[][]) => csvFile(rows, { delimiter: ';', encoding: 'windows-1252' });

describe('the formats HR files come in', () => {
  it('reads `;` in Windows-1252 with French headers and dd/mm/yyyy dates', async () => {
    const rows = hrRows(60);
    const batch = await kit.importFile(semicolon1252(rows.map(cellsOf)), 'salaries.csv');
    expect(batch).toMatchObject({
      status: 'completed',
      encoding: 'windows-1252',
      delimiter: ';',
      fileKind: 'csv',
    });
    expect(batch).toMatchObject({ rowsTotal: 60, rowsRead: 60, rowsEnrolled: 60, rowsRejected: 0 });
    const candidates = await kit.candidates();
    expect(candidates).toHaveLength(60);
    const first = candidates.find((c) => c['employee_number'] === rows[1]!.employeeNumber)!;
    expect(first).toMatchObject({
      last_name: rows[1]!.lastName,
      first_name: rows[1]!.firstName,
      site: rows[1]!.site,
      hire_date: '1992-03-03',
      contract_end_date: '2026-06-03',
      status: 'invited',
    });
    expect(candidates.map((c) => c['last_name'])).toContain('Lefèvre');
    expect(await kit.count('outbox_message')).toBe(60);
    // The stored file goes once the import is over: it holds everyone's personal data.
    const [upload] = (await kit.dataSource.query(
      `SELECT u.complete, (SELECT count(*)::int FROM import_upload_chunk c WHERE c.upload_id = u.id) AS chunks
         FROM import_upload u WHERE u.id = $1`,
      [batch.uploadId],
    )) as { complete: boolean; chunks: number }[];
    expect(upload).toEqual({ complete: false, chunks: 0 });
  });

  it('reads `,` in UTF-8 with a BOM and English headers', async () => {
    const rows = hrRows(40);
    const file = csvFile(rows.map(cellsOf), {
      delimiter: ',',
      encoding: 'utf-8-bom',
      headers: ENGLISH_HEADERS,
    });
    const batch = await kit.importFile(file, 'employees.csv');
    expect(batch).toMatchObject({ status: 'completed', encoding: 'utf-8', delimiter: ',', rowsEnrolled: 40 });
    expect((await kit.candidates()).map((c) => c['first_name'])).toContain('Hélène');
  });

  it('reads as Windows-1252 a file whose first accent comes after the first 64 KiB', async () => {
    const rows = hrRows(1200).map((row) => ({
      ...row,
      lastName: 'Martin',
      firstName: 'Paul',
      site: 'Lyon',
      jobTitle: 'Cariste',
    }));
    rows[1100] = { ...rows[1100]!, lastName: 'Lefèvre' };
    const file = semicolon1252(rows.map(cellsOf));
    expect(file.indexOf(0xe8)).toBeGreaterThan(64 * 1024);
    const batch = await kit.importFile(file, 'tardif.csv');
    expect(batch).toMatchObject({ status: 'completed', encoding: 'windows-1252', rowsEnrolled: 1200 });
    expect((await kit.candidates()).filter((c) => c['last_name'] === 'Lefèvre')).toHaveLength(1);
  });

  it('reads an XLSX workbook with date cells and hyperlinked emails', async () => {
    const rows = hrRows(30);
    const batch = await kit.importFile(await xlsxFile(rows), 'salaries.xlsx');
    expect(batch).toMatchObject({ status: 'completed', fileKind: 'xlsx', rowsEnrolled: 30, rowsRejected: 0 });
    const [first] = await kit.candidates();
    expect(first).toMatchObject({
      employee_number: rows[0]!.employeeNumber,
      email: rows[0]!.email,
      hire_date: '1991-02-02',
    });
  });

  it('uses a column mapping for unknown headers, and saves it for the sponsor', async () => {
    const headers = ['Pers. No', ...FRENCH_HEADERS.slice(1, 3), 'Mail pro', ...FRENCH_HEADERS.slice(4)];
    const file = csvFile(hrRows(5).map(cellsOf), { delimiter: ';', encoding: 'utf-8', headers });
    const refused = await kit.importFile(file, 'a.csv');
    expect(refused.status).toBe('failed');
    expect(refused.failureReason).toMatch(/no column for employeeNumber, email/);
    const mapped = await kit.importFile(
      file,
      'a.csv',
      {},
      {
        columnMapping: [
          { field: 'EMPLOYEE_NUMBER', header: 'Pers. No' },
          { field: 'EMAIL', header: 'Mail pro' },
        ],
        saveColumnMapping: true,
      },
    );
    expect(mapped).toMatchObject({ status: 'completed', rowsEnrolled: 5 });
    // The sponsor's next file with the same headers needs no mapping.
    const next = csvFile(hrRows(3, 100).map(cellsOf), { delimiter: ';', encoding: 'utf-8', headers });
    expect(await kit.importFile(next, 'b.csv')).toMatchObject({ status: 'completed', rowsEnrolled: 3 });
  });

  it('keeps the job title as written and resolves nothing itself (matching does): only a code HR gives is kept', async () => {
    const rows = hrRows(5).map((row, i) => ({
      ...row,
      romeCode: i === 4 ? 'M1203' : '',
      jobTitle: ['CARISTE', 'Technicienne Réseaux', 'Resp. logistique', 'Poète', 'comptable'][i]!,
    }));
    await kit.importFile(semicolon1252(rows.map(cellsOf)), 'titres.csv');
    const byTitle = Object.fromEntries(
      (await kit.candidates()).map((c) => [
        c['former_job_title'],
        [c['former_occupation_code'], c['occupation_code_source']],
      ]),
    );
    expect(byTitle).toEqual({
      CARISTE: [null, null],
      'Technicienne Réseaux': [null, null],
      'Resp. logistique': [null, null],
      Poète: [null, null],
      comptable: ['M1203', 'given'],
    });
    // The title travels as written on CandidateEnrolled, for matching to resolve.
    const enrolled = (
      (await kit.dataSource.query(
        `SELECT envelope FROM outbox_message WHERE event_type = 'CandidateEnrolled.v1'`,
      )) as {
        envelope: { payload: { formerJobTitle: string | null; formerOccupationCode: string | null } };
      }[]
    ).map(({ envelope: { payload } }) => [payload.formerJobTitle, payload.formerOccupationCode]);
    expect(enrolled).toEqual(
      expect.arrayContaining([
        ['CARISTE', null],
        ['Resp. logistique', null],
        ['comptable', 'M1203'],
      ]),
    );
    expect(enrolled).toHaveLength(5);
  });
});

describe('rows with problems', () => {
  it('reports every broken row of a file with 5% broken rows, with row and column, and enrols every good row', async () => {
    const rows = hrRows(400).map(cellsOf);
    const expected: { row: number; column: string }[] = [];
    for (let i = 10; i < rows.length; i += 20) {
      const broken = breakRow(rows[i]!, expected.length);
      rows[i] = broken.cells;
      expected.push({ row: i + 2, column: broken.column });
    }
    const batch = await kit.importFile(semicolon1252(rows), 'pse.csv', { chunkSize: 64 });
    expect(batch).toMatchObject({ status: 'completed', rowsRead: 400, rowsEnrolled: 380, rowsRejected: 20 });
    const errors = await kit.batches.errorPage(batch.id, 0, 100);
    expect(errors.total).toBe(20);
    expect(errors.items.map(({ row, column }) => ({ row, column }))).toEqual(expected);
    for (const error of errors.items) expect(error.reason.length).toBeGreaterThan(15);
    expect(await kit.count('candidate')).toBe(380);
    expect(await kit.count('outbox_message')).toBe(380);
  });

  it('refuses duplicates within the file (employee number, then email), across chunks', async () => {
    const rows = hrRows(30).map(cellsOf);
    rows[25] = [...rows[3]!]; // the same employee again, far away
    rows[26] = [...rows[26]!];
    rows[26]![3] = rows[4]![3]!; // another number with row 6's email
    const batch = await kit.importFile(semicolon1252(rows), 'doublons.csv', { chunkSize: 10 });
    expect(batch).toMatchObject({ rowsEnrolled: 28, rowsRejected: 2 });
    const { items } = await kit.batches.errorPage(batch.id, 0, 10);
    expect(items).toEqual([
      {
        row: 27,
        column: 'Matricule',
        value: rows[3]![0],
        reason: expect.stringContaining('is already on row 5 of this file'),
      },
      {
        row: 28,
        column: 'Email',
        value: rows[4]![3],
        reason: expect.stringContaining('already used on row 6 of this file'),
      },
    ]);
  });

  it('leaves no import trace of a person once they are erased', async () => {
    const rows = hrRows(8).map(cellsOf);
    rows[7] = [...rows[2]!]; // row 9 repeats row 4's employee: rejected, its number kept in the report
    const batch = await kit.importFile(semicolon1252(rows), 'effacement.csv');
    expect(batch).toMatchObject({ rowsEnrolled: 7, rowsRejected: 1 });
    const [employeeNumber, email] = [rows[2]![0]!, rows[2]![3]!];
    const traces = async () =>
      (await kit.dataSource.query(
        `SELECT (SELECT count(*)::int FROM import_file_key WHERE lower(key) IN (lower($1), lower($2)))
              + (SELECT count(*)::int FROM import_row_error
                  WHERE lower(value) IN (lower($1), lower($2)) OR reason ILIKE '%' || $1 || '%') AS n`,
        [employeeNumber, email],
      )) as { n: number }[];
    expect((await traces())[0]!.n).toBeGreaterThan(0);

    const [{ id }] = (await kit.dataSource.query(`SELECT id FROM candidate WHERE employee_number = $1`, [
      employeeNumber,
    ])) as { id: string }[];
    const erased = await kit.dataSource.transaction((manager) =>
      new PersonalDataRepository(kit.dataSource).erase(manager, id, new Date()),
    );
    expect(erased).toBe(true);
    expect((await traces())[0]!.n).toBe(0);
    // Everyone else's keys stay, so a resumed or repeated import still finds its duplicates.
    expect(await kit.count('import_file_key')).toBeGreaterThan(0);
  });

  it('refuses a new employee number whose email is already enrolled for the sponsor', async () => {
    await kit.importFile(semicolon1252(hrRows(3).map(cellsOf)), 'v1.csv');
    const other = cellsOf({ ...hrRows(1, 50)[0]!, email: hrRows(1)[0]!.email });
    const batch = await kit.importFile(semicolon1252([other]), 'v2.csv');
    expect(batch).toMatchObject({ rowsEnrolled: 0, rowsRejected: 1 });
    const { items } = await kit.batches.errorPage(batch.id, 0, 10);
    expect(items[0]!.reason).toMatch(/already enrolled under employee number E000001/);
  });
});

describe('importing again', () => {
  it('changes nothing when the same file comes twice', async () => {
    const file = semicolon1252(hrRows(120).map(cellsOf));
    await kit.importFile(file, 'pse.csv', { chunkSize: 50 });
    const before = await kit.candidates();
    const outbox = await kit.count('outbox_message');
    const again = await kit.importFile(file, 'pse.csv', { chunkSize: 50 });
    expect(again).toMatchObject({
      status: 'completed',
      rowsRead: 120,
      rowsEnrolled: 0,
      rowsUpdated: 0,
      rowsUnchanged: 120,
      rowsRejected: 0,
    });
    expect(await kit.candidates()).toEqual(before);
    expect(await kit.count('outbox_message')).toBe(outbox);
  });

  it('updates what a correction file changes, and only that', async () => {
    const rows = hrRows(50);
    await kit.importFile(semicolon1252(rows.map(cellsOf)), 'v1.csv');
    const corrected = rows.map((row) => ({ ...row }));
    corrected[0]!.site = 'Décines';
    corrected[7]!.email = 'nouvelle.adresse@acme-industrie.example';
    corrected[9]!.contractEndDate = '31/12/2026';
    const outbox = await kit.count('outbox_message');
    const batch = await kit.importFile(semicolon1252(corrected.map(cellsOf)), 'v2.csv');
    expect(batch).toMatchObject({ rowsEnrolled: 0, rowsUpdated: 3, rowsUnchanged: 47 });
    const byNumber = Object.fromEntries((await kit.candidates()).map((c) => [c['employee_number'], c]));
    expect(byNumber[rows[0]!.employeeNumber]).toMatchObject({ site: 'Décines', import_batch_id: batch.id });
    expect(byNumber[rows[7]!.employeeNumber]).toMatchObject({
      email: 'nouvelle.adresse@acme-industrie.example',
    });
    expect(byNumber[rows[9]!.employeeNumber]).toMatchObject({ contract_end_date: '2026-12-31' });
    expect(byNumber[rows[1]!.employeeNumber]!['import_batch_id']).not.toBe(batch.id);
    // The site and the contract's end reach reporting (CandidateDetailsCorrected); an email does not.
    const ids = [0, 7, 9].map((index) => byNumber[rows[index]!.employeeNumber]!['id']);
    const corrections = (await kit.dataSource.query(
      `SELECT envelope->'payload' AS payload FROM outbox_message
        WHERE envelope->>'type' = 'CandidateDetailsCorrected' AND message_key = ANY($1::text[])`,
      [ids],
    )) as { payload: Record<string, unknown> }[];
    expect(corrections).toHaveLength(2);
    expect(
      corrections.map(({ payload }) =>
        Object.fromEntries(
          Object.entries(payload).filter(([key]) => key !== 'correctedAt' && key !== 'candidateId'),
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        { programmeId: kit.programmeId, site: 'Décines' },
        { programmeId: kit.programmeId, contractEndsOn: '2026-12-31', seniorityBand: expect.any(String) },
      ]),
    );
    expect(await kit.count('outbox_message')).toBe(outbox + 2);
  });
});

describe('files that cannot be imported', () => {
  const expectNothingWritten = async () => {
    expect(await kit.count('candidate')).toBe(0);
    expect(await kit.count('outbox_message')).toBe(0);
    expect(await kit.count('import_row_error')).toBe(0);
  };

  it('refuses a file cut off inside a quoted cell, and writes nothing', async () => {
    const rows = hrRows(300).map(cellsOf);
    rows[250]![4] = 'Lyon; bâtiment "B"'; // quoted in the file
    const file = semicolon1252(rows);
    const cut = file.subarray(0, file.indexOf(Buffer.from('"Lyon; b')) + 9);
    const batch = await kit.importFile(cut, 'coupe.csv', { chunkSize: 50 });
    expect(batch.status).toBe('failed');
    expect(batch.failureReason).toMatch(/ends inside a quoted cell after row 251: it looks cut off/);
    await expectNothingWritten();
  });

  it('reports the last row of a file cut off between cells, and enrols the rest', async () => {
    const file = semicolon1252(hrRows(20).map(cellsOf));
    const cut = file.subarray(0, file.length - 40);
    const batch = await kit.importFile(cut, 'coupe.csv');
    expect(batch).toMatchObject({ status: 'completed', rowsEnrolled: 19, rowsRejected: 1 });
    const { items } = await kit.batches.errorPage(batch.id, 0, 10);
    expect(items[0]).toMatchObject({ row: 21, column: null });
    expect(items[0]!.reason).toMatch(/cut off/);
  });

  it('refuses a file of random bytes', async () => {
    const batch = await kit.importFile(randomBytes(20_000), 'export.csv');
    expect(batch.status).toBe('failed');
    expect(batch.failureReason).toMatch(/not a CSV or XLSX file|no column for/);
    await expectNothingWritten();
  });

  it('refuses a damaged workbook', async () => {
    const workbook = await xlsxFile(hrRows(50));
    const batch = await kit.importFile(workbook.subarray(0, Math.floor(workbook.length / 2)), 'abime.xlsx');
    expect(batch.status).toBe('failed');
    expect(batch.failureReason).toMatch(/workbook cannot be read/);
    await expectNothingWritten();
  });

  it('refuses a header-only file', async () => {
    const batch = await kit.importFile(semicolon1252([]), 'vide.csv');
    expect(batch).toMatchObject({
      status: 'failed',
      failureReason: 'the file has a header row but no candidate rows',
    });
    await expectNothingWritten();
  });

  it('refuses an empty file', async () => {
    const batch = await kit.importFile(Buffer.alloc(0), 'rien.csv');
    expect(batch).toMatchObject({ status: 'failed', failureReason: 'the file is empty' });
  });
});

describe('exports', () => {
  it('neutralises a formula cell in the error report', async () => {
    const rows = hrRows(3).map(cellsOf);
    rows[1]![1] = '=HYPERLINK("http://evil.example","Cliquez")';
    rows[2]![3] = '@SUM(A1:A9)';
    const batch = await kit.importFile(semicolon1252(rows), 'formules.csv');
    expect(batch).toMatchObject({ rowsEnrolled: 1, rowsRejected: 2 });
    const report = await errorReportCsv(kit.batches, batch.id, 'formules.csv');
    expect(report.filename).toBe('formules-errors.csv');
    const lines = report.content
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('row;column;reason;value');
    expect(lines[1]).toMatch(/^3;Nom;.*;"'=HYPERLINK\(""http:\/\/evil.example"",""Cliquez""\)"$/);
    expect(lines[2]).toMatch(/^4;Email;.*;'@SUM\(A1:A9\)$/);
    for (const line of lines) for (const cell of line.split(';')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
