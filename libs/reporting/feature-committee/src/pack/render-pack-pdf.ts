import PDFDocument from 'pdfkit';
import {
  HIDDEN_TEXT,
  OUTCOME_LABELS,
  STATUS_LABELS,
  hiddenReason,
  hiddenReasons,
  type CommitteeDashboard,
  type PackCell,
  type PackTable,
} from '@passerelle/reporting/domain';

const MARGIN = 40;
const INK = '#1f2933';
const MUTED = '#52606d';
const BAR = '#2f6f9f';
const TARGET = '#d9822b';
const RULE = '#cbd2d9';

export interface PackContent {
  programmeId: string;
  dashboard: CommitteeDashboard;
  tables: PackTable[];
}

const frenchDate = (value: Date) =>
  value.toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
/** French digit grouping, with a no-break space: the standard fonts have no narrow one (U+202F). */
const frenchNumber = (value: number) =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\u202f/g, '\u00a0');
const cellText = (cell: PackCell): string =>
  cell === null
    ? '—'
    : typeof cell === 'object'
      ? HIDDEN_TEXT
      : typeof cell === 'number'
        ? frenchNumber(cell)
        : cell;

/**
 * The committee pack as a PDF, in French: the programme's terms, two bar charts, the period's
 * changes, then every table; a hidden figure reads "Masqué" and the note under its table says why.
 */
export function renderPackPdf(content: PackContent): Promise<Buffer> {
  const { programmeId, dashboard, tables } = content;
  // The plan's terms as reporting knows them: the headcount and each target, from the dashboard.
  const targets = dashboard.outcomes.filter((cell) => cell.targetPercent !== null);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: 'Dossier de la commission de suivi', Author: 'Passerelle' },
    lang: 'fr',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(INK).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(INK);
  };

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text('Dossier de la commission de suivi');
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(MUTED)
    .text(`Chiffres au ${frenchDate(dashboard.asOf)} — programme ${programmeId}`);
  doc
    .fontSize(9)
    .text(
      `Un chiffre de moins de ${dashboard.k} personnes, ou qui permettrait d'en retrouver un, est écrit « ${HIDDEN_TEXT} », avec la raison sous le tableau.`,
      { width },
    );

  heading('Les termes du plan');
  doc.text(`Effectif concerné : ${dashboard.peopleConcerned} personnes`, { width });
  if (targets.length === 0) doc.text('Aucun objectif de solution fixé.', { width });
  for (const target of targets)
    doc.text(
      `Objectif ${OUTCOME_LABELS[target.category]} : ${frenchNumber(target.targetPercent ?? 0)} % (${target.targetPeople ?? 0} personnes)`,
      { width },
    );

  heading('Où en sont les adhérents');
  barChart(
    doc,
    dashboard.statuses.map((cell) => ({
      label: STATUS_LABELS[cell.status],
      value: cell.suppressed ? null : cell.count,
      target: null,
    })),
    width,
  );

  heading('Solutions par catégorie, et objectifs');
  barChart(
    doc,
    dashboard.outcomes.map((cell) => ({
      label: OUTCOME_LABELS[cell.category],
      value: cell.suppressed ? null : cell.count,
      target: cell.targetPeople,
    })),
    width,
  );

  heading('Évolutions de la période');
  const [current, previous] = [...dashboard.months].reverse();
  if (!current) doc.text("Personne n'a encore adhéré.", { width });
  else {
    const months = previous ? [previous, current] : [current];
    const columns = tables.find((table) => table.sheet === 'Par mois')?.columns ?? [];
    drawTable(
      doc,
      {
        sheet: 'Évolutions',
        title: 'Évolutions',
        columns,
        rows: months.map((row) => [
          row.month,
          ...row.cells.map((cell): PackCell => (cell.suppressed ? { hidden: cell.suppressed } : cell.count)),
        ]),
      },
      width,
      dashboard.k,
    );
  }

  for (const table of tables) {
    heading(table.title);
    drawTable(doc, table, width, dashboard.k);
  }
  doc.end();
  return done;
}

/** Horizontal bars, one per line; a hidden figure gets no bar and reads "Masqué"; a target is a tick. */
function barChart(
  doc: PDFKit.PDFDocument,
  bars: { label: string; value: number | null; target: number | null }[],
  width: number,
): void {
  const labelWidth = 190;
  const barHeight = 12;
  const gap = 6;
  const left = MARGIN + labelWidth;
  const plotWidth = width - labelWidth - 60;
  const top = doc.y + 4;
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.value ?? 0, bar.target ?? 0]));
  const x = (value: number) => left + (value / max) * plotWidth;
  const bottom = top + bars.length * (barHeight + gap);
  doc.save();
  doc
    .lineWidth(1)
    .strokeColor(INK)
    .moveTo(left, top - 2)
    .lineTo(left, bottom)
    .stroke();
  bars.forEach((bar, index) => {
    const y = top + index * (barHeight + gap);
    doc.font('Helvetica').fontSize(9).fillColor(INK);
    doc.text(bar.label, MARGIN, y + 2, { width: labelWidth - 8, align: 'right', lineBreak: false });
    if (bar.value === null) {
      doc.fillColor(MUTED).text(HIDDEN_TEXT, left + 4, y + 2, { lineBreak: false });
    } else {
      if (bar.value > 0) doc.rect(left, y, x(bar.value) - left, barHeight).fill(BAR);
      doc.fillColor(INK).text(String(bar.value), x(bar.value) + 4, y + 2, { lineBreak: false });
    }
    if (bar.target !== null)
      doc
        .lineWidth(2)
        .strokeColor(TARGET)
        .moveTo(x(bar.target), y - 2)
        .lineTo(x(bar.target), y + barHeight + 2)
        .stroke();
  });
  if (bars.some((bar) => bar.target !== null))
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text("Trait orange : l'objectif, en personnes.", left, bottom + 2, { lineBreak: false });
  doc.restore();
  doc.x = MARGIN;
  doc.y = bottom + 16;
  doc.font('Helvetica').fontSize(10).fillColor(INK);
}

/** A table with a header row and a rule under it; numbers right-aligned; notes on hidden figures under it. */
function drawTable(doc: PDFKit.PDFDocument, table: PackTable, width: number, k: number): void {
  const first = Math.min(200, width * 0.38);
  const rest = (width - first) / Math.max(1, table.columns.length - 1);
  const widths = table.columns.map((_, index) => (index === 0 ? first : rest));
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height =
      Math.max(
        ...cells.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? rest) - 6 })),
      ) + 4;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((text, index) => {
      const w = widths[index] ?? rest;
      doc.fillColor(text === HIDDEN_TEXT ? MUTED : INK).text(text, x + 3, y + 2, {
        width: w - 6,
        align: index === 0 ? 'left' : 'right',
      });
      x += w;
    });
    doc.y = y + height;
    doc
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .stroke();
  };
  row(table.columns, true);
  for (const cells of table.rows) row(cells.map(cellText), false);
  doc.x = MARGIN;
  const reasons = hiddenReasons(table);
  if (reasons.length > 0) {
    doc.moveDown(0.3).font('Helvetica').fontSize(8).fillColor(MUTED);
    for (const reason of reasons)
      doc.text(`${HIDDEN_TEXT} : ${hiddenReason(reason, k)}.`, MARGIN, doc.y, { width });
  }
  if (table.rows.length === 0)
    doc
      .moveDown(0.3)
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text('Rien à montrer à cette date.', MARGIN, doc.y, { width });
  doc.font('Helvetica').fontSize(10).fillColor(INK);
}
