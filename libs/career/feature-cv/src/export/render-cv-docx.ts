import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  CV_LEVEL_LABELS,
  CV_SECTION_TITLES,
  experiencePeriod,
  trainingLine,
  type CvContent,
  type CvLayout,
} from '@passerelle/career/domain';

const FONT: Record<CvLayout, string> = { classique: 'Georgia', moderne: 'Calibri', sobre: 'Arial' };
const ACCENT: Record<CvLayout, string> = { classique: '1F2933', moderne: '1F5F6F', sobre: '3E4C59' };
const MUTED = '52606D';
// docx sizes are half-points; spacing is twentieths of a point.
const pt = (points: number) => points * 2;

/**
 * The CV as a real Word document (.docx) in French, in the same three layouts as the PDF:
 * `classique` (Georgia, centred heading, ruled section titles), `moderne` (a two-column table, the
 * shaded side holding contacts, skills, languages and interests), `sobre` (Arial, grey small titles).
 * Text is Unicode in the document, so accents and every name print as written.
 */
export function renderCvDocx(content: CvContent, layout: CvLayout): Promise<Buffer> {
  const accent = ACCENT[layout];
  const contacts = [content.identity.email, content.identity.phone, content.identity.town].filter(
    (value): value is string => value !== null && value !== '',
  );
  const title = (text: string) =>
    new Paragraph({
      spacing: { before: 240, after: 80 },
      keepNext: true,
      ...(layout === 'classique'
        ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 2 } } }
        : {}),
      children: [
        new TextRun({
          text: layout === 'moderne' ? text : text.toUpperCase(),
          bold: layout !== 'sobre',
          color: accent,
          size: pt(layout === 'sobre' ? 9 : 12),
        }),
      ],
    });
  const bullet = (text: string, color?: string) =>
    new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text, size: pt(10), color })] });
  const line = (
    text: string,
    options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
  ) => new Paragraph({ children: [new TextRun({ ...options, text, size: pt(options.size ?? 10) })] });

  const experience = content.experiences.length
    ? [
        title(CV_SECTION_TITLES.experiences),
        ...content.experiences.flatMap((e) => [
          new Paragraph({
            keepNext: true,
            spacing: { before: 120 },
            children: [new TextRun({ text: `${e.jobTitle} — ${e.employer}`, bold: true, size: pt(11) })],
          }),
          line(experiencePeriod(e), { italics: true, color: MUTED, size: 9.5 }),
          ...e.lines.map((text) => bullet(text)),
        ]),
      ]
    : [];
  const trainings = content.trainings.length
    ? [title(CV_SECTION_TITLES.trainings), ...content.trainings.map((t) => bullet(trainingLine(t)))]
    : [];
  const lists = (heading: (text: string) => Paragraph, item: (text: string) => Paragraph) => [
    ...(content.skills.length
      ? [heading(CV_SECTION_TITLES.skills), ...content.skills.map((s) => item(s.label))]
      : []),
    ...(content.languages.length
      ? [
          heading(CV_SECTION_TITLES.languages),
          ...content.languages.map((l) => item(`${l.language} : ${CV_LEVEL_LABELS[l.level]}`)),
        ]
      : []),
    ...(content.interests.length
      ? [heading(CV_SECTION_TITLES.interests), ...content.interests.map((i) => item(i))]
      : []),
  ];

  let children: (Paragraph | Table)[];
  if (layout === 'moderne') {
    const white = 'FFFFFF';
    const sideHeading = (text: string) =>
      new Paragraph({
        spacing: { before: 200, after: 60 },
        children: [new TextRun({ text: text.toUpperCase(), bold: true, color: white, size: pt(10) })],
      });
    const side = [
      new Paragraph({
        children: [new TextRun({ text: content.identity.fullName, bold: true, color: white, size: pt(16) })],
      }),
      ...contacts.map((c) => line(c, { color: white, size: 9 })),
      ...lists(sideHeading, (text) => line(text, { color: white, size: 9 })),
    ];
    const main = [
      ...(content.headline
        ? [
            new Paragraph({
              children: [new TextRun({ text: content.headline, bold: true, color: accent, size: pt(15) })],
            }),
          ]
        : []),
      ...experience,
      ...trainings,
    ];
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none };
    children = [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: [3000, 7000],
        borders: { ...borders, insideHorizontal: none, insideVertical: none },
        rows: [
          new TableRow({
            children: [
              new TableCell({
                width: { size: 30, type: WidthType.PERCENTAGE },
                shading: { type: ShadingType.CLEAR, fill: accent, color: 'auto' },
                margins: { top: 200, bottom: 200, left: 200, right: 200 },
                borders,
                children: side,
              }),
              new TableCell({
                width: { size: 70, type: WidthType.PERCENTAGE },
                margins: { top: 200, bottom: 200, left: 300, right: 100 },
                borders,
                children: main,
              }),
            ],
          }),
        ],
      }),
    ];
  } else {
    const centred = layout === 'classique' ? AlignmentType.CENTER : AlignmentType.LEFT;
    children = [
      new Paragraph({
        alignment: centred,
        children: [
          new TextRun({
            text: content.identity.fullName,
            bold: true,
            size: pt(layout === 'classique' ? 22 : 18),
          }),
        ],
      }),
      ...(layout === 'sobre' && content.headline
        ? [new Paragraph({ children: [new TextRun({ text: content.headline, size: pt(12) })] })]
        : []),
      new Paragraph({
        alignment: centred,
        children: [
          new TextRun({
            text: contacts.join(layout === 'classique' ? '  ·  ' : '   '),
            color: MUTED,
            size: pt(9.5),
          }),
        ],
      }),
      ...(layout === 'classique' && content.headline
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { before: 160 },
              children: [new TextRun({ text: content.headline, italics: true, size: pt(13) })],
            }),
          ]
        : []),
      ...experience,
      ...trainings,
      ...lists(title, (text) => bullet(text)),
    ];
  }

  const document = new Document({
    creator: 'Passerelle',
    title: `CV de ${content.identity.fullName}`,
    styles: { default: { document: { run: { font: FONT[layout], size: pt(10) } } } },
    sections: [
      {
        properties: {
          page: {
            margin:
              layout === 'moderne'
                ? { top: 0, left: 0, right: 720, bottom: 720 }
                : { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
