import { createRequire } from 'node:module';
import { Readable, type Duplex } from 'node:stream';
import {
  unpackedBeyondDeclared,
  workbookDirectoryProblem,
  type WorkbookEntry,
  type WorkbookProblem,
} from '@passerelle/intake/domain';
import { ImportErrorCode, UnreadableFileError } from './import.error';
import { DIRECTORY_TAIL_BYTES, ZipDirectoryError, readZipDirectory, streamTail } from './zip-directory';

/** One file of the zip as unzipper streams it, unpacked. */
interface UnzippedEntry extends Readable {
  path: string;
}

/**
 * The very unzipper exceljs reads workbooks with (resolved from exceljs itself), so the counting
 * pass below sees exactly the entries, and the bytes, that exceljs will parse.
 */
const unzipper = createRequire(require.resolve('exceljs'))('unzipper') as {
  Parse(options: { forceStream: true }): Duplex;
};

const refusal = (problem: WorkbookProblem) =>
  new UnreadableFileError(
    problem.reason,
    problem.kind === 'too-large' ? ImportErrorCode.WorkbookTooLarge : ImportErrorCode.FileRefused,
  );

const damaged = (why: string) =>
  new UnreadableFileError(
    `the workbook cannot be read (${why}): it may be cut off or damaged; save it again as XLSX`,
  );

/**
 * Lets a workbook through to exceljs only once it is known not to be a zip bomb: first its zip
 * directory (declared sizes and ratios, read from the file's end, nothing unpacked), then a pass
 * that unpacks every entry counting bytes and stops the moment one exceeds what the directory
 * declared, since a directory can lie. Memory stays flat: the directory is at most 1 MiB and the
 * counting pass keeps nothing it unpacks.
 */
export async function guardWorkbook(source: () => AsyncIterable<Buffer>): Promise<void> {
  let entries: WorkbookEntry[];
  try {
    const { tail, length } = await streamTail(source(), DIRECTORY_TAIL_BYTES);
    entries = readZipDirectory(tail, length);
  } catch (error) {
    if (error instanceof ZipDirectoryError) throw damaged(error.message);
    throw error;
  }
  const problem = workbookDirectoryProblem(entries);
  if (problem) throw refusal(problem);
  await countWhileUnpacking(source, new Map(entries.map((entry) => [entry.name, entry])));
}

async function countWhileUnpacking(
  source: () => AsyncIterable<Buffer>,
  declared: ReadonlyMap<string, WorkbookEntry>,
): Promise<void> {
  const input = Readable.from(source());
  const zip = unzipper.Parse({ forceStream: true });
  let current: UnzippedEntry | null = null;
  let sourceFailure: Error | null = null;
  // An inflate error is reported on the zip stream, not on the entry being read: end that entry with it.
  zip.on('error', (error: Error) => current?.destroy(error));
  input.on('error', (error) => {
    sourceFailure = error;
    zip.destroy(error);
  });
  input.pipe(zip);
  try {
    for await (const entry of zip as AsyncIterable<UnzippedEntry>) {
      current = entry;
      const claim = declared.get(entry.path);
      if (!claim) throw damaged(`${entry.path} is in the workbook but not in its directory`);
      let unpacked = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        unpacked += chunk.length;
        const beyond = unpackedBeyondDeclared(claim, unpacked);
        if (beyond) throw refusal(beyond);
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    // The stored file could not be read back (the database): not the workbook's fault, try again later.
    if (sourceFailure) throw sourceFailure;
    throw damaged((error as Error).message);
  } finally {
    current?.destroy();
    input.destroy();
    zip.destroy();
  }
}
