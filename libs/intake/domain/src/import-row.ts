import { parseFileDate } from './import-dates';
import type { ImportField, ResolvedColumns } from './import-columns';
import { ROME_CODE } from './job-title';
import {
  checkDateOfBirth,
  sexOfCivilite,
  socioProfessionalCategoryOf,
  type Sex,
  type SocioProfessionalCategory,
} from './demographics';

/** One candidate as a file row describes them, validated and normalised. */
export interface ImportedCandidate {
  rowNumber: number;
  employeeNumber: string;
  lastName: string;
  firstName: string;
  email: string;
  phone: string | null;
  site: string | null;
  /** The HR file's service (department, workshop) as written: matching reads a generic title with it. */
  service: string | null;
  formerJobTitle: string | null;
  formerOccupationCode: string | null;
  hireDate: string | null;
  seniorityYears: number | null;
  contractEndDate: string | null;
  languages: string[];
  homeCommuneCode: string | null;
  homePostcode: string | null;
  /** yyyy-mm-dd; confidential: it stays in intake, only the age band leaves. */
  dateOfBirth: string | null;
  sex: Sex | null;
  socioProfessionalCategory: SocioProfessionalCategory | null;
}

/** What is wrong with one cell of one row, said so that the person fixing the file knows what to do. */
export interface RowError {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  /** The file's own header for the column, or the field name when the problem is the row itself. */
  column: string | null;
  reason: string;
  value: string | null;
}

export type RowResult = { ok: true; candidate: ImportedCandidate } | { ok: false; errors: RowError[] };

const LANGUAGE_NAMES: Record<string, string> = {
  francais: 'fr',
  french: 'fr',
  anglais: 'en',
  english: 'en',
  espagnol: 'es',
  spanish: 'es',
  allemand: 'de',
  german: 'de',
  italien: 'it',
  italian: 'it',
  portugais: 'pt',
  portuguese: 'pt',
  arabe: 'ar',
  arabic: 'ar',
  neerlandais: 'nl',
  dutch: 'nl',
  polonais: 'pl',
  polish: 'pl',
  roumain: 'ro',
  romanian: 'ro',
  turc: 'tr',
  turkish: 'tr',
  russe: 'ru',
  russian: 'ru',
  chinois: 'zh',
  chinese: 'zh',
  mandarin: 'zh',
  vietnamien: 'vi',
  vietnamese: 'vi',
  tamoul: 'ta',
  tamil: 'ta',
  berbere: 'ber',
  wolof: 'wo',
  ukrainien: 'uk',
  ukrainian: 'uk',
};
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

const NAME = /^\p{L}[\p{L}\p{M}' .\u2019-]*$/u;
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[a-z]{2,}$/i;
const EMPLOYEE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._/ -]*$/;

/**
 * Validates one data row against the resolved columns, on `today` (yyyy-mm-dd, for dates in the future). Every problem of the row is reported (not
 * only the first), each with its column and the value found, so one pass over the file fixes all.
 */
export function validateRow(
  cells: readonly string[],
  rowNumber: number,
  resolved: ResolvedColumns,
  headers: readonly string[],
  today: string,
): RowResult {
  const errors: RowError[] = [];
  const columnOf = (field: ImportField) => {
    const index = resolved.columns[field];
    return index === undefined ? field : (headers[index] ?? field);
  };
  const raw = (field: ImportField): string => {
    const index = resolved.columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const fail = (field: ImportField, reason: string) => {
    const value = raw(field);
    errors.push({ row: rowNumber, column: columnOf(field), reason, value: value === '' ? null : value });
  };
  const text = (field: ImportField, max: number, required: boolean): string | null => {
    const value = raw(field).replace(/\s+/g, ' ');
    if (value === '') {
      if (required) fail(field, `${columnOf(field)} is empty; every row needs one`);
      return null;
    }
    if (value.length > max) {
      fail(field, `${value.length} characters; at most ${max} are kept`);
      return null;
    }
    return value;
  };
  const name = (field: 'lastName' | 'firstName'): string => {
    const value = text(field, 200, true);
    if (value !== null && !NAME.test(value)) {
      fail(field, 'a name holds letters, spaces, hyphens and apostrophes only');
      return '';
    }
    return value ?? '';
  };
  const date = (field: 'hireDate' | 'contractEndDate' | 'dateOfBirth'): string | null => {
    const value = raw(field);
    if (value === '') return null;
    const parsed = parseFileDate(value);
    if (!parsed) fail(field, 'not a date: write it as dd/mm/yyyy (e.g. 31/03/2026) or yyyy-mm-dd');
    return parsed;
  };

  if (cells.length < headers.length && cells.some((cell) => cell.trim() !== '')) {
    errors.push({
      row: rowNumber,
      column: null,
      reason: `the row has ${cells.length} cells but the header has ${headers.length}: a cell is missing, or the file was cut off here`,
      value: null,
    });
    return { ok: false, errors };
  }

  const employeeNumber = text('employeeNumber', 64, true);
  if (employeeNumber !== null && !EMPLOYEE_NUMBER.test(employeeNumber)) {
    fail('employeeNumber', 'an employee number holds letters, digits, spaces and . _ / - only');
  }
  const lastName = name('lastName');
  const firstName = name('firstName');
  const email = text('email', 254, true)?.toLowerCase() ?? null;
  if (email !== null && !EMAIL.test(email)) fail('email', 'not an email address (expected name@domain.fr)');

  let phone = text('phone', 40, false);
  if (phone !== null) {
    const digits = phone.replace(/[\s.()-]/g, '');
    if (!/^\+?\d{6,15}$/.test(digits))
      fail('phone', 'a phone number holds 6 to 15 digits, optionally after +');
    phone = digits;
  }
  // Reporting groups by site and the enrolment event carries it: a site's name, not an address.
  const site = text('site', 80, false);
  // The person's service describes the employer's organisation (decision 0039), like the site.
  const service = text('service', 80, false);
  const formerJobTitle = text('formerJobTitle', 300, false);
  let formerOccupationCode = raw('formerOccupationCode').toUpperCase() || null;
  if (formerOccupationCode !== null && !ROME_CODE.test(formerOccupationCode)) {
    fail(
      'formerOccupationCode',
      'a ROME code is a letter A-N and four digits, such as M1805; leave it empty to derive it from the job title',
    );
    formerOccupationCode = null;
  }
  const hireDate = date('hireDate');
  const contractEndDate = date('contractEndDate');
  if (hireDate && hireDate > today) {
    fail('hireDate', 'the hire date is in the future');
  } else if (hireDate && contractEndDate && contractEndDate < hireDate) {
    fail('contractEndDate', `the contract ends (${contractEndDate}) before the hire date (${hireDate})`);
  }

  let seniorityYears: number | null = null;
  const seniority = raw('seniorityYears');
  if (seniority !== '') {
    const years = Number(seniority.replace(',', '.').replace(/\s*(ans?|years?)$/i, ''));
    if (!Number.isFinite(years) || years < 0 || years > 60) {
      fail('seniorityYears', 'seniority is a number of years between 0 and 60 (e.g. 12 or 12,5)');
    } else {
      seniorityYears = Math.round(years * 10) / 10;
    }
  }

  let dateOfBirth = date('dateOfBirth');
  if (dateOfBirth !== null) {
    const check = checkDateOfBirth(dateOfBirth, today);
    if (!check.ok) {
      fail('dateOfBirth', check.reason);
      dateOfBirth = null;
    } else if (hireDate && hireDate < dateOfBirth) {
      fail('hireDate', `the hire date (${hireDate}) is before the date of birth`);
    }
  }
  const civilite = raw('sex');
  const sex = civilite === '' ? null : sexOfCivilite(civilite);
  if (civilite !== '' && sex === null) {
    fail('sex', 'a civilité is M., Monsieur, Mme or Madame (or H / F); leave it empty if not known');
  }
  const categoryCell = raw('socioProfessionalCategory');
  const socioProfessionalCategory = categoryCell === '' ? null : socioProfessionalCategoryOf(categoryCell);
  if (categoryCell !== '' && socioProfessionalCategory === null) {
    fail(
      'socioProfessionalCategory',
      'a socio-professional category is ouvrier, employé, technicien / agent de maîtrise (ETAM) or cadre',
    );
  }

  const languages: string[] = [];
  const languageCell = raw('languages');
  for (const item of languageCell
    .split(/[,;/|]+/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const code = /^[a-z]{2}$/i.test(item) ? item.toLowerCase() : LANGUAGE_NAMES[plain(item)];
    if (!code || !/^[a-z]{2}$/.test(code)) {
      fail(
        'languages',
        `"${item}" is not a language we know: use ISO codes (fr, en, ar) separated by commas`,
      );
    } else if (!languages.includes(code)) {
      languages.push(code);
    }
  }

  const homeCommuneCode = raw('homeCommuneCode').toUpperCase() || null;
  if (homeCommuneCode !== null && !/^(\d{5}|2[AB]\d{3})$/.test(homeCommuneCode)) {
    fail('homeCommuneCode', 'an INSEE commune code has 5 characters, such as 69123 or 2A004');
  }
  const homePostcode = raw('homePostcode') || null;
  if (homePostcode !== null && !/^\d{5}$/.test(homePostcode)) {
    fail(
      'homePostcode',
      /^\d{4}$/.test(homePostcode)
        ? `a postcode has 5 digits; a spreadsheet may have dropped the leading zero (0${homePostcode}?)`
        : 'a postcode has 5 digits, such as 69003',
    );
  }

  if (errors.length > 0 || employeeNumber === null || email === null) return { ok: false, errors };
  return {
    ok: true,
    candidate: {
      rowNumber,
      employeeNumber,
      lastName,
      firstName,
      email,
      phone,
      site,
      service,
      formerJobTitle,
      formerOccupationCode,
      hireDate,
      seniorityYears,
      contractEndDate,
      languages: languages.length > 0 ? languages : ['fr'],
      homeCommuneCode,
      homePostcode,
      dateOfBirth,
      sex,
      socioProfessionalCategory,
    },
  };
}

/** A row with nothing in it is skipped, as spreadsheets leave them at the end. */
export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
