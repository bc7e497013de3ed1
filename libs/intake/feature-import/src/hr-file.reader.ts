import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  detectDelimiter,
  detectFileKind,
  looksBinary,
  type FileKind,
  type TextEncoding,
} from '@passerelle/intake/domain';
import { UnreadableFileError } from './import.error';

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

/**
 * Opens an HR export of any of the accepted shapes: XLSX, or CSV with `;`, `,` or tab, in UTF-8
 * (BOM or not) or Windows-1252. The encoding is decided over the whole file (a Windows-1252 "é"
 * may first appear on row 9,000), streaming, before any row is read.
 */
export async function openHrFile(source: ByteSource): Promise<HrFile> {
  const { head, encoding, empty } = await sniff(source);
  if (empty) throw new UnreadableFileError('the file is empty');
  const kind = detectFileKind(head);
  if (kind === 'xlsx') return openWorkbook(source);
  if (looksBinary(head.subarray(0, SAMPLE_BYTES))) {
    throw new UnreadableFileError(
      'this is not a CSV or XLSX file (it holds binary data): export the sheet as CSV or XLSX and try again',
    );
  }
  const firstLine =
    decode(head, encoding)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const records = () => csvRecords(source, encoding, delimiter);
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

async function sniff(source: ByteSource): Promise<{ head: Buffer; encoding: TextEncoding; empty: boolean }> {
  const validator = new TextDecoder('utf-8', { fatal: true });
  let head = Buffer.alloc(0);
  let utf8 = true;
  let size = 0;
  for await (const chunk of source()) {
    size += chunk.length;
    if (head.length < SAMPLE_BYTES)
      head = Buffer.concat([head, chunk.subarray(0, SAMPLE_BYTES - head.length)]);
    if (utf8) {
      try {
        validator.decode(chunk, { stream: true });
      } catch {
        utf8 = false;
        if (head.length >= SAMPLE_BYTES) break;
      }
    }
  }
  if (utf8) {
    try {
      validator.decode();
    } catch {
      utf8 = false; // ends inside a multi-byte sequence: not UTF-8 text
    }
  }
  return { head, encoding: utf8 ? 'utf-8' : 'windows-1252', empty: size === 0 };
}

const decode = (bytes: Buffer, encoding: TextEncoding) =>
  encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(bytes, 'win1252');

function decoderStream(encoding: TextEncoding): Transform {
  if (encoding === 'windows-1252') return iconv.decodeStream('win1252') as unknown as Transform;
  const decoder = new TextDecoder('utf-8');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

async function* csvRecords(
  source: ByteSource,
  encoding: TextEncoding,
  delimiter: string,
): AsyncGenerator<FileRow> {
  const parser = parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
  const input = Readable.from(source()).pipe(decoderStream(encoding));
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new UnreadableFileError(
        `the file ends inside a quoted cell after row ${rowNumber}: it looks cut off; send the whole file again`,
      );
    }
    if (code?.startsWith('CSV_')) {
      throw new UnreadableFileError(
        `row ${rowNumber + 1} cannot be read as CSV: ${(error as Error).message}`,
      );
    }
    throw error;
  } finally {
    input.destroy();
  }
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
