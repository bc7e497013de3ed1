import { DIRECTORY_TAIL_BYTES, ZipDirectoryError, readZipDirectory, streamTail } from './zip-directory';
import { bytesOf, hrRows, xlsxFile } from './test/hr-files';
import { zipFile } from './test/zip-files';

const read = (file: Buffer) => readZipDirectory(file, file.length);

/** A zip64 directory as a writer emits it past 4 GiB: sizes in the extra field, counts in the zip64 end record. */
function zip64Directory(name: string, unpacked: bigint, packed: bigint): Buffer {
  const nameBytes = Buffer.from(name);
  const extra = Buffer.alloc(4 + 16);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(unpacked, 4);
  extra.writeBigUInt64LE(packed, 12);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt32LE(0xffffffff, 20);
  entry.writeUInt32LE(0xffffffff, 24);
  entry.writeUInt16LE(nameBytes.length, 28);
  entry.writeUInt16LE(extra.length, 30);
  const directory = Buffer.concat([entry, nameBytes, extra]);
  const localData = Buffer.alloc(100); // stands for the local entries before the directory
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(1n, 24);
  record.writeBigUInt64LE(1n, 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(localData.length), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(localData.length + directory.length), 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([localData, directory, record, locator, end]);
}

describe('reading a zip directory without unpacking anything', () => {
  it('lists the entries of a workbook exceljs wrote, with their declared sizes', async () => {
    const workbook = await xlsxFile(hrRows(200));
    const entries = read(workbook);
    const sheet = entries.find((entry) => entry.name === 'xl/worksheets/sheet1.xml');
    expect(sheet!.unpackedBytes).toBeGreaterThan(sheet!.packedBytes);
    expect(entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']),
    );
    expect(entries.reduce((sum, entry) => sum + entry.packedBytes, 0)).toBeLessThan(workbook.length);
  });

  it('reads the same from the last bytes of a stream as from the whole file', async () => {
    const workbook = await zipFile([
      { name: 'a.xml', content: Buffer.alloc(3_000_000, 'a') },
      { name: 'b.xml', content: Buffer.from('<b/>') },
    ]);
    const { tail, length } = await streamTail(bytesOf(workbook, 1000), 200);
    expect(tail.length).toBe(200);
    expect(length).toBe(workbook.length);
    expect(readZipDirectory(tail, length)).toEqual(read(workbook));
    expect(read(workbook)).toEqual([
      { name: 'a.xml', unpackedBytes: 3_000_000, packedBytes: expect.any(Number) },
      { name: 'b.xml', unpackedBytes: 4, packedBytes: expect.any(Number) },
    ]);
    expect(DIRECTORY_TAIL_BYTES).toBeLessThan(1.2 * 1024 * 1024);
  });

  it('believes what the headers claim: checking the bytes is the unpacking pass’s job', async () => {
    const forged = await zipFile([{ name: 'x.xml', content: Buffer.alloc(50_000), claimedSize: 10 }]);
    expect(read(forged)).toEqual([{ name: 'x.xml', unpackedBytes: 10, packedBytes: expect.any(Number) }]);
  });

  it('finds the end record behind a comment', async () => {
    const zip = await zipFile([{ name: 'a.xml', content: Buffer.from('<a/>') }]);
    const comment = Buffer.from('saved by a tool that signs its files');
    zip.writeUInt16LE(comment.length, zip.length - 2);
    expect(read(Buffer.concat([zip, comment])).map((entry) => entry.name)).toEqual(['a.xml']);
  });

  it('reads zip64 sizes', () => {
    expect(read(zip64Directory('xl/worksheets/sheet1.xml', 5n * 2n ** 32n, 1000n))).toEqual([
      { name: 'xl/worksheets/sheet1.xml', unpackedBytes: 5 * 2 ** 32, packedBytes: 1000 },
    ]);
  });

  it.each([
    [
      'a workbook cut in half',
      async () => (await xlsxFile(hrRows(50))).subarray(0, 4000),
      /no zip directory/,
    ],
    [
      'a directory announcing more entries than it holds',
      async () => {
        const zip = await zipFile([{ name: 'a.xml', content: Buffer.from('<a/>') }]);
        zip.writeUInt16LE(2, zip.length - 12);
        return zip;
      },
      /1 entries where the directory announces 2/,
    ],
    [
      'a directory larger than any workbook’s',
      async () => {
        const zip = await zipFile([{ name: 'a.xml', content: Buffer.from('<a/>') }]);
        zip.writeUInt32LE(5 * 1024 * 1024, zip.length - 10);
        return zip;
      },
      /larger than any workbook's/,
    ],
    [
      'a zip64 end without its locator',
      async () => {
        const zip = zip64Directory('a', 1n, 1n);
        zip.writeUInt32LE(0, zip.length - 22 - 20);
        return zip;
      },
      /a zip64 directory without its locator/,
    ],
  ])('refuses %s', async (_case, file, reason) => {
    const bytes = await file();
    expect(() => read(bytes)).toThrow(ZipDirectoryError);
    expect(() => read(bytes)).toThrow(reason);
  });
});
