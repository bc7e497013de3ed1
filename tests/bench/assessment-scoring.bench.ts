// Assessment figures, each beside a baseline measured in the same run (ratio = ours / baseline
// throughput, higher is better). Not a test: it prints figures.
//   npm run bench:assessment [-- --submissions 20000 --reports 30]
import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { DataSource } from 'typeorm';
import { scoreAssessment, RIASEC_ORDER } from '@passerelle/assessment/domain';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { createTestDatabase } from '@passerelle/shared/testing';
import { importRome, readRiasecItems, readRome } from '@passerelle/assessment/feature-import';
import { renderReport, type ReportModel } from '@passerelle/assessment/feature-reports';
import { runBenchmark } from './bench-kit';

const { values } = parseArgs({
  options: { submissions: { type: 'string', default: '20000' }, reports: { type: 'string', default: '30' } },
});
const SUBMISSIONS = Number(values.submissions);
const REPORTS = Number(values.reports);
const DATA = join(__dirname, '..', '..', '..', 'shared', 'data');

const perSecond = (count: number, ms: number) => (count / ms) * 1000;
const format = (value: number) => Math.round(value).toLocaleString('en-GB');
const rows: string[][] = [];
function record(figure: string, unit: string, baseline: number, ours: number): void {
  rows.push([
    figure,
    `${format(baseline)} ${unit}`,
    `${format(ours)} ${unit}`,
    `${(ours / baseline).toFixed(2)}x`,
  ]);
}
async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function scoring(): Promise<void> {
  const instrument = readRiasecItems(join(DATA, 'riasec-items'));
  const itemIds = instrument.items.map((item) => item.id);
  const sets = Array.from({ length: SUBMISSIONS }, (_, n) =>
    Object.fromEntries(itemIds.map((id, i) => [id, ((n + i * 7) % 5) + 1])),
  );
  // Baseline: the bare arithmetic (sum per type, sort), no validation, no indices.
  const baseline = await timed(() => {
    for (const answers of sets) {
      const sums = RIASEC_ORDER.map((type) => {
        let sum = 0;
        for (let i = 1; i <= 8; i++) sum += answers[`${type}${i}`]!;
        return [type, sum] as const;
      });
      sums.sort((a, b) => b[1] - a[1]);
    }
  });
  const ours = await timed(() => {
    for (const answers of sets) scoreAssessment(instrument, { answers, itemIds });
  });
  record(
    'RIASEC scoring (validate + score + indices)',
    'submissions/s',
    perSecond(SUBMISSIONS, baseline),
    perSecond(SUBMISSIONS, ours),
  );
}

async function reports(): Promise<void> {
  const model: ReportModel = {
    language: 'fr',
    assessmentId: '00000000-0000-4000-8000-000000000000',
    instrumentTitle: 'riasec-markers-48',
    completedAt: new Date(),
    releasedAt: new Date(),
    riasec: {
      scores: RIASEC_ORDER.map((type, i) => ({ type, score: 12 + i * 5 })),
      hollandCode: 'CES',
      tiedAtCut: false,
      differentiation: 25,
      consistency: 'high',
      range: { min: 8, max: 40 },
    },
    workValues: [{ name: 'Autonomie', score: 4.5 }],
    topSkills: Array.from({ length: 8 }, (_, i) => ({
      label: `Compétence numéro ${i + 1}`,
      rating: 5 - (i % 3),
    })),
    suggestedOccupations: [{ code: 'N1101', title: 'Conduite de chariots élévateurs' }],
    sources: ['Armstrong, Allison & Rounds (2008)'],
  };
  // Baseline: a one-page pdfkit document with the same fonts and one line of text.
  const plain = () =>
    new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument({ size: 'A4' });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.font('Helvetica').text('Mon bilan');
      doc.end();
    });
  await plain();
  await renderReport(model);
  const baseline = await timed(async () => {
    for (let i = 0; i < REPORTS; i++) await plain();
  });
  const ours = await timed(async () => {
    for (let i = 0; i < REPORTS; i++) await renderReport(model);
  });
  record(
    'PDF report (chart, text, both fonts)',
    'reports/s',
    perSecond(REPORTS, baseline),
    perSecond(REPORTS, ours),
  );
}

async function romeImport(): Promise<void> {
  const database = await createTestDatabase('bench_assessment_rome');
  const dataSource = new DataSource(assessmentDataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const dir = join(DATA, 'rome4-v460');
    const parsed = readRome(dir);
    const total = parsed.occupations.length + parsed.skills.length + parsed.links.length;
    // Baseline: reading the files and plain array inserts into unconstrained tables (no keys, no upsert).
    await dataSource.query(`CREATE TABLE b_occ (code text, title text); CREATE TABLE b_skill (code text, label text, category text);
      CREATE TABLE b_link (occupation_code text, skill_code text, core boolean)`);
    const baseline = await timed(async () => {
      const rome = readRome(dir);
      await dataSource.query(`INSERT INTO b_occ SELECT * FROM unnest($1::text[], $2::text[])`, [
        rome.occupations.map((row) => row.code),
        rome.occupations.map((row) => row.title),
      ]);
      await dataSource.query(`INSERT INTO b_skill SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
        rome.skills.map((row) => row.code),
        rome.skills.map((row) => row.label),
        rome.skills.map((row) => row.category),
      ]);
      await dataSource.query(
        `INSERT INTO b_link SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])`,
        [
          rome.links.map((row) => row.occupationCode),
          rome.links.map((row) => row.skillCode),
          rome.links.map((row) => row.core),
        ],
      );
    });
    const first = await timed(() => importRome(dataSource, dir));
    const again = await timed(() => importRome(dataSource, dir));
    record('ROME 4.0 import, empty tables', 'rows/s', perSecond(total, baseline), perSecond(total, first));
    record(
      'ROME 4.0 re-import, nothing changes',
      'rows/s',
      perSecond(total, baseline),
      perSecond(total, again),
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

async function main(): Promise<void> {
  await scoring();
  await reports();
  await romeImport();
  const header = ['figure', 'baseline', 'Passerelle', 'ratio'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

runBenchmark(main);
