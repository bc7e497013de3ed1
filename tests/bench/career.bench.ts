// The CV builder (issue 18, item 3): CV exports per second, each against an empty document of the
// same library in the same run:
// 1. PDF: `renderCvPdf` of a filled French CV (two experiences, skills, training, languages,
//    interests) in each layout, against pdfkit writing an empty A4 page; plus the same CV with a
//    name the standard fonts cannot write (DejaVu Sans embedded), to show what the fallback costs.
// 2. DOCX: `renderCvDocx` of the same CV in each layout, against docx packing an empty document.
// Rounds interleave the baseline and the CV, so a slow moment of the machine falls on both.
// ratio = CV documents/s / empty documents/s (higher is better; target >= 0.3x).
// Not a test: it prints figures.
//   npm run bench:career [-- --seconds 2 --rounds 5]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Document, Packer } from 'docx';
import PDFDocument from 'pdfkit';
import { CV_LAYOUTS, sampleCv, type CvContent, type CvLayout } from '@passerelle/career/domain';
import { renderCvDocx, renderCvPdf } from '@passerelle/career/feature-cv';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '5' },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);

function emptyPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

const emptyDocx = () => Packer.toBuffer(new Document({ sections: [{ children: [] }] }));

/** Documents per second of `make` for `seconds / rounds` seconds. */
async function rate(make: () => Promise<Buffer>, seconds: number): Promise<{ count: number; ms: number }> {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < seconds * 1000) {
    await make();
    count += 1;
  }
  return { count, ms: performance.now() - start };
}

/** Baseline and subject interleaved over ROUNDS rounds; documents per second of each. */
async function compare(baseline: () => Promise<Buffer>, subject: () => Promise<Buffer>) {
  for (let i = 0; i < 5; i++) {
    await baseline();
    await subject();
  }
  const totals = { baseline: { count: 0, ms: 0 }, subject: { count: 0, ms: 0 } };
  const slice = SECONDS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [side, make] of [
      ['baseline', baseline],
      ['subject', subject],
    ] as const) {
      const { count, ms } = await rate(make, slice);
      totals[side].count += count;
      totals[side].ms += ms;
    }
  }
  const perSecond = (side: { count: number; ms: number }) => (side.count / side.ms) * 1000;
  return { baseline: perSecond(totals.baseline), subject: perSecond(totals.subject) };
}

async function main(): Promise<void> {
  const cv = sampleCv();
  const unicode: CvContent = { ...cv, identity: { ...cv.identity, fullName: 'Łukasz Nguyễn Şahin' } };
  const sizes = {
    pdf: (await renderCvPdf(cv, 'classique')).length,
    docx: (await renderCvDocx(cv, 'classique')).length,
    emptyPdf: (await emptyPdf()).length,
    emptyDocx: (await emptyDocx()).length,
  };
  console.log(
    `career benchmark: ${SECONDS} s per figure and side, ${ROUNDS} interleaved rounds; the sample CV ` +
      `(2 experiences, 3 skills, 1 training, 2 languages, 2 interests): PDF ${sizes.pdf} bytes ` +
      `(empty ${sizes.emptyPdf}), DOCX ${sizes.docx} bytes (empty ${sizes.emptyDocx})`,
  );
  console.log(
    `${'figure (documents/s)'.padEnd(44)}${'empty'.padStart(10)}${'CV'.padStart(10)}${'ratio'.padStart(9)}`,
  );
  const row = (name: string, figures: { baseline: number; subject: number }) =>
    console.log(
      `${name.padEnd(44)}${figures.baseline.toFixed(0).padStart(10)}${figures.subject.toFixed(0).padStart(10)}` +
        `${(figures.subject / figures.baseline).toFixed(2).padStart(8)}x`,
    );
  const layouts: CvLayout[] = [...CV_LAYOUTS];
  for (const layout of layouts) row(`PDF, ${layout}`, await compare(emptyPdf, () => renderCvPdf(cv, layout)));
  row(
    'PDF, classique, DejaVu embedded (Ł, ễ, ş)',
    await compare(emptyPdf, () => renderCvPdf(unicode, 'classique')),
  );
  for (const layout of layouts)
    row(`DOCX, ${layout}`, await compare(emptyDocx, () => renderCvDocx(cv, layout)));
  console.log(
    'PDF: renderCvPdf vs pdfkit ending an empty A4 document; DOCX: renderCvDocx vs docx packing an empty ' +
      'document (ratio = CV / empty documents/s, target >= 0.3x)',
  );
}

runBenchmark(main);
