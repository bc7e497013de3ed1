import type { ImportedCandidate } from './import-row';
import {
  changedImportFields,
  decideImportChunk,
  type ExistingImportedPerson,
  type FileKey,
  type ImportChunkContext,
} from './import-merge';

const PROGRAMME = 'programme-a';
const row = (rowNumber: number, changes: Partial<ImportedCandidate> = {}): ImportedCandidate => ({
  rowNumber,
  employeeNumber: `E${rowNumber}`,
  lastName: 'Martin',
  firstName: 'Léa',
  email: `p${rowNumber}@example.fr`,
  phone: null,
  site: 'Lyon',
  service: null,
  formerJobTitle: 'Cariste',
  formerOccupationCode: 'N1101',
  hireDate: '2010-03-01',
  seniorityYears: 12.5,
  contractEndDate: null,
  languages: ['fr'],
  homeCommuneCode: null,
  homePostcode: '69003',
  dateOfBirth: null,
  sex: null,
  socioProfessionalCategory: null,
  ...changes,
});
const person = (
  of: ImportedCandidate,
  changes: Partial<ExistingImportedPerson> = {},
): ExistingImportedPerson => {
  const { rowNumber, ...fields } = of;
  return { ...fields, id: `id-${rowNumber}`, programmeId: PROGRAMME, enrolledOn: '2026-03-02', ...changes };
};
const context = (changes: Partial<ImportChunkContext> = {}): ImportChunkContext => ({
  programmeId: PROGRAMME,
  fileKeys: [],
  existing: [],
  employeeNumberColumn: 'Matricule',
  emailColumn: 'Courriel',
  ...changes,
});

/** Each row's decision as `kind` or `kind: column=value reason`. */
const summary = (rows: ImportedCandidate[], ctx: ImportChunkContext) =>
  decideImportChunk(rows, ctx).rows.map((decision) => {
    switch (decision.kind) {
      case 'duplicate':
      case 'conflict':
        return `${decision.row.rowNumber} ${decision.kind}: ${decision.error.column}=${decision.error.value} ${decision.error.reason}`;
      case 'update':
        return `${decision.row.rowNumber} update ${decision.candidateId} [${decision.changed.join(',')}]`;
      case 'unchanged':
        return `${decision.row.rowNumber} unchanged ${decision.candidateId}`;
      case 'enrol':
        return `${decision.row.rowNumber} enrol`;
    }
  });

describe("what a chunk of an HR file does to the sponsor's people", () => {
  it.each<[string, ImportedCandidate[], Partial<ImportChunkContext>, string[]]>([
    ['new people are enrolled', [row(2), row(3)], {}, ['2 enrol', '3 enrol']],
    [
      'a number repeated in the chunk: the first row keeps it',
      [row(2), row(3, { employeeNumber: 'E2' }), row(4, { employeeNumber: 'E2', email: 'p2@example.fr' })],
      {},
      [
        '2 enrol',
        '3 duplicate: Matricule=E2 employee number E2 is already on row 2 of this file: keep one row per person',
        '4 duplicate: Matricule=E2 employee number E2 is already on row 2 of this file: keep one row per person',
      ],
    ],
    [
      'a number an earlier chunk claimed',
      [row(60, { employeeNumber: 'E2' })],
      { fileKeys: [{ kind: 'employee_number', key: 'E2', rowNumber: 2 }] },
      [
        '60 duplicate: Matricule=E2 employee number E2 is already on row 2 of this file: keep one row per person',
      ],
    ],
    [
      'an email repeated under another number',
      [row(2), row(3, { email: 'p2@example.fr' })],
      {},
      [
        '2 enrol',
        '3 duplicate: Courriel=p2@example.fr email p2@example.fr is already used on row 2 of this file by another employee number: one email per person',
      ],
    ],
    [
      'an email an earlier chunk claimed',
      [row(70, { email: 'p2@example.fr' })],
      { fileKeys: [{ kind: 'email', key: 'p2@example.fr', rowNumber: 2 }] },
      [
        '70 duplicate: Courriel=p2@example.fr email p2@example.fr is already used on row 2 of this file by another employee number: one email per person',
      ],
    ],
    [
      'a row refused for its number does not claim its email',
      [row(2), row(3, { employeeNumber: 'E2', email: 'x@example.fr' }), row(4, { email: 'x@example.fr' })],
      {},
      [
        '2 enrol',
        '3 duplicate: Matricule=E2 employee number E2 is already on row 2 of this file: keep one row per person',
        '4 enrol',
      ],
    ],
    [
      'a person enrolled in another programme of the sponsor',
      [row(2)],
      { existing: [person(row(2), { programmeId: 'programme-b' })] },
      [
        '2 conflict: Matricule=E2 employee number E2 is enrolled in another programme of this sponsor (programme-b); import them there, or check the number',
      ],
    ],
    [
      'a new number with an email already enrolled',
      [row(2, { email: 'p9@example.fr' })],
      { existing: [person(row(9))] },
      [
        '2 conflict: Courriel=p9@example.fr email p9@example.fr is already enrolled under employee number E9: correct the employee number, or the email if this is another person',
      ],
    ],
    [
      "a known number may take another person's email (only new numbers are checked)",
      [row(2, { email: 'p9@example.fr' })],
      { existing: [person(row(2)), person(row(9))] },
      ['2 update id-2 [email]'],
    ],
    ['a person the file does not change', [row(2)], { existing: [person(row(2))] }, ['2 unchanged id-2']],
    [
      'a person the file changes',
      [row(2, { site: 'Lille', seniorityYears: 13, languages: ['fr', 'en'] })],
      { existing: [person(row(2))] },
      ['2 update id-2 [site,seniorityYears,languages]'],
    ],
    [
      'a field emptied by the file',
      [row(2, { homePostcode: null })],
      { existing: [person(row(2))] },
      ['2 update id-2 [homePostcode]'],
    ],
  ])('%s', (_case, rows, ctx, expected) => {
    expect(summary(rows, context(ctx))).toEqual(expected);
  });

  it("claims the keys it is the first to hold, for the file's next chunks", () => {
    const earlier: FileKey[] = [{ kind: 'employee_number', key: 'E2', rowNumber: 2 }];
    const { newFileKeys } = decideImportChunk(
      [row(5, { employeeNumber: 'E2' }), row(6), row(7, { employeeNumber: 'E6', email: 'z@example.fr' })],
      context({ fileKeys: earlier }),
    );
    expect(newFileKeys).toEqual([
      { kind: 'employee_number', key: 'E6', rowNumber: 6 },
      { kind: 'email', key: 'p6@example.fr', rowNumber: 6 },
    ]);
  });

  it.each<[string, unknown[], unknown[], number]>([
    ['same languages in the same order', ['fr', 'en'], ['fr', 'en'], 0],
    ['languages in another order', ['fr', 'en'], ['en', 'fr'], 1],
    ['one language more', ['fr'], ['fr', 'en'], 1],
  ])('compares %s as the database does', (_case, before, after, changes) => {
    const base = row(2);
    expect(
      changedImportFields(
        { ...base, languages: before as string[] },
        { ...base, languages: after as string[] },
      ),
    ).toHaveLength(changes);
  });
});
