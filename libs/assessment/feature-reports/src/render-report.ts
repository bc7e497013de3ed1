import PDFDocument from 'pdfkit';
import { RIASEC_ORDER } from '@passerelle/assessment/domain';
import type { ReportModel } from './report.model';
import { REPORT_TEXTS } from './report.texts';

const MARGIN = 50;
const INK = '#1f2933';
const MUTED = '#52606d';
const BAR = '#2f6f9f';
const BAR_TOP = '#d9822b';
/** Below this spread (of 32 possible) a RIASEC profile is read as flat. */
const FLAT_SPREAD = 8;

/** Renders the report as a PDF, in the model's language. */
export function renderReport(model: ReportModel): Promise<Buffer> {
  const t = REPORT_TEXTS[model.language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: t.title, Author: 'Passerelle', Subject: model.instrumentTitle },
    lang: model.language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const date = (value: Date) =>
    value.toLocaleDateString(t.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Paris',
    });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor(INK).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3).font('Helvetica').fontSize(10.5).fillColor(INK);
  };

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(t.title);
  doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(t.subtitle);
  doc
    .moveDown(0.5)
    .fontSize(10)
    .text(t.completedOn(date(model.completedAt)));
  doc.text(model.releasedAt ? t.releasedOn(date(model.releasedAt)) : t.notReleased);

  if (model.riasec) {
    const riasec = model.riasec;
    heading(t.interestsHeading);
    drawRiasecChart(doc, riasec, t.typeNames, t.axisTitle(riasec.range.min, riasec.range.max), width);

    heading(`${t.codeHeading}${t.colon}${riasec.hollandCode}`);
    const letters = [...riasec.hollandCode] as (typeof RIASEC_ORDER)[number][];
    doc.text(
      t.codeSentence(
        riasec.hollandCode,
        letters.map((letter) => t.typeNames[letter]),
      ),
      { width },
    );
    doc.moveDown(0.4);
    for (const letter of letters) {
      doc.font('Helvetica-Bold').text(`${t.typeNames[letter]} (${letter})${t.colon}`, { continued: true });
      doc.font('Helvetica').text(t.typeMeanings[letter], { width });
    }
    doc.moveDown(0.4);
    if (riasec.tiedAtCut) doc.text(t.tieSentence, { width });
    doc.text(t.consistency[riasec.consistency], { width });
    doc.text(t.differentiation(riasec.differentiation, riasec.differentiation < FLAT_SPREAD), { width });
    doc.moveDown(0.4).fillColor(MUTED).text(t.conversation, { width }).fillColor(INK);
  }

  if (model.workValues) {
    heading(t.valuesHeading);
    for (const value of model.workValues)
      doc.text(`•  ${value.name} (${value.score.toFixed(1)}/5)`, { width });
  }

  heading(t.skillsHeading);
  if (model.topSkills.length === 0) doc.fillColor(MUTED).text(t.noSkills).fillColor(INK);
  for (const skill of model.topSkills)
    doc.text(`•  ${skill.label} (${t.skillRating(skill.rating)})`, { width });

  heading(t.occupationsHeading);
  if (model.suggestedOccupations.length === 0) doc.fillColor(MUTED).text(t.noOccupations).fillColor(INK);
  for (const occupation of model.suggestedOccupations) {
    doc.text(`•  ${occupation.title} (${occupation.code})`, { width });
  }

  heading(t.sourcesHeading);
  doc.fontSize(8.5).fillColor(MUTED);
  for (const source of model.sources) doc.text(source, { width });
  doc.end();
  return done;
}

/** A horizontal bar chart drawn with vector paths: one bar per type, axis with ticks, the scores. */
function drawRiasecChart(
  doc: PDFKit.PDFDocument,
  riasec: NonNullable<ReportModel['riasec']>,
  names: Record<string, string>,
  axisTitle: string,
  width: number,
): void {
  const labelWidth = 130;
  const barHeight = 16;
  const gap = 8;
  const left = MARGIN + labelWidth;
  const plotWidth = width - labelWidth - 40;
  const top = doc.y + 6;
  const { min, max } = riasec.range;
  const x = (score: number) => left + ((score - min) / (max - min)) * plotWidth;
  const leaders = new Set(riasec.hollandCode);

  doc.save();
  // Grid and ticks every quarter of the range.
  const ticks = [0, 1, 2, 3, 4].map((step) => min + ((max - min) * step) / 4);
  const bottom = top + RIASEC_ORDER.length * (barHeight + gap);
  doc.lineWidth(0.5).strokeColor('#cbd2d9');
  for (const tick of ticks)
    doc
      .moveTo(x(tick), top - 2)
      .lineTo(x(tick), bottom)
      .stroke();
  doc
    .lineWidth(1)
    .strokeColor(INK)
    .moveTo(left, bottom)
    .lineTo(left + plotWidth, bottom)
    .stroke();

  RIASEC_ORDER.forEach((type, index) => {
    const score = riasec.scores.find((entry) => entry.type === type)?.score ?? min;
    const y = top + index * (barHeight + gap);
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(INK)
      .text(`${names[type]} (${type})`, MARGIN, y + 3, {
        width: labelWidth - 8,
        align: 'right',
        lineBreak: false,
      });
    doc.rect(left, y, Math.max(x(score) - left, 1), barHeight).fill(leaders.has(type) ? BAR_TOP : BAR);
    doc.fillColor(INK).text(String(score), x(score) + 4, y + 3, { lineBreak: false });
  });
  doc.fontSize(8).fillColor(MUTED);
  for (const tick of ticks) {
    doc.text(String(tick), x(tick) - 10, bottom + 4, { width: 20, align: 'center', lineBreak: false });
  }
  doc.text(axisTitle, left, bottom + 16, { width: plotWidth, align: 'center', lineBreak: false });
  doc.restore();
  doc.x = MARGIN;
  doc.y = bottom + 34;
  doc.font('Helvetica').fontSize(10.5).fillColor(INK);
}
