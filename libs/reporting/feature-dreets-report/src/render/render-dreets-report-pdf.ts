import PDFDocument from 'pdfkit';
import {
  HIDDEN_TEXT,
  PROGRAMME_TYPE_LABELS,
  hiddenReason,
  hiddenReasons,
  type DreetsReport,
  type PackCell,
  type PackTable,
} from '@passerelle/reporting/domain';

const MARGIN = 40;
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#cbd2d9';

const frenchDate = (value: Date | string) =>
  new Date(typeof value === 'string' ? `${value}T12:00:00Z` : value).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
/** A figure, a hidden one or none: right-aligned; words are not. */
const FIGURE = new RegExp(`^([\\d\\s,]+|—|${HIDDEN_TEXT})$`);
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
 * The report to the DREETS as a PDF, in French: the programme (its type, dates, headcount), the
 * dates the figures are for, every table (the employer's part left blank, labelled as theirs), and
 * the note on how the platform's outcomes were put in the bilan's categories. A hidden figure
 * reads "Masqué", and the note under its table says why.
 */
export function renderDreetsReportPdf(report: DreetsReport, tables: PackTable[]): Promise<Buffer> {
  const { programme } = report;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: 'Bilan de fin de programme pour la DREETS', Author: 'Passerelle' },
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
  const note = (text: string) =>
    doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(text, MARGIN, doc.y, { width });

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text('Bilan de fin de programme pour la DREETS');
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(MUTED)
    .text(
      `${programme.type ? PROGRAMME_TYPE_LABELS[programme.type] : 'Dispositif non connu'} — programme ${programme.programmeId}`,
      { width },
    );
  doc.text(
    programme.startDate
      ? `Du ${frenchDate(programme.startDate)}${programme.plannedEndDate ? ` au ${frenchDate(programme.plannedEndDate)} (fin prévue)` : ''}`
      : 'Dates du programme non connues',
    { width },
  );
  doc.text(
    `Situation à la fin du dispositif au ${frenchDate(report.asOf)} ; situation à la date de suivi au ${frenchDate(report.followUp)}.`,
    { width },
  );
  doc.moveDown(0.3);
  note(
    `Un chiffre de moins de ${report.k} personnes, ou qui permettrait d'en retrouver un, est écrit « ${HIDDEN_TEXT} », avec la raison sous le tableau. ` +
      "Les rubriques « Saisi par l'entreprise » sont ce que la plateforme ne sait pas : l'entreprise les complète.",
  );

  for (const table of tables) {
    heading(table.title);
    if (table.sheet === 'Correspondance')
      note(
        "Le contenu du bilan est fixé par l'arrêté du 3 avril 2014 (JO du 2 mai 2014). Chaque solution enregistrée " +
          'sur la plateforme est comptée dans une catégorie du bilan selon la table ci-dessous ; la liste des ' +
          "catégories suit les résumés publiés de l'arrêté, sa formulation exacte est à vérifier contre son annexe " +
          '(décision 0034).',
      ).moveDown(0.3);
    drawTable(doc, table, width, report.k);
    if (table.sheet.startsWith('Âge') || table.sheet.startsWith('Sexe'))
      note('TT : travail temporaire. Non connue : aucune solution enregistrée à cette date.');
  }
  doc.end();
  return done;
}

/** A table with a header row and a rule under it; numbers right-aligned; notes on hidden figures under it. */
function drawTable(doc: PDFKit.PDFDocument, table: PackTable, width: number, k: number): void {
  // Breakdowns have many columns: a narrower first one.
  const first = table.columns.length > 4 ? 72 : Math.min(230, width * 0.45);
  const rest = (width - first) / Math.max(1, table.columns.length - 1);
  const widths = table.columns.map((_, index) => (index === 0 ? first : rest));
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(table.columns.length > 4 ? 7 : 8.5);
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
        align: index > 0 && FIGURE.test(text) ? 'right' : 'left',
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
