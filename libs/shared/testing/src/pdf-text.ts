import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const ROOT = join(__dirname, '..', '..', '..', '..');

// pdf-parse's PDF.js loads its worker with a dynamic import, which Jest's module sandbox refuses;
// a plain Node child process reads the text exactly as a user's tools would.
const EXTRACT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const result = await parser.getText();
    process.stdout.write(JSON.stringify({ pages: result.total, text: result.text }));
  } finally {
    await parser.destroy();
  }
});`;

/** The text of a PDF as pdf-parse extracts it, whitespace collapsed, and its page count. */
export function pdfText(pdf: Buffer): { pages: number; text: string } {
  const output = execFileSync(process.execPath, ['-e', EXTRACT], { input: pdf, cwd: ROOT, maxBuffer: 20e6 });
  const parsed = JSON.parse(output.toString('utf8')) as { pages: number; text: string };
  return { pages: parsed.pages, text: parsed.text.replace(/\s+/g, ' ') };
}

/** The PDF's content streams, inflated: where the page's drawing operators are. */
export function pdfContentStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(bytes.toString('latin1'));
    }
  }
  return streams.join('\n');
}
