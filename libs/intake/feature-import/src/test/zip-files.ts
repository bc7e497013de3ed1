import { Readable } from 'node:stream';
import { createDeflateRaw, crc32 } from 'node:zlib';

/** One file of a zip written by `zipFile`: its content as pieces, so a huge one never sits in memory. */
export interface ZipEntrySpec {
  name: string;
  content: Buffer | (() => Iterable<Buffer>);
  /** The uncompressed size the headers claim, when the test wants them to lie. */
  claimedSize?: number;
}

interface Deflated {
  data: Buffer;
  crc: number;
  size: number;
}

async function deflate(content: ZipEntrySpec['content']): Promise<Deflated> {
  const pieces = Buffer.isBuffer(content) ? [content] : content();
  let crc = 0;
  let size = 0;
  const counted = function* () {
    for (const piece of pieces) {
      crc = crc32(piece, crc);
      size += piece.length;
      yield piece;
    }
  };
  const output: Buffer[] = [];
  for await (const chunk of Readable.from(counted()).pipe(createDeflateRaw({ level: 9 })))
    output.push(chunk as Buffer);
  return { data: Buffer.concat(output), crc, size };
}

/**
 * A zip as spreadsheet software writes one (deflated entries, sizes in the local headers and the
 * central directory), built by hand so a test can make the headers claim any size it likes.
 */
export async function zipFile(entries: readonly ZipEntrySpec[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflate(entry.content);
    const name = Buffer.from(entry.name, 'utf8');
    const claimed = entry.claimedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const inlineRow = (row: number, cells: readonly string[]) =>
  `<row r="${row}">${cells
    .map((text, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`)
    .join('')}</row>`;

/**
 * A workbook whose one sheet holds a header, one person and then `paddingBytes` of blank space
 * between rows: 100 MB of sheet XML that deflates to about 100 KB, as the outside probe sent.
 * `claimedSheetSize` makes the headers understate the sheet, as a bomb built to pass a directory
 * check does.
 */
export async function workbookBomb(
  headers: readonly string[],
  person: readonly string[],
  paddingBytes: number,
  claimedSheetSize?: number,
): Promise<Buffer> {
  const padding = Buffer.alloc(1024 * 1024, ' ');
  const sheet = function* () {
    yield Buffer.from(`${XML}<worksheet xmlns="${MAIN}"><sheetData>${inlineRow(1, headers)}`);
    yield Buffer.from(inlineRow(2, person));
    for (let left = paddingBytes; left > 0; left -= padding.length) yield padding.subarray(0, left);
    yield Buffer.from('</sheetData></worksheet>');
  };
  return zipFile([
    {
      name: '[Content_Types].xml',
      content: Buffer.from(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      content: Buffer.from(
        `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: Buffer.from(
        `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets><sheet name="Salariés" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: Buffer.from(
        `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, claimedSize: claimedSheetSize },
  ]);
}
