import type { CvContent } from './cv';

/** A filled CV, in French with accents: what the specs, the renderers' tests and the bench start from. */
export function sampleCv(): CvContent {
  return {
    identity: {
      fullName: 'Élodie Fénelon-Garçon',
      email: 'elodie.fenelon@example.fr',
      phone: '06 12 34 56 78',
      town: 'Vénissieux',
    },
    headline: 'Cheffe de rang expérimentée, ouverte à la restauration collective',
    experiences: [
      {
        employer: 'Brasserie Lumière',
        jobTitle: 'Cheffe de rang',
        start: '2015-09',
        end: '2026-06',
        lines: [
          'Accueil et conseil de 120 couverts par service',
          'Formation des apprentis à la mise en place',
        ],
      },
      {
        employer: 'Hôtel du Parc',
        jobTitle: 'Serveuse',
        start: '2011-04',
        end: '2015-08',
        lines: ['Service en salle et au bar, encaissement'],
      },
    ],
    skills: [
      { label: 'Accueil du public', code: '100012', source: 'rome' },
      { label: "Gestion d'une équipe", code: null, source: 'assessment' },
      { label: 'Hygiène et sécurité alimentaire (HACCP)', code: null, source: 'own' },
    ],
    trainings: [{ title: 'CAP Restaurant', institution: 'Lycée hôtelier François-Rabelais', year: 2010 }],
    languages: [
      { language: 'Français', level: 'native' },
      { language: 'Anglais', level: 'b1' },
    ],
    interests: ['Pâtisserie', 'Randonnée en Ardèche'],
  };
}
