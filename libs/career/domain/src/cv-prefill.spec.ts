import { prefillCv, type CvPrefillSources } from './cv-prefill';

const sources = (
  change: Partial<CvPrefillSources> = {},
  person: Partial<CvPrefillSources['person']> = {},
) => {
  const base: CvPrefillSources = {
    today: '2026-12-05',
    person: {
      firstName: 'Élodie',
      lastName: 'Fénelon',
      email: 'elodie@example.fr',
      phone: '0612345678',
      formerJobTitle: 'Cheffe de rang',
      hireDate: '2015-09-01',
      contractEndDate: '2026-06-30',
      languages: ['fr', 'en'],
    },
    formerEmployer: 'Brasserie Lumière',
    romeSkills: [
      { code: '100012', label: 'Accueil du public' },
      { code: '100020', label: 'Encaissement' },
    ],
    assessedSkills: [
      { code: null, label: 'Pâtisserie', rating: 3 },
      { code: '100012', label: 'Accueillir la clientèle', rating: 5 },
      { code: null, label: 'Sommellerie', rating: 2 },
    ],
  };
  return { ...base, ...change, person: { ...base.person, ...person } };
};

describe('prefillCv', () => {
  it('composes the first version from intake, matching and assessment', () => {
    expect(prefillCv(sources())).toEqual({
      identity: { fullName: 'Élodie Fénelon', email: 'elodie@example.fr', phone: '0612345678', town: null },
      headline: 'Cheffe de rang',
      experiences: [
        {
          employer: 'Brasserie Lumière',
          jobTitle: 'Cheffe de rang',
          start: '2015-09',
          end: '2026-06',
          lines: [],
        },
      ],
      skills: [
        { label: 'Accueillir la clientèle', code: '100012', source: 'assessment' },
        { label: 'Pâtisserie', code: null, source: 'assessment' },
        { label: 'Encaissement', code: '100020', source: 'rome' },
      ],
      trainings: [],
      languages: [
        { language: 'Français', level: 'native' },
        { language: 'Anglais', level: 'b1' },
      ],
      interests: [],
    });
  });

  it.each<
    [
      string,
      Partial<CvPrefillSources>,
      Partial<CvPrefillSources['person']>,
      (cv: ReturnType<typeof prefillCv>) => unknown,
      unknown,
    ]
  >([
    [
      'a contract ending after today: a job still held',
      {},
      { contractEndDate: '2027-02-28' },
      (cv) => cv.experiences[0]?.end,
      null,
    ],
    [
      'no contract end: a job still held',
      {},
      { contractEndDate: null },
      (cv) => cv.experiences[0]?.end,
      null,
    ],
    ['no hire date: no experience (the person adds it)', {}, { hireDate: null }, (cv) => cv.experiences, []],
    [
      'no former job title: no experience, empty headline',
      {},
      { formerJobTitle: null },
      (cv) => [cv.headline, cv.experiences],
      ['', []],
    ],
    ['no employer known: no experience', { formerEmployer: null }, {}, (cv) => cv.experiences, []],
    [
      'a language unknown by name: its code',
      {},
      { languages: ['FR', 'sw', 'fr'] },
      (cv) => cv.languages,
      [
        { language: 'Français', level: 'native' },
        { language: 'SW', level: 'b1' },
      ],
    ],
    [
      'the same skill by label from both sources: once',
      { romeSkills: [{ code: '300001', label: 'PATISSERIE' }] },
      {},
      (cv) => cv.skills.map((s) => s.label),
      ['Accueillir la clientèle', 'Pâtisserie'],
    ],
    [
      'at most twelve skills',
      {
        assessedSkills: [],
        romeSkills: Array.from({ length: 20 }, (_, i) => ({ code: `1${i}`, label: `Compétence ${i}` })),
      },
      {},
      (cv) => cv.skills.length,
      12,
    ],
  ])('%s', (_, change, person, read, expected) =>
    expect(read(prefillCv(sources(change, person)))).toEqual(expected),
  );
});
