import { WORKBOOK_LIMITS, type WorkbookEntry } from '@passerelle/intake/domain';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const END_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_END_BYTES = 56 + 20; // the zip64 end record and its locator

/** Bytes kept from a file's end: enough for the largest directory a workbook may have, and its end records. */
export const DIRECTORY_TAIL_BYTES =
  WORKBOOK_LIMITS.maxDirectoryBytes + ZIP64_END_BYTES + END_BYTES + MAX_COMMENT_BYTES;

/** A zip whose directory cannot be found or read (cut off, damaged, or larger than any workbook's). */
export class ZipDirectoryError extends Error {
  override name = 'ZipDirectoryError';
}

/** The last `keep` bytes of a stream and its length, holding no more than `keep` bytes (plus one chunk). */
export async function streamTail(
  chunks: AsyncIterable<Buffer>,
  keep: number,
): Promise<{ tail: Buffer; length: number }> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let length = 0;
  for await (const chunk of chunks) {
    kept.push(chunk);
    keptBytes += chunk.length;
    length += chunk.length;
    // Drop whole chunks from the front while what is left still holds `keep` bytes.
    for (let first = kept[0]; first && kept.length > 1 && keptBytes - first.length >= keep; first = kept[0]) {
      kept.shift();
      keptBytes -= first.length;
    }
  }
  const all = Buffer.concat(kept, keptBytes);
  return { tail: all.subarray(Math.max(0, all.length - keep)), length };
}

/**
 * The entries a zip's central directory lists, read from the file's last bytes (`tail`, of a file
 * of `fileLength` bytes): names and declared sizes, zip64 included. Nothing is unpacked.
 */
export function readZipDirectory(tail: Buffer, fileLength: number): WorkbookEntry[] {
  const end = findEndOfDirectory(tail);
  if (end < 0) throw new ZipDirectoryError('no zip directory at its end');
  let entryCount = tail.readUInt16LE(end + 10);
  let directoryBytes = tail.readUInt32LE(end + 12);
  let directoryEnd = end;
  if (entryCount === 0xffff || directoryBytes === 0xffffffff || tail.readUInt32LE(end + 16) === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR)
      throw new ZipDirectoryError('a zip64 directory without its locator');
    const record = Number(tail.readBigUInt64LE(locator + 8)) - (fileLength - tail.length);
    if (record < 0 || record + 56 > tail.length || tail.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY)
      throw new ZipDirectoryError('a zip64 directory that cannot be found');
    entryCount = Number(tail.readBigUInt64LE(record + 32));
    directoryBytes = Number(tail.readBigUInt64LE(record + 40));
    directoryEnd = record;
  }
  if (directoryBytes > WORKBOOK_LIMITS.maxDirectoryBytes)
    throw new ZipDirectoryError(`a directory of ${directoryBytes} bytes, larger than any workbook's`);
  // The directory sits right before its end record, whatever offsets it claims.
  const start = directoryEnd - directoryBytes;
  if (start < 0) throw new ZipDirectoryError('a directory that starts before the file');
  const entries = readEntries(tail.subarray(start, directoryEnd));
  if (entries.length !== entryCount)
    throw new ZipDirectoryError(`${entries.length} entries where the directory announces ${entryCount}`);
  return entries;
}

/** The end record's position: its signature, with a comment that runs exactly to the file's end. */
function findEndOfDirectory(tail: Buffer): number {
  const lowest = Math.max(0, tail.length - END_BYTES - MAX_COMMENT_BYTES);
  for (let at = tail.length - END_BYTES; at >= lowest; at--) {
    if (
      tail.readUInt32LE(at) === END_OF_DIRECTORY &&
      at + END_BYTES + tail.readUInt16LE(at + 20) === tail.length
    )
      return at;
  }
  return -1;
}

function readEntries(directory: Buffer): WorkbookEntry[] {
  const entries: WorkbookEntry[] = [];
  let at = 0;
  while (at < directory.length) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw new ZipDirectoryError(`a damaged directory entry at byte ${at}`);
    let packedBytes = directory.readUInt32LE(at + 20);
    let unpackedBytes = directory.readUInt32LE(at + 24);
    const nameBytes = directory.readUInt16LE(at + 28);
    const extraBytes = directory.readUInt16LE(at + 30);
    const commentBytes = directory.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameBytes;
    const extraEnd = nameEnd + extraBytes;
    if (extraEnd + commentBytes > directory.length)
      throw new ZipDirectoryError(`a directory entry that runs past the directory at byte ${at}`);
    // As exceljs's unzipper reads them, so both name the same entries.
    const name = directory.toString('utf8', at + 46, nameEnd);
    if (unpackedBytes === 0xffffffff || packedBytes === 0xffffffff) {
      const sizes = zip64Sizes(directory.subarray(nameEnd, extraEnd), unpackedBytes, packedBytes);
      unpackedBytes = sizes.unpackedBytes;
      packedBytes = sizes.packedBytes;
    }
    entries.push({ name, packedBytes, unpackedBytes });
    at = extraEnd + commentBytes;
  }
  return entries;
}

/** Sizes too big for 32 bits are in the zip64 extra field, in this order, only those that overflowed. */
function zip64Sizes(extra: Buffer, unpacked: number, packed: number) {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw new ZipDirectoryError('a zip64 entry without its sizes');
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const unpackedBytes = unpacked === 0xffffffff ? next() : unpacked;
      const packedBytes = packed === 0xffffffff ? next() : packed;
      return { unpackedBytes, packedBytes };
    }
    at += 4 + size;
  }
  throw new ZipDirectoryError('a zip64 entry without its sizes');
}
