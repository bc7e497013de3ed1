import { resolveColumns, type ResolvedColumns } from './import-columns';
import { parseFileDate } from './import-dates';
import { validateRow } from './import-row';

const HEADERS = [
  'Matricule',
  'Nom',
  'Prénom',
  'Email',
  'Poste',
  'Code ROME',
  "Date d'entrée",
  'Fin de contrat',
  'Ancienneté',
  'Langues',
  'Code postal',
  'Code commune',
  'Téléphone',
  'Date de naissance',
  'Civilité',
  'CSP',
  'Site',
  'Service',
];
const resolved = (resolveColumns(HEADERS) as { ok: true; value: ResolvedColumns }).value;
const GOOD = [
  'E001',
  'Benali',
  'Nadia',
  'Nadia.Benali@Example.org',
  'Cariste',
  '',
  '01/09/2008',
  '30/06/2026',
  '17,5',
  'français, EN',
  '69003',
  '69383',
  '06 12 34 56 78',
  '31/03/1975',
  'Mme',
  'Employée',
  'Lyon Gerland',
  'Fabrication',
];
const withCell = (index: number, value: string) => GOOD.map((cell, i) => (i === index ? value : cell));

describe('parseFileDate', () => {
  it.each([
    ['31/03/2026', '2026-03-31'],
    ['1/9/2008', '2008-09-01'],
    ['01.09.2008', '2008-09-01'],
    ['2008-09-01', '2008-09-01'],
    ['2008-09-01T00:00:00.000Z', '2008-09-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/02/2020', null],
    ['2020/02/01', null],
    ['13/13/2020', null],
    ['hier', null],
  ])('%j -> %j', (text, expected) => expect(parseFileDate(text)).toBe(expected));
});

const TODAY = '2026-11-23';

describe('validateRow', () => {
  it('normalises a good row', () => {
    expect(validateRow(GOOD, 2, resolved, HEADERS, TODAY)).toEqual({
      ok: true,
      candidate: {
        rowNumber: 2,
        employeeNumber: 'E001',
        lastName: 'Benali',
        firstName: 'Nadia',
        email: 'nadia.benali@example.org',
        phone: '0612345678',
        site: 'Lyon Gerland',
        service: 'Fabrication',
        formerJobTitle: 'Cariste',
        formerOccupationCode: null,
        hireDate: '2008-09-01',
        seniorityYears: 17.5,
        contractEndDate: '2026-06-30',
        languages: ['fr', 'en'],
        homeCommuneCode: '69383',
        homePostcode: '69003',
        dateOfBirth: '1975-03-31',
        sex: 'female',
        socioProfessionalCategory: 'employe',
      },
    });
  });

  it('leaves the demographic columns null when empty', () => {
    const cells = GOOD.map((cell, i) => (i >= 13 ? '' : cell));
    expect(validateRow(cells, 2, resolved, HEADERS, TODAY)).toMatchObject({
      ok: true,
      candidate: { dateOfBirth: null, sex: null, socioProfessionalCategory: null, site: null, service: null },
    });
  });

  it.each<[string, number, string, string, RegExp]>([
    ['empty employee number', 0, '', 'Matricule', /Matricule is empty/],
    ['bad email', 3, 'nadia@', 'Email', /not an email address/],
    ['formula in a name', 1, '=HYPERLINK("x")', 'Nom', /letters, spaces, hyphens and apostrophes/],
    ['bad ROME code', 5, 'M18', 'Code ROME', /letter A-N and four digits/],
    ['impossible date', 6, '31/02/2020', "Date d'entrée", /dd\/mm\/yyyy/],
    ['future hire date', 6, '24/11/2026', "Date d'entrée", /in the future/],
    ['contract ending before hire', 7, '01/01/2000', 'Fin de contrat', /before the hire date/],
    ['seniority out of range', 8, '75', 'Ancienneté', /between 0 and 60/],
    ['unknown language', 9, 'fr, klingon', 'Langues', /"klingon" is not a language/],
    ['postcode without its leading zero', 10, '1000', 'Code postal', /leading zero \(01000\?\)/],
    ['bad commune code', 11, '2C004', 'Code commune', /INSEE commune code/],
    ['bad phone', 12, '12', 'Téléphone', /6 to 15 digits/],
    ['impossible date of birth', 13, '31/02/1975', 'Date de naissance', /not a date/],
    ['date of birth in the future', 13, '24/11/2026', 'Date de naissance', /in the future/],
    ['implausible age (12)', 13, '01/01/2014', 'Date de naissance', /age of 12 is not plausible/],
    ['implausible age (106)', 13, '01/01/1920', 'Date de naissance', /age of 106 is not plausible/],
    ['hired before being born', 6, '01/01/1970', "Date d'entrée", /before the date of birth/],
    ['unknown civilité', 14, 'Dr', 'Civilité', /M\., Monsieur, Mme or Madame/],
    ['unknown category', 15, 'Intérimaire', 'CSP', /ouvrier, employé, technicien/],
    ['a site too long for reporting', 16, 'x'.repeat(81), 'Site', /at most 80/],
    ['a service too long', 17, 'x'.repeat(81), 'Service', /at most 80/],
  ])('reports %s with its row, column and value', (_name, index, value, column, reason) => {
    const result = validateRow(withCell(index, value), 7, resolved, HEADERS, TODAY);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 7, column, value: value === '' ? null : value });
    expect(errors[0]!.reason).toMatch(reason);
  });

  it('reports every problem of a row, not only the first', () => {
    const cells = withCell(3, 'nope').map((cell, i) => (i === 6 ? '2020-13-01' : cell));
    const result = validateRow(cells, 3, resolved, HEADERS, TODAY);
    expect(!result.ok && result.errors.map((e) => e.column)).toEqual(['Email', "Date d'entrée"]);
  });

  it('says a short row may be a file cut off', () => {
    const result = validateRow(GOOD.slice(0, 4), 9, resolved, HEADERS, TODAY);
    expect(!result.ok && result.errors[0]).toMatchObject({ row: 9, column: null });
    expect(!result.ok && result.errors[0]!.reason).toMatch(/cut off/);
  });
});
