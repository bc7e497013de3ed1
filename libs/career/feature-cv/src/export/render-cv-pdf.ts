import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import {
  CV_LEVEL_LABELS,
  CV_SECTION_TITLES,
  experiencePeriod,
  trainingLine,
  type CvContent,
  type CvLayout,
} from '@passerelle/career/domain';

/** Two weights per layout: pdfkit parses each standard font's metrics anew for every document. */
interface Fonts {
  regular: string;
  bold: string;
}

/** The PDF standard fonts each layout uses: WinAnsi, which writes every French letter. */
const STANDARD_FONTS: Record<CvLayout, Fonts> = {
  classique: { regular: 'Times-Roman', bold: 'Times-Bold' },
  moderne: { regular: 'Helvetica', bold: 'Helvetica-Bold' },
  sobre: { regular: 'Helvetica', bold: 'Helvetica-Bold' },
};
const UNICODE_FONTS: Fonts = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };
let unicodeFontFiles: { regular: Buffer; bold: Buffer } | null = null;
const unicodeFonts = () =>
  (unicodeFontFiles ??= {
    regular: readFileSync(join(__dirname, 'fonts', 'DejaVuSans.ttf')),
    bold: readFileSync(join(__dirname, 'fonts', 'DejaVuSans-Bold.ttf')),
  });

// WinAnsi (CP1252): Latin-1's printable range plus these, which the standard fonts can write.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const winAnsi = (text: string) =>
  [...text].every((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
  });

/** Every string a CV prints, to choose its fonts. */
function cvStrings(content: CvContent): string[] {
  return [
    ...Object.values(content.identity).filter((value): value is string => value !== null),
    content.headline,
    ...content.experiences.flatMap((e) => [e.employer, e.jobTitle, ...e.lines]),
    ...content.skills.map((s) => s.label),
    ...content.trainings.map(trainingLine),
    ...content.languages.map((l) => l.language),
    ...content.interests,
  ];
}

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT: Record<CvLayout, string> = { classique: '#1f2933', moderne: '#1f5f6f', sobre: '#3e4c59' };
const MARGIN = 50;

/**
 * The CV as an A4 PDF in French, in one of three layouts: `classique` (serif, centred heading,
 * ruled section titles), `moderne` (a coloured side column with contacts, skills, languages and
 * interests beside the experience), `sobre` (sans serif, grey small titles, nothing else). The
 * standard fonts write French; a CV holding a character they cannot (a name with Ł or ễ) embeds
 * DejaVu Sans instead, so every name prints as written.
 */
export function renderCvPdf(content: CvContent, layout: CvLayout): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `CV de ${content.identity.fullName}`,
      Author: content.identity.fullName,
      Creator: 'Passerelle',
    },
    lang: 'fr',
    // The moderne layout goes back to page 1 for its side column.
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let fonts = STANDARD_FONTS[layout];
  if (!cvStrings(content).every(winAnsi)) {
    const files = unicodeFonts();
    doc.registerFont(UNICODE_FONTS.regular, files.regular);
    doc.registerFont(UNICODE_FONTS.bold, files.bold);
    fonts = UNICODE_FONTS;
  }
  const draw = layout === 'moderne' ? drawModerne : layout === 'classique' ? drawClassique : drawSobre;
  draw(doc, content, fonts);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

const contacts = (content: CvContent) =>
  [content.identity.email, content.identity.phone, content.identity.town].filter(
    (value): value is string => value !== null && value !== '',
  );

/** The experience, trainings and (unless the side column holds them) the other sections. */
function body(
  doc: Doc,
  content: CvContent,
  fonts: Fonts,
  x: number,
  width: number,
  title: (text: string) => void,
  withLists: boolean,
): void {
  const bullet = (text: string) =>
    doc
      .font(fonts.regular)
      .fontSize(10)
      .fillColor(INK)
      .text(`•  ${text}`, x + 8, doc.y, { width: width - 8 });
  if (content.experiences.length > 0) {
    title(CV_SECTION_TITLES.experiences);
    for (const experience of content.experiences) {
      doc
        .font(fonts.bold)
        .fontSize(11)
        .fillColor(INK)
        .text(`${experience.jobTitle} — ${experience.employer}`, x, doc.y, { width });
      doc
        .font(fonts.regular)
        .fontSize(9.5)
        .fillColor(MUTED)
        .text(experiencePeriod(experience), x, doc.y, { width });
      doc.moveDown(0.2);
      experience.lines.forEach(bullet);
      doc.moveDown(0.5);
    }
  }
  if (content.trainings.length > 0) {
    title(CV_SECTION_TITLES.trainings);
    content.trainings.forEach((training) => bullet(trainingLine(training)));
  }
  if (!withLists) return;
  if (content.skills.length > 0) {
    title(CV_SECTION_TITLES.skills);
    content.skills.forEach((skill) => bullet(skill.label));
  }
  if (content.languages.length > 0) {
    title(CV_SECTION_TITLES.languages);
    content.languages.forEach((l) => bullet(`${l.language} : ${CV_LEVEL_LABELS[l.level]}`));
  }
  if (content.interests.length > 0) {
    title(CV_SECTION_TITLES.interests);
    bullet(content.interests.join(' · '));
  }
}

function drawClassique(doc: Doc, content: CvContent, fonts: Fonts): void {
  const width = doc.page.width - 2 * MARGIN;
  doc
    .font(fonts.bold)
    .fontSize(22)
    .fillColor(INK)
    .text(content.identity.fullName, MARGIN, MARGIN, { width, align: 'center' });
  doc
    .font(fonts.regular)
    .fontSize(10)
    .fillColor(MUTED)
    .text(contacts(content).join('  ·  '), { width, align: 'center' });
  if (content.headline)
    doc
      .moveDown(0.6)
      .font(fonts.regular)
      .fontSize(13)
      .fillColor(INK)
      .text(content.headline, { width, align: 'center' });
  const title = (text: string) => {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc
      .moveDown(0.9)
      .font(fonts.bold)
      .fontSize(12)
      .fillColor(ACCENT.classique)
      .text(text.toUpperCase(), MARGIN, doc.y, { width });
    doc
      .lineWidth(0.8)
      .strokeColor(ACCENT.classique)
      .moveTo(MARGIN, doc.y + 1)
      .lineTo(MARGIN + width, doc.y + 1)
      .stroke();
    doc.moveDown(0.4);
  };
  body(doc, content, fonts, MARGIN, width, title, true);
}

function drawSobre(doc: Doc, content: CvContent, fonts: Fonts): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font(fonts.bold).fontSize(18).fillColor(INK).text(content.identity.fullName, MARGIN, MARGIN, { width });
  if (content.headline) doc.font(fonts.regular).fontSize(12).fillColor(INK).text(content.headline, { width });
  doc.font(fonts.regular).fontSize(9).fillColor(MUTED).text(contacts(content).join('   '), { width });
  const title = (text: string) => {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc
      .moveDown(1)
      .font(fonts.regular)
      .fontSize(9)
      .fillColor(ACCENT.sobre)
      .text(text.toUpperCase(), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };
  body(doc, content, fonts, MARGIN, width, title, true);
}

/**
 * The main column first (it flows onto as many pages as it needs), then the side column from the
 * top of page 1: a side column longer than a page goes on to the next page (made if the main column
 * did not need it), never over the main column's start. Every page used gets the coloured band.
 */
function drawModerne(doc: Doc, content: CvContent, fonts: Fonts): void {
  const side = 175;
  const pad = 18;
  const x = side + 28;
  const width = doc.page.width - x - MARGIN;
  doc.y = MARGIN;
  if (content.headline)
    doc.font(fonts.bold).fontSize(15).fillColor(ACCENT.moderne).text(content.headline, x, doc.y, { width });
  const title = (text: string) => {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.moveDown(0.9).font(fonts.bold).fontSize(12).fillColor(ACCENT.moderne).text(text, x, doc.y, { width });
    doc.moveDown(0.3);
  };
  body(doc, content, fonts, x, width, title, false);

  const band = () => doc.save().rect(0, 0, side, doc.page.height).fill(ACCENT.moderne).restore();
  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page++) {
    doc.switchToPage(page);
    band();
  }
  let page = 0;
  doc.switchToPage(page);
  doc.y = MARGIN;
  const sideWidth = side - 2 * pad;
  const sideText = (text: string, size: number, font: string) => {
    doc.font(font).fontSize(size);
    if (doc.y + doc.heightOfString(text, { width: sideWidth }) > doc.page.height - MARGIN) {
      page += 1;
      if (page < doc.bufferedPageRange().count) doc.switchToPage(page);
      else {
        doc.addPage();
        band();
      }
      doc.y = MARGIN;
    }
    doc.fillColor('#ffffff').text(text, pad, doc.y, { width: sideWidth });
  };
  sideText(content.identity.fullName, 16, fonts.bold);
  doc.moveDown(0.6);
  contacts(content).forEach((line) => sideText(line, 9, fonts.regular));
  const sideTitle = (text: string) => {
    doc.moveDown(1);
    sideText(text.toUpperCase(), 10, fonts.bold);
    doc.moveDown(0.3);
  };
  if (content.skills.length > 0) {
    sideTitle(CV_SECTION_TITLES.skills);
    content.skills.forEach((skill) => sideText(`• ${skill.label}`, 9, fonts.regular));
  }
  if (content.languages.length > 0) {
    sideTitle(CV_SECTION_TITLES.languages);
    content.languages.forEach((l) =>
      sideText(`${l.language} : ${CV_LEVEL_LABELS[l.level]}`, 9, fonts.regular),
    );
  }
  if (content.interests.length > 0) {
    sideTitle(CV_SECTION_TITLES.interests);
    content.interests.forEach((interest) => sideText(interest, 9, fonts.regular));
  }
}
