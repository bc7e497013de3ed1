import { cvSectionLines, experiencePeriod, frenchMonth, trainingLine, type CvSection } from './cv';
import { sampleCv } from './cv-sample';

describe('a CV in French', () => {
  it.each([
    ['2019-03', 'mars 2019'],
    ['2024-08', 'août 2024'],
    ['2020-12', 'décembre 2020'],
  ])('month %s reads "%s"', (month, expected) => expect(frenchMonth(month)).toBe(expected));

  it.each([
    [{ start: '2019-03', end: '2024-08' }, 'mars 2019 – août 2024'],
    [{ start: '2019-03', end: null }, 'depuis mars 2019'],
  ])('period %j reads "%s"', (period, expected) => expect(experiencePeriod(period)).toBe(expected));

  it.each([
    [
      { title: 'CAP Cuisine', institution: 'Lycée hôtelier', year: 2004 },
      'CAP Cuisine, Lycée hôtelier (2004)',
    ],
    [{ title: 'Permis B', institution: null, year: null }, 'Permis B'],
  ])('training %j reads "%s"', (training, expected) => expect(trainingLine(training)).toBe(expected));
});

describe('the lines a comment points at', () => {
  it.each<[CvSection, string[]]>([
    ['identity', ['Élodie Fénelon-Garçon', 'elodie.fenelon@example.fr', '06 12 34 56 78', 'Vénissieux']],
    ['headline', ['Cheffe de rang expérimentée, ouverte à la restauration collective']],
    [
      'experiences',
      [
        'Cheffe de rang, Brasserie Lumière (septembre 2015 – juin 2026)',
        'Accueil et conseil de 120 couverts par service',
        'Formation des apprentis à la mise en place',
        'Serveuse, Hôtel du Parc (avril 2011 – août 2015)',
        'Service en salle et au bar, encaissement',
      ],
    ],
    ['skills', ['Accueil du public', "Gestion d'une équipe", 'Hygiène et sécurité alimentaire (HACCP)']],
    ['trainings', ['CAP Restaurant, Lycée hôtelier François-Rabelais (2010)']],
    ['languages', ['Français : Langue maternelle', 'Anglais : B1 (intermédiaire)']],
    ['interests', ['Pâtisserie', 'Randonnée en Ardèche']],
  ])('%s', (section, lines) => expect(cvSectionLines(sampleCv(), section)).toEqual(lines));

  it('leaves out contact details the person did not give', () => {
    const cv = sampleCv();
    cv.identity = { fullName: 'Jean Dupont', email: null, phone: null, town: 'Lyon' };
    expect(cvSectionLines(cv, 'identity')).toEqual(['Jean Dupont', 'Lyon']);
  });
});
