export type FileKind = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'windows-1252';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** XLSX is a zip; anything else is read as delimited text. */
export function detectFileKind(head: Uint8Array): FileKind {
  return startsWith(head, ZIP_MAGIC) ? 'xlsx' : 'csv';
}

export const hasUtf8Bom = (head: Uint8Array) => startsWith(head, UTF8_BOM);

/**
 * UTF-8 if the sample is valid UTF-8 (a sequence cut at the sample's end is forgiven), else
 * Windows-1252, the code page of French Excel's "CSV (separator: semicolon)".
 */
export function detectTextEncoding(sample: Uint8Array): TextEncoding {
  if (hasUtf8Bom(sample)) return 'utf-8';
  let i = 0;
  while (i < sample.length) {
    const byte = sample[i] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return 'windows-1252';
    if (i + length > sample.length) return 'utf-8';
    for (let k = 1; k < length; k++) {
      if (((sample[i + k] ?? 0) & 0xc0) !== 0x80) return 'windows-1252';
    }
    i += length;
  }
  return 'utf-8';
}

/** Control characters a text export never holds (NUL and friends): the file is binary. */
export function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

/** The delimiter of the header line: the one of `;`, `,` and tab that occurs most outside quotes. */
export function detectDelimiter(firstLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char]++;
  }
  const [best] = (Object.entries(counts) as [';' | ',' | '\t', number][]).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}
