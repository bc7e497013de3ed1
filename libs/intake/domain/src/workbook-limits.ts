/** One file inside a workbook (an XLSX is a zip), as its zip directory describes it. */
export interface WorkbookEntry {
  name: string;
  packedBytes: number;
  unpackedBytes: number;
}

/**
 * How much a workbook may unpack to. A real HR export is sheet XML that deflates 5 to 30 times
 * (100,000 people with hyperlinked emails: 72 MB from 6 MB); a zip bomb is built to deflate
 * hundreds or thousands of times, so a reader spends seconds of CPU and hundreds of MB on nothing.
 */
export const WORKBOOK_LIMITS = {
  /** Files in the zip: a workbook has a dozen, a few hundred with many sheets and images. */
  maxEntries: 1000,
  /** The zip directory itself (1,000 entries with long names fit in 150 KB). */
  maxDirectoryBytes: 1024 * 1024,
  /** Everything unpacked together: 2.5 times the 100,000-person export above. */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** The shared strings table, which the reader keeps in memory while it reads the sheet. */
  maxSharedStringsBytes: 32 * 1024 * 1024,
  /** Unpacked / packed size of one file: Apache POI's default guard against zip bombs. */
  maxRatio: 100,
  /** Files smaller than this unpacked are not held to the ratio (tiny XML compresses well). */
  ratioGraceBytes: 1024 * 1024,
} as const;

export type WorkbookLimits = typeof WORKBOOK_LIMITS;

export const SHARED_STRINGS_ENTRY = 'xl/sharedStrings.xml';

/** Why a workbook is refused: too big once unpacked (a bomb), or a zip no spreadsheet writes. */
export interface WorkbookProblem {
  kind: 'too-large' | 'damaged';
  reason: string;
}

const count = (n: number) => Math.floor(n).toLocaleString('en-US');
const mib = (bytes: number) => `${count(bytes / 1024 / 1024)} MiB`;
const RESAVE = 'save the sheet again as XLSX or CSV from a spreadsheet';

/**
 * Checks what a workbook's zip directory declares, before a byte of it is unpacked: the number of
 * files, each file's ratio, the shared strings table and the unpacked total. The directory can lie;
 * the reader also counts bytes as it unpacks (`unpackedBeyondDeclared`).
 */
export function workbookDirectoryProblem(
  entries: readonly WorkbookEntry[],
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): WorkbookProblem | null {
  if (entries.length > limits.maxEntries) {
    return {
      kind: 'damaged',
      reason: `the workbook holds ${count(entries.length)} files (at most ${count(limits.maxEntries)}): ${RESAVE}`,
    };
  }
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) {
      return { kind: 'damaged', reason: `the workbook holds ${entry.name} twice: ${RESAVE}` };
    }
    names.add(entry.name);
    total += entry.unpackedBytes;
    if (entry.unpackedBytes > limits.ratioGraceBytes) {
      const ratio = entry.unpackedBytes / Math.max(entry.packedBytes, 1);
      if (ratio > limits.maxRatio) {
        return {
          kind: 'too-large',
          reason:
            `${entry.name} unpacks to ${count(ratio)} times its packed size (at most ${limits.maxRatio}): ` +
            `no export compresses that well, files built to exhaust a server do; ${RESAVE}`,
        };
      }
    }
    if (entry.name === SHARED_STRINGS_ENTRY && entry.unpackedBytes > limits.maxSharedStringsBytes) {
      return {
        kind: 'too-large',
        reason: `the workbook's text table (${SHARED_STRINGS_ENTRY}) unpacks to ${mib(entry.unpackedBytes)} (at most ${mib(limits.maxSharedStringsBytes)}): split the file`,
      };
    }
  }
  if (total > limits.maxUnpackedBytes) {
    return {
      kind: 'too-large',
      reason: `the workbook unpacks to ${mib(total)} (at most ${mib(limits.maxUnpackedBytes)}): split it, or export it as CSV`,
    };
  }
  return null;
}

/** A file that unpacks to more than its directory declared: the directory lied, so stop there. */
export function unpackedBeyondDeclared(entry: WorkbookEntry, unpackedSoFar: number): WorkbookProblem | null {
  if (unpackedSoFar <= entry.unpackedBytes) return null;
  return {
    kind: 'too-large',
    reason: `${entry.name} unpacks to more than the ${count(entry.unpackedBytes)} bytes its header says: the workbook is forged or damaged; ${RESAVE}`,
  };
}
