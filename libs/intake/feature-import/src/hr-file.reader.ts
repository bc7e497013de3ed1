import { Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  detectDelimiter,
  detectFileKind,
  detectTextEncoding,
  looksBinary,
  type FileKind,
  type TextEncoding,
} from '@passerelle/intake/domain';
import { UnreadableFileError } from './import.error';
import { guardWorkbook } from './workbook-guard';

/** One row of the file, numbered as a spreadsheet shows it (the header is row 1). */
export interface FileRow {
  rowNumber: number;
  cells: string[];
}

export interface HrFile {
  kind: FileKind;
  encoding: TextEncoding | null;
  delimiter: string | null;
  headers: string[];
  /** The data rows, streamed: read again from the source each time it is iterated. */
  rows(): AsyncGenerator<FileRow>;
}

/** A file's bytes, from the start, each time it is called (the stored upload, or a file on disk). */
export type ByteSource = () => AsyncIterable<Buffer>;

const SAMPLE_BYTES = 64 * 1024;

/** A file read as UTF-8 that turns out not to be: the caller reads it again as Windows-1252. */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error';
}

/**
 * Opens an HR export of any of the accepted shapes: XLSX, or CSV with `;`, `,` or tab, in UTF-8
 * (BOM or not) or Windows-1252. Without a known encoding, the first 64 KiB decide: invalid UTF-8
 * there means Windows-1252; otherwise the file is read as strict UTF-8, and `rows()` throws
 * NotUtf8Error if a Windows-1252 "é" first appears further on (row 9,000, say), so the caller
 * reads it again as Windows-1252 (the import's structure pass does, before writing anything).
 */
export async function openHrFile(
  source: ByteSource,
  knownEncoding: TextEncoding | null = null,
): Promise<HrFile> {
  const head = await readHead(source);
  if (head.length === 0) throw new UnreadableFileError('the file is empty');
  const kind = detectFileKind(head);
  if (kind === 'xlsx') return openWorkbook(source);
  if (looksBinary(head)) {
    throw new UnreadableFileError(
      'this is not a CSV or XLSX file (it holds binary data): export the sheet as CSV or XLSX and try again',
    );
  }
  const encoding = knownEncoding ?? detectTextEncoding(head);
  const strict = knownEncoding === null && encoding === 'utf-8';
  const firstLine =
    decode(head, encoding)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const records = () => csvRecords(source, encoding, delimiter, strict);
  const first = await firstRecord(records());
  if (!first) throw new UnreadableFileError('the file has no header row');
  const headers = first.cells.map((cell) => cell.trim());
  return {
    kind,
    encoding,
    delimiter,
    headers,
    async *rows() {
      for await (const row of records()) if (row.rowNumber > first.rowNumber) yield row;
    },
  };
}

async function readHead(source: ByteSource): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of source()) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= SAMPLE_BYTES) break;
  }
  return Buffer.concat(parts, length).subarray(0, SAMPLE_BYTES);
}

const decode = (bytes: Buffer, encoding: TextEncoding) =>
  encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(bytes, 'win1252');

function decoderStream(encoding: TextEncoding, strict: boolean): Transform {
  if (encoding === 'windows-1252') return iconv.decodeStream('win1252') as unknown as Transform;
  const decoder = new TextDecoder('utf-8', { fatal: strict });
  const guard = (decodeOnce: () => string, done: (error: Error | null, text?: string) => void) => {
    let text: string;
    try {
      text = decodeOnce();
    } catch {
      return done(new NotUtf8Error('the file is not UTF-8 after all'));
    }
    done(null, text);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      guard(() => decoder.decode(chunk, { stream: true }), done);
    },
    flush(done) {
      guard(() => decoder.decode(), done);
    },
  });
}

/**
 * Read as a spreadsheet reads a CSV: a quote inside an unquoted cell is a character (`5" écran`,
 * `=HYPERLINK("x","m")`), and spaces around a quoted cell are not part of it (`"arabe;français" `,
 * common in hand-edited exports). Cells are trimmed anyway when rows are checked.
 */
const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: false,
  relax_quotes: true,
  ltrim: true,
  rtrim: true,
} as const;

async function* csvRecords(
  source: ByteSource,
  encoding: TextEncoding,
  delimiter: string,
  strict: boolean,
): AsyncGenerator<FileRow> {
  const parser = parse({ ...CSV_OPTIONS, delimiter });
  const bytes = Readable.from(source());
  const text = bytes.pipe(decoderStream(encoding, strict));
  const input = text.pipe(oneLineBreak());
  for (const stage of [bytes, text, input]) stage.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells };
    }
  } catch (error) {
    if (error instanceof CsvError) throw unreadableCsv(error);
    throw error; // the bytes could not be read (the database), or not as UTF-8: the caller decides
  } finally {
    bytes.destroy();
    text.destroy();
    input.destroy();
  }
}

/**
 * Says where reading stopped, as the person will look for it: the row a spreadsheet shows and the
 * line of the file (they differ once a cell holds a line break). The parser counts the records it
 * has read, which may run ahead of the rows this reader has handed out.
 */
function unreadableCsv(error: CsvError): UnreadableFileError {
  const { records, lines } = error as CsvError & { records?: number; lines?: number };
  const row = (records ?? 0) + 1;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new UnreadableFileError(
      `the file ends inside a quoted cell after row ${row - 1}: it looks cut off; send the whole file again`,
    );
  }
  const where = `row ${row} (line ${lines ?? row} of the file) cannot be read`;
  if (error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return new UnreadableFileError(
      `${where}: a cell goes on after its closing quote (as in "5 pouces" écran); put the whole cell ` +
        'in quotes, doubling each quote inside it ("""5 pouces"" écran"), or remove its quotes',
    );
  }
  return new UnreadableFileError(`${where}: ${error.message}`);
}

/**
 * CRLF becomes LF before parsing: the parser counts a CRLF inside a quoted cell as two lines, and a
 * refusal must name the right line. A line break inside a cell reads the same either way.
 */
function oneLineBreak(): Transform {
  const utf8 = new StringDecoder('utf8');
  let heldCarriageReturn = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let text = (heldCarriageReturn ? '\r' : '') + utf8.write(chunk);
      heldCarriageReturn = text.endsWith('\r');
      if (heldCarriageReturn) text = text.slice(0, -1);
      done(null, text.replace(/\r\n/g, '\n'));
    },
    flush(done) {
      const rest = utf8.end();
      done(null, rest + (heldCarriageReturn ? '\r' : ''));
    },
  });
}

async function firstRecord(records: AsyncGenerator<FileRow>): Promise<FileRow | null> {
  try {
    for await (const row of records) if (row.cells.some((cell) => cell.trim() !== '')) return row;
    return null;
  } finally {
    await records.return(undefined);
  }
}

async function openWorkbook(source: ByteSource): Promise<HrFile> {
  await guardWorkbook(source);
  const records = () => workbookRows(source);
  const first = await firstRecord(records());
  if (!first)
    throw new UnreadableFileError('the first sheet of the workbook is empty: put the header on row 1');
  const headers = first.cells.map((cell) => cell.trim());
  return {
    kind: 'xlsx',
    encoding: null,
    delimiter: null,
    headers,
    async *rows() {
      for await (const row of records()) if (row.rowNumber > first.rowNumber) yield row;
    },
  };
}

/** The first worksheet's rows, streamed: exceljs's streaming reader holds one row at a time. */
async function* workbookRows(source: ByteSource): AsyncGenerator<FileRow> {
  const input = Readable.from(source());
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell a date cell from a number
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]) ?? [];
        const cells: string[] = [];
        for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
        yield { rowNumber: row.number, cells };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      `the workbook cannot be read (${(error as Error).message}): it may be cut off or damaged; save it again as XLSX`,
    );
  } finally {
    input.destroy();
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('text' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}
