import type { ImportedCandidate, RowError } from './import-row';

/**
 * What an HR file's valid rows do to the sponsor's people, one chunk at a time: a person is known
 * by their employee number within the sponsor; a row that repeats a number or an email seen
 * earlier in the file is refused; a new number whose email is already enrolled is the same person
 * under two numbers and is refused; a known person in another programme of the sponsor is refused;
 * a known person in this programme is updated when the file changes one of their fields.
 */

/** The fields a file may change on a person already enrolled (the occupation code's source aside). */
export const IMPORT_COMPARED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'site',
  'service',
  'formerJobTitle',
  'formerOccupationCode',
  'hireDate',
  'seniorityYears',
  'contractEndDate',
  'languages',
  'homeCommuneCode',
  'homePostcode',
  'dateOfBirth',
  'sex',
  'socioProfessionalCategory',
] as const satisfies readonly (keyof ImportedCandidate)[];
export type ImportComparedField = (typeof IMPORT_COMPARED_FIELDS)[number];

/** One of the sponsor's people found by a chunk's employee numbers or emails. */
export type ExistingImportedPerson = Pick<ImportedCandidate, ImportComparedField> & {
  id: string;
  programmeId: string;
  employeeNumber: string;
  /** yyyy-mm-dd (UTC, as the clock's today): the day their bands are reckoned on, in a correction as at enrolment. */
  enrolledOn: string;
};

export type FileKeyKind = 'employee_number' | 'email';

/** The row of this file that first held an employee number or an email. */
export interface FileKey {
  kind: FileKeyKind;
  key: string;
  rowNumber: number;
}

export interface ImportChunkContext {
  programmeId: string;
  /** Keys claimed by the file's earlier chunks (only those the chunk's rows hold are needed). */
  fileKeys: readonly FileKey[];
  /** The sponsor's people holding one of the chunk's employee numbers or emails. */
  existing: readonly ExistingImportedPerson[];
  /** The file's own headers, so a refusal is reported under the column the person sees. */
  employeeNumberColumn: string;
  emailColumn: string;
}

export type ImportRowDecision<R extends ImportedCandidate> =
  | { kind: 'enrol'; row: R }
  | { kind: 'update'; row: R; candidateId: string; changed: ImportComparedField[]; enrolledOn: string }
  | { kind: 'unchanged'; row: R; candidateId: string }
  /** The file repeats a person's employee number or email. */
  | { kind: 'duplicate'; row: R; error: RowError }
  /** The row contradicts the sponsor's people (another programme, or an email under another number). */
  | { kind: 'conflict'; row: R; error: RowError };

export interface ImportChunkDecision<R extends ImportedCandidate> {
  /** One per row, in the rows' order. */
  rows: ImportRowDecision<R>[];
  /** Keys this chunk claims for the rest of the file. */
  newFileKeys: FileKey[];
}

const sameValue = (a: ImportedCandidate[ImportComparedField], b: ImportedCandidate[ImportComparedField]) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((value, index) => value === b[index])
    : a === b;

/** The fields whose value the row changes on the person. */
export function changedImportFields(
  person: Pick<ImportedCandidate, ImportComparedField>,
  row: Pick<ImportedCandidate, ImportComparedField>,
): ImportComparedField[] {
  return IMPORT_COMPARED_FIELDS.filter((field) => !sameValue(person[field], row[field]));
}

/**
 * Who holds each key: an earlier chunk's row, else the chunk's first row with it. New holders
 * are appended to `claimed`.
 */
function holders(
  kind: FileKeyKind,
  rows: readonly { key: string; rowNumber: number }[],
  earlier: readonly FileKey[],
  claimed: FileKey[],
): Map<string, number> {
  const held = new Map<string, number>();
  for (const fileKey of earlier) if (fileKey.kind === kind) held.set(fileKey.key, fileKey.rowNumber);
  const first = new Map<string, number>();
  for (const { key, rowNumber } of rows) {
    const seen = first.get(key);
    if (seen === undefined || rowNumber < seen) first.set(key, rowNumber);
  }
  for (const [key, rowNumber] of first) {
    if (held.has(key)) continue;
    held.set(key, rowNumber);
    claimed.push({ kind, key, rowNumber });
  }
  return held;
}

/** Decides what each of a chunk's valid rows does; see the module's comment for the rules. */
export function decideImportChunk<R extends ImportedCandidate>(
  rows: readonly R[],
  context: ImportChunkContext,
): ImportChunkDecision<R> {
  const refused = new Map<R, ImportRowDecision<R>>();
  const newFileKeys: FileKey[] = [];
  const refuse = (row: R, kind: 'duplicate' | 'conflict', column: string, value: string, reason: string) =>
    refused.set(row, { kind, row, error: { row: row.rowNumber, column, reason, value } });

  // 1. The file repeats itself: the first row holding a number keeps it, then the same for emails.
  const numberHolders = holders(
    'employee_number',
    rows.map((row) => ({ key: row.employeeNumber, rowNumber: row.rowNumber })),
    context.fileKeys,
    newFileKeys,
  );
  for (const row of rows) {
    const holder = numberHolders.get(row.employeeNumber);
    if (holder !== undefined && holder !== row.rowNumber) {
      refuse(
        row,
        'duplicate',
        context.employeeNumberColumn,
        row.employeeNumber,
        `employee number ${row.employeeNumber} is already on row ${holder} of this file: keep one row per person`,
      );
    }
  }
  const emailHolders = holders(
    'email',
    rows.filter((row) => !refused.has(row)).map((row) => ({ key: row.email, rowNumber: row.rowNumber })),
    context.fileKeys,
    newFileKeys,
  );
  for (const row of rows) {
    if (refused.has(row)) continue;
    const holder = emailHolders.get(row.email);
    if (holder !== undefined && holder !== row.rowNumber) {
      refuse(
        row,
        'duplicate',
        context.emailColumn,
        row.email,
        `email ${row.email} is already used on row ${holder} of this file by another employee number: one email per person`,
      );
    }
  }

  // 2. Against the sponsor's people: the employee number says who the row is...
  const byNumber = new Map(context.existing.map((person) => [person.employeeNumber, person]));
  const byEmail = new Map<string, ExistingImportedPerson>();
  for (const person of context.existing) if (!byEmail.has(person.email)) byEmail.set(person.email, person);

  return {
    newFileKeys,
    rows: rows.map((row): ImportRowDecision<R> => {
      const refusal = refused.get(row);
      if (refusal) return refusal;
      const person = byNumber.get(row.employeeNumber);
      if (person && person.programmeId !== context.programmeId) {
        return {
          kind: 'conflict',
          row,
          error: {
            row: row.rowNumber,
            column: context.employeeNumberColumn,
            value: row.employeeNumber,
            reason: `employee number ${row.employeeNumber} is enrolled in another programme of this sponsor (${person.programmeId}); import them there, or check the number`,
          },
        };
      }
      if (!person) {
        // ...and a new number with an email already enrolled is the same person under two numbers.
        const holder = byEmail.get(row.email);
        if (holder) {
          return {
            kind: 'conflict',
            row,
            error: {
              row: row.rowNumber,
              column: context.emailColumn,
              value: row.email,
              reason: `email ${row.email} is already enrolled under employee number ${holder.employeeNumber}: correct the employee number, or the email if this is another person`,
            },
          };
        }
        return { kind: 'enrol', row };
      }
      // 3. A person already in this programme: updated only where the file changes something.
      const changed = changedImportFields(person, row);
      return changed.length > 0
        ? { kind: 'update', row, candidateId: person.id, changed, enrolledOn: person.enrolledOn }
        : { kind: 'unchanged', row, candidateId: person.id };
    }),
  };
}
