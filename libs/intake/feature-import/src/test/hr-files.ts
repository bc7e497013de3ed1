import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** One employee as an HR export describes them (the project's own made-up people). */
export interface HrRow {
  employeeNumber: string;
  lastName: string;
  firstName: string;
  email: string;
  site: string;
  jobTitle: string;
  romeCode: string;
  hireDate: string; // dd/mm/yyyy
  contractEndDate: string; // dd/mm/yyyy
  languages: string;
  postcode: string;
}

const LAST = [
  'Benali',
  'Lefèvre',
  'Nguyen',
  'Dubois',
  'Girard',
  'Mörner',
  'Traoré',
  "N'Diaye",
  'Caron',
  'Éluard',
];
const FIRST = ['Nadia', 'Hélène', 'François', 'Loïc', 'Zoé', 'Jérôme', 'Aïcha', 'Noël', 'Maëlle', 'Björn'];
const SITES = ['Lyon Gerland', 'Villeurbanne', 'Saint-Étienne', 'Vénissieux'];
const JOBS: [string, string][] = [
  ['Technicienne réseaux', 'I1307'],
  ['Cariste', ''],
  ['Opérateur de production', 'H2102'],
  ['Comptable', ''],
  ['Agent de sécurité', 'K2503'],
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `count` distinct, valid employees; deterministic so a file can be generated twice identically. */
export function hrRows(count: number, start = 1): HrRow[] {
  return Array.from({ length: count }, (_unused, i) => {
    const n = start + i;
    const [jobTitle, romeCode] = JOBS[n % JOBS.length]!;
    return {
      employeeNumber: `E${pad(n, 6)}`,
      lastName: LAST[n % LAST.length]!,
      firstName: FIRST[(n * 7) % FIRST.length]!,
      email: `salarie.${n}@acme-industrie.example`,
      site: SITES[n % SITES.length]!,
      jobTitle,
      romeCode,
      hireDate: `${pad((n % 28) + 1)}/${pad((n % 12) + 1)}/${1990 + (n % 30)}`,
      contractEndDate: `${pad((n % 28) + 1)}/06/2026`,
      languages: n % 3 === 0 ? 'fr, ar' : 'fr',
      postcode: `69${pad(n % 1000, 3)}`,
    };
  });
}

export const FRENCH_HEADERS = [
  'Matricule',
  'Nom',
  'Prénom',
  'Email',
  'Site',
  'Intitulé de poste',
  'Code ROME',
  "Date d'entrée",
  'Date de fin de contrat',
  'Langues',
  'Code postal',
];
export const ENGLISH_HEADERS = [
  'Employee number',
  'Last name',
  'First name',
  'Email',
  'Site',
  'Job title',
  'ROME code',
  'Hire date',
  'Contract end date',
  'Languages',
  'Postcode',
];

export const cellsOf = (row: HrRow): string[] => [
  row.employeeNumber,
  row.lastName,
  row.firstName,
  row.email,
  row.site,
  row.jobTitle,
  row.romeCode,
  row.hireDate,
  row.contractEndDate,
  row.languages,
  row.postcode,
];

export interface CsvShape {
  delimiter: ';' | ',';
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  headers?: string[];
}

const quoted = (cell: string, delimiter: string) =>
  /[";\r\n,]/.test(cell) && (cell.includes(delimiter) || /["\r\n]/.test(cell))
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;

/** A CSV as a spreadsheet saves it: CRLF lines, cells quoted when needed, in the given encoding. */
export function csvFile(rows: readonly string[][], shape: CsvShape): Buffer {
  const text =
    [shape.headers ?? FRENCH_HEADERS, ...rows]
      .map((cells) => cells.map((c) => quoted(c, shape.delimiter)).join(shape.delimiter))
      .join('\r\n') + '\r\n';
  if (shape.encoding === 'windows-1252') return iconv.encode(text, 'win1252');
  const bytes = Buffer.from(text, 'utf8');
  return shape.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

/** An XLSX with real date cells and a numeric employee-number column, as HR exports often hold. */
export async function xlsxFile(rows: readonly HrRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Salariés');
  sheet.addRow(FRENCH_HEADERS);
  for (const row of rows) {
    const [d, m, y] = row.hireDate.split('/').map(Number);
    const [ed, em, ey] = row.contractEndDate.split('/').map(Number);
    sheet.addRow([
      row.employeeNumber,
      row.lastName,
      row.firstName,
      { text: row.email, hyperlink: `mailto:${row.email}` },
      row.site,
      row.jobTitle,
      row.romeCode || null,
      new Date(Date.UTC(y!, m! - 1, d!)),
      new Date(Date.UTC(ey!, em! - 1, ed!)),
      row.languages,
      row.postcode,
    ]);
  }
  sheet.getColumn(8).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(9).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Breaks one row in one of five ways a real export goes wrong, and says which column to expect. */
export function breakRow(cells: string[], kind: number): { cells: string[]; column: string } {
  const broken = [...cells];
  switch (kind % 5) {
    case 0:
      broken[3] = 'not-an-email';
      return { cells: broken, column: 'Email' };
    case 1:
      broken[7] = '31/02/2020';
      return { cells: broken, column: "Date d'entrée" };
    case 2:
      broken[0] = '';
      return { cells: broken, column: 'Matricule' };
    case 3:
      broken[6] = 'XYZ';
      return { cells: broken, column: 'Code ROME' };
    default:
      broken[10] = '9100';
      return { cells: broken, column: 'Code postal' };
  }
}

export async function* bytesOf(buffer: Buffer, piece = 7 * 1024): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += piece) yield buffer.subarray(offset, offset + piece);
}
