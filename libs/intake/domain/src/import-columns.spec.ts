import { resolveColumns } from './import-columns';

describe('resolveColumns', () => {
  it.each<[string, string[], Record<string, number>]>([
    [
      'French headers',
      ['Matricule', 'Nom', 'Prénom', 'E-mail', 'Code postal'],
      { employeeNumber: 0, lastName: 1, firstName: 2, email: 3, homePostcode: 4 },
    ],
    [
      'English headers',
      ['Employee ID', 'Surname', 'First Name', 'Email address', 'Job title'],
      { employeeNumber: 0, lastName: 1, firstName: 2, email: 3, formerJobTitle: 4 },
    ],
    [
      'case, accents and punctuation',
      ['MATRICULE', 'NOM', 'PRENOM', 'COURRIEL', "DATE D'ENTRÉE"],
      { employeeNumber: 0, lastName: 1, firstName: 2, email: 3, hireDate: 4 },
    ],
    ...[
      ['Date de naissance', 'Civilité', 'CSP'],
      ['Né(e) le', 'Sexe', 'Catégorie socio-professionnelle'],
      ['DDN', 'Civ.', 'Statut'],
      ['Date naissance', 'Titre', 'Catégorie socioprofessionnelle'],
      ['Date of birth', 'Title', 'Category'],
    ].map((demographics): [string, string[], Record<string, number>] => [
      `demographic headers ${demographics.join(', ')}`,
      ['Matricule', 'Nom', 'Prénom', 'Email', ...demographics],
      {
        employeeNumber: 0,
        lastName: 1,
        firstName: 2,
        email: 3,
        dateOfBirth: 4,
        sex: 5,
        socioProfessionalCategory: 6,
      },
    ]),
    ...['Service', 'Département', 'DIRECTION', 'Atelier'].map(
      (header): [string, string[], Record<string, number>] => [
        `the service column as "${header}"`,
        ['Matricule', 'Nom', 'Prénom', 'Email', 'Site', header],
        { employeeNumber: 0, lastName: 1, firstName: 2, email: 3, site: 4, service: 5 },
      ],
    ),
  ])('%s', (_name, headers, expected) => {
    const result = resolveColumns(headers);
    expect(result.ok && result.value.columns).toEqual(expected);
  });

  it('follows a mapping for headers it does not know, and lists the headers left out', () => {
    const result = resolveColumns(['Pers. No', 'Nom', 'Prénom', 'Mail perso', 'Commentaire'], {
      employeeNumber: 'pers. no',
      email: 'Mail perso',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        columns: { employeeNumber: 0, lastName: 1, firstName: 2, email: 3 },
        ignoredHeaders: ['Commentaire'],
      },
    });
  });

  it.each<[string, string[], Record<string, string>, RegExp]>([
    [
      'a required column is missing',
      ['Matricule', 'Nom', 'Prénom'],
      {},
      /no column for email .*found: "Matricule", "Nom", "Prénom"/,
    ],
    [
      'a mapped header is absent',
      ['Matricule', 'Nom', 'Prénom', 'Email'],
      { site: 'Usine' },
      /"Usine" that the file does not have/,
    ],
    [
      'two columns claim one field',
      ['Matricule', 'Nom', 'Prénom', 'Email', 'Courriel'],
      {},
      /both "Email" and "Courriel" look like email/,
    ],
  ])('refuses when %s', (_name, headers, mapping, reason) => {
    const result = resolveColumns(headers, mapping);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
