import type { Language } from '@passerelle/assessment/domain';
import type { ReportModel } from './report.model';
import { renderReport } from './render-report';
import { pdfContentStreams, pdfText } from '@passerelle/shared/testing';

const model = (language: Language): ReportModel => ({
  language,
  assessmentId: '11111111-1111-4111-8111-111111111111',
  instrumentTitle: 'RIASEC',
  completedAt: new Date('2026-03-20T10:00:00Z'),
  releasedAt: new Date('2026-03-27T10:00:00Z'),
  riasec: {
    scores: [
      { type: 'R', score: 28 },
      { type: 'I', score: 32 },
      { type: 'A', score: 8 },
      { type: 'S', score: 40 },
      { type: 'E', score: 24 },
      { type: 'C', score: 20 },
    ],
    hollandCode: 'SIR',
    tiedAtCut: false,
    differentiation: 32,
    consistency: 'medium',
    range: { min: 8, max: 40 },
  },
  workValues: [{ name: language === 'fr' ? 'Autonomie' : 'Autonomy', score: 4.5 }],
  topSkills: [
    { label: 'Conduire un chariot élévateur en sécurité', rating: 5 },
    { label: 'Réparer des vélos', rating: 4 },
  ],
  suggestedOccupations: [{ code: 'N1103', title: 'Préparation et stockage de marchandises en entrepôt' }],
  sources: ['Armstrong, Allison & Rounds (2008)'],
});

const textOf = async (pdf: Buffer) => pdfText(pdf).text;

describe('the PDF report', () => {
  it('is a PDF in French with the chart, the code explained, skills and occupations', async () => {
    const pdf = await renderReport(model('fr'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    expect(text).toContain('Mon bilan d’intérêts et de compétences');
    expect(text).toContain('Mon profil d’intérêts (RIASEC)');
    // Chart labels, scores and axis.
    for (const label of [
      'Réaliste (R)',
      'Investigateur (I)',
      'Artistique (A)',
      'Social (S)',
      'Entreprenant (E)',
      'Conventionnel (C)',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Score (de 8 à 40)');
    expect(text).toMatch(/Social \(S\) 40/);
    expect(text).toContain('Mon code Holland : SIR');
    expect(text).toContain(
      'Votre code est SIR : vos intérêts les plus forts vont d’abord vers le type Social, puis Investigateur, puis Réaliste.',
    );
    expect(text).toContain('cohérence moyenne');
    expect(text).toContain('Résultats restitués par votre consultant le 27 mars 2026');
    expect(text).toContain('Conduire un chariot élévateur en sécurité (5/5)');
    expect(text).toContain('Préparation et stockage de marchandises en entrepôt (N1103)');
    expect(text).toContain('Autonomie (4.5/5)');
    expect(text).not.toContain('Realistic');
  });

  it('is in English when asked', async () => {
    const text = await textOf(await renderReport(model('en')));
    expect(text).toContain('My interests and skills report');
    expect(text).toContain('Realistic (R)');
    expect(text).toContain('Score (8 to 40)');
    expect(text).toContain('My Holland code: SIR');
    expect(text).toContain(
      'Your code is SIR: your strongest interests are Social first, then Investigative, then Realistic.',
    );
    expect(text).toContain('Results discussed with your coach on 27 March 2026');
    expect(text).toContain('Suggested occupations');
    expect(text).not.toContain('Réaliste');
  });

  it('draws the chart as vector graphics: six bars and the axis', async () => {
    const content = pdfContentStreams(await renderReport(model('en')));
    // `x y w 16 re` rectangles filled (`f`) in a colour, and `m`/`l`/`S` strokes for grid and axis.
    const bars =
      content.match(/[\d.]+ [\d.]+ [\d.]+ 16 re\s+\/DeviceRGB cs\s+[\d.]+ [\d.]+ [\d.]+ scn\s+f\n/g) ?? [];
    expect(bars).toHaveLength(6);
    expect(content).toMatch(/[\d.]+ [\d.]+ m\s+[\d.]+ [\d.]+ l\s+S/);
  });

  it('says so when there are no skills or suggestions yet, and leaves out the chart without a RIASEC profile', async () => {
    const text = await textOf(
      await renderReport({
        ...model('fr'),
        riasec: null,
        topSkills: [],
        suggestedOccupations: [],
        releasedAt: null,
      }),
    );
    expect(text).toContain('Inventaire de compétences pas encore complété.');
    expect(text).toContain('Pas encore de suggestions de métiers.');
    expect(text).toContain('Document de travail du consultant, avant restitution');
    expect(text).not.toContain('Score (de 8 à 40)');
  });
});
