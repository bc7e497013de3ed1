import JSZip from 'jszip';
import { CV_LAYOUTS, sampleCv, type CvContent } from '@passerelle/career/domain';
import { pdfText } from '@passerelle/shared/testing';
import { renderCvDocx } from './render-cv-docx';
import { renderCvPdf } from './render-cv-pdf';

/** word/document.xml's text: the runs' text joined per paragraph, XML entities decoded. */
async function docxText(docx: Buffer): Promise<{ styles: string; text: string }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([paragraph]) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    )
    .join('\n')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { styles, text };
}

// What every layout prints of the sample CV, in French with its accents.
const EXPECTED = [
  'Élodie Fénelon-Garçon',
  'elodie.fenelon@example.fr',
  'Vénissieux',
  'Cheffe de rang expérimentée, ouverte à la restauration collective',
  'Cheffe de rang — Brasserie Lumière',
  'septembre 2015 – juin 2026',
  'Accueil et conseil de 120 couverts par service',
  'Serveuse — Hôtel du Parc',
  'avril 2011 – août 2015',
  "Gestion d'une équipe",
  'Hygiène et sécurité alimentaire (HACCP)',
  'CAP Restaurant, Lycée hôtelier François-Rabelais (2010)',
  'Français : Langue maternelle',
  'Anglais : B1 (intermédiaire)',
  'Pâtisserie',
  'Randonnée en Ardèche',
];
const titles = (layout: string) =>
  layout === 'moderne'
    ? ['Expérience professionnelle', 'Formations et diplômes', 'COMPÉTENCES', 'LANGUES', "CENTRES D'INTÉRÊT"]
    : ['EXPÉRIENCE PROFESSIONNELLE', 'FORMATIONS ET DIPLÔMES', 'COMPÉTENCES', 'LANGUES', "CENTRES D'INTÉRÊT"];

describe.each(CV_LAYOUTS)('the CV in the %s layout', (layout) => {
  it('is a PDF whose extracted text is the CV, accents and all', async () => {
    const pdf = await renderCvPdf(sampleCv(), layout);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text: extracted } = pdfText(pdf);
    expect(pages).toBe(1);
    // A hyphenated name the narrow side column wraps reads back with a space after the hyphen.
    const text = extracted.replace(/- /g, '-');
    for (const expected of [...EXPECTED, ...titles(layout)]) expect(text).toContain(expected);
  });

  it('is a Word document whose document.xml holds the CV, accents and all', async () => {
    const docx = await renderCvDocx(sampleCv(), layout);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const { styles, text } = await docxText(docx);
    for (const expected of [...EXPECTED, ...titles(layout)]) expect(text).toContain(expected);
    expect(styles).toContain({ classique: 'Georgia', moderne: 'Calibri', sobre: 'Arial' }[layout]);
  });
});

describe('a name the PDF standard fonts cannot write', () => {
  const cv: CvContent = {
    ...sampleCv(),
    identity: { fullName: 'Łukasz Nguyễn Şahin', email: null, phone: null, town: 'Saint-Étienne' },
  };

  it('embeds DejaVu Sans, so the PDF reads back as written', async () => {
    const pdf = await renderCvPdf(cv, 'sobre');
    const { text } = pdfText(pdf);
    expect(text).toContain('Łukasz Nguyễn Şahin');
    expect(text).toContain('Saint-Étienne');
    expect(pdf.toString('latin1')).toMatch(/DejaVuSans/);
  });

  it('stays the standard fonts for French alone (nothing embedded)', async () => {
    const pdf = await renderCvPdf(sampleCv(), 'sobre');
    expect(pdf.toString('latin1')).not.toMatch(/FontFile2/);
  });

  it('is written as is in the Word document', async () => {
    const { text } = await docxText(await renderCvDocx(cv, 'classique'));
    expect(text).toContain('Łukasz Nguyễn Şahin');
  });
});

describe('a long CV in the moderne layout', () => {
  const base = sampleCv();
  const long: CvContent = {
    ...base,
    skills: Array.from({ length: 30 }, (_, i) => ({
      label: `Compétence ${i}, assez longue pour passer à la ligne`,
      code: null,
      source: 'own' as const,
    })),
    languages: Array.from({ length: 10 }, (_, i) => ({ language: `Langue ${i}`, level: 'b2' as const })),
    interests: Array.from({ length: 10 }, (_, i) => `Intérêt ${i}`),
  };

  it('starts the experience on page 1 and takes the side column on to page 2', async () => {
    const { pages, text } = pdfText(await renderCvPdf(long, 'moderne'));
    expect(pages).toBe(2);
    const [first, second] = text.split(/-- 1 of 2 --/);
    expect(first).toContain('Cheffe de rang expérimentée, ouverte à la restauration collective');
    expect(first).toContain('Expérience professionnelle');
    expect(first).toContain('Compétence 0, assez longue');
    expect(second).toContain('Langue 9 : B2 (avancé)');
    expect(second).toContain('Intérêt 9');
  });
});
