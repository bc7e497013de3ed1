/**
 * What reporting may know of a person, and only as coarse categories: an age band (never the date
 * of birth), a sex (from the civilité, when the file gives one), a socio-professional category and
 * a seniority band. The band limits are the programme's terms; these are the defaults.
 */

/** The four socio-professional categories of French HR files (and of the DREETS report). */
export const SOCIO_PROFESSIONAL_CATEGORIES = [
  'ouvrier',
  'employe',
  'technicien_agent_de_maitrise',
  'cadre',
] as const;
export type SocioProfessionalCategory = (typeof SOCIO_PROFESSIONAL_CATEGORIES)[number];

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * Lower limits (in whole years) of every band but the first: [26, 45, 50, 55] makes "<26",
 * "26-44", "45-49", "50-54", "55+". 45 and 50 are where French employment law and PSE agreements
 * start their senior measures (longer congé de reclassement, senior hiring aids), 55 where
 * end-of-career arrangements begin (carry to retirement); 26 is the end of the youth schemes.
 */
export const DEFAULT_AGE_BAND_LIMITS: readonly number[] = [26, 45, 50, 55];
/** Years of seniority: [2, 5, 10, 20] makes "<2", "2-5", "5-10", "10-20", "20+" (lower limit included). */
export const DEFAULT_SENIORITY_BAND_LIMITS: readonly number[] = [2, 5, 10, 20];

/** A person is 16 to 80 on the day of the file: anything else is a typo in the date of birth. */
export const PLAUSIBLE_AGE = { min: 16, max: 80 } as const;

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Whole years from `from` to `on` (both yyyy-mm-dd), birthdays counted on the day. */
export function wholeYearsBetween(from: string, on: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  const years = oy - fy;
  return om < fm || (om === fm && od < fd) ? years - 1 : years;
}

/** Years (with fractions, to the day) from `from` to `on`, for seniority. */
export function yearsBetween(from: string, on: string): number {
  const whole = wholeYearsBetween(from, on);
  const anniversary = addYears(from, whole);
  const next = addYears(from, whole + 1);
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return whole + (day(on) - day(anniversary)) / (day(next) - day(anniversary));
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // 29 February in a year without one is 28 February (as French law counts ages).
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Band limits must be whole numbers, strictly increasing, above 0; null when they are fine, else
 * what is wrong.
 */
export function bandLimitsProblem(limits: readonly number[], max: number): string | null {
  if (limits.length === 0) return 'give at least one limit';
  if (limits.length > 10) return 'at most 10 limits (11 bands)';
  for (const [index, limit] of limits.entries()) {
    if (!Number.isInteger(limit) || limit <= 0 || limit > max) {
      return `${limit} is not a whole number of years between 1 and ${max}`;
    }
    const previous = limits[index - 1];
    if (previous !== undefined && limit <= previous) {
      return `the limits must increase (${previous} then ${limit})`;
    }
  }
  return null;
}

/** The age band of a whole age: "<26", "26-44", ..., "55+" with the default limits. */
export function ageBand(age: number, limits: readonly number[] = DEFAULT_AGE_BAND_LIMITS): string {
  const first = limits[0] ?? 0;
  if (age < first) return `<${first}`;
  for (let i = 1; i < limits.length; i++) {
    const upper = limits[i] as number;
    if (age < upper) return `${limits[i - 1]}-${upper - 1}`;
  }
  return `${limits[limits.length - 1]}+`;
}

/** The seniority band of a number of years: "<2", "2-5", ..., "20+" with the default limits. */
export function seniorityBand(
  years: number,
  limits: readonly number[] = DEFAULT_SENIORITY_BAND_LIMITS,
): string {
  const first = limits[0] ?? 0;
  if (years < first) return `<${first}`;
  for (let i = 1; i < limits.length; i++) {
    const upper = limits[i] as number;
    if (years < upper) return `${limits[i - 1]}-${upper}`;
  }
  return `${limits[limits.length - 1]}+`;
}

export type DateOfBirthCheck = { ok: true } | { ok: false; reason: string };

/** A date of birth (yyyy-mm-dd) on `today`: not in the future, and a working age (16 to 80). */
export function checkDateOfBirth(dateOfBirth: string, today: string): DateOfBirthCheck {
  if (dateOfBirth > today) return { ok: false, reason: 'the date of birth is in the future' };
  const age = wholeYearsBetween(dateOfBirth, today);
  if (age < PLAUSIBLE_AGE.min || age > PLAUSIBLE_AGE.max) {
    return {
      ok: false,
      reason: `a date of birth giving an age of ${age} is not plausible for an employee (${PLAUSIBLE_AGE.min} to ${PLAUSIBLE_AGE.max}): check the year`,
    };
  }
  return { ok: true };
}

const CIVILITES: Record<string, Sex> = {
  m: 'male',
  mr: 'male',
  monsieur: 'male',
  h: 'male',
  homme: 'male',
  male: 'male',
  man: 'male',
  mme: 'female',
  madame: 'female',
  mlle: 'female',
  mademoiselle: 'female',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  f: 'female',
  femme: 'female',
  female: 'female',
  woman: 'female',
};

/** The sex a civilité (or sex column) gives: M., Monsieur, Mme, Madame, H/F ...; null if unknown. */
export function sexOfCivilite(text: string): Sex | null {
  return CIVILITES[plain(text)] ?? null;
}

const CATEGORY_WORDS: Record<string, SocioProfessionalCategory> = {
  ouvrier: 'ouvrier',
  ouvriere: 'ouvrier',
  ouvriers: 'ouvrier',
  o: 'ouvrier',
  ow: 'ouvrier',
  worker: 'ouvrier',
  'blue collar': 'ouvrier',
  employe: 'employe',
  employee: 'employe',
  employes: 'employe',
  e: 'employe',
  emp: 'employe',
  'white collar': 'employe',
  technicien: 'technicien_agent_de_maitrise',
  technicienne: 'technicien_agent_de_maitrise',
  'agent de maitrise': 'technicien_agent_de_maitrise',
  'technicien agent de maitrise': 'technicien_agent_de_maitrise',
  'technicien et agent de maitrise': 'technicien_agent_de_maitrise',
  'techniciens et agents de maitrise': 'technicien_agent_de_maitrise',
  'technicien ou agent de maitrise': 'technicien_agent_de_maitrise',
  tam: 'technicien_agent_de_maitrise',
  etam: 'technicien_agent_de_maitrise',
  am: 'technicien_agent_de_maitrise',
  maitrise: 'technicien_agent_de_maitrise',
  technician: 'technicien_agent_de_maitrise',
  supervisor: 'technicien_agent_de_maitrise',
  cadre: 'cadre',
  cadres: 'cadre',
  c: 'cadre',
  ic: 'cadre',
  'ingenieur et cadre': 'cadre',
  'ingenieurs et cadres': 'cadre',
  ingenieur: 'cadre',
  manager: 'cadre',
  executive: 'cadre',
};

/**
 * The category an HR file's cell names, in the words French files use ("Ouvrier", "Employée",
 * "ETAM", "Agent de maîtrise", "Cadre", "IC", ...); null when it names none of the four.
 */
export function socioProfessionalCategoryOf(text: string): SocioProfessionalCategory | null {
  return CATEGORY_WORDS[plain(text)] ?? null;
}

/** The coarse categories reporting receives about a person (nothing else of their record). */
export interface DemographicCategories {
  ageBand: string | null;
  sex: Sex | null;
  socioProfessionalCategory: SocioProfessionalCategory | null;
  seniorityBand: string | null;
}

export interface ProgrammeBands {
  ageBandLimits: readonly number[];
  seniorityBandLimits: readonly number[];
}

/**
 * A person's categories on `on` (yyyy-mm-dd: their enrolment day): age from the date of birth;
 * seniority from the hire date to the end of the contract (or `on` when it has not ended yet or
 * is not known), else the file's number of years.
 */
export function demographicCategories(
  person: {
    dateOfBirth: string | null;
    sex: Sex | null;
    socioProfessionalCategory: SocioProfessionalCategory | null;
    hireDate: string | null;
    seniorityYears: number | null;
    contractEndDate: string | null;
  },
  on: string,
  bands: ProgrammeBands,
): DemographicCategories {
  let seniority: number | null = person.seniorityYears;
  if (person.hireDate && person.hireDate <= on) {
    const until = person.contractEndDate && person.contractEndDate < on ? person.contractEndDate : on;
    seniority = until >= person.hireDate ? yearsBetween(person.hireDate, until) : null;
  }
  return {
    ageBand:
      person.dateOfBirth && person.dateOfBirth <= on
        ? ageBand(wholeYearsBetween(person.dateOfBirth, on), bands.ageBandLimits)
        : null,
    sex: person.sex,
    socioProfessionalCategory: person.socioProfessionalCategory,
    seniorityBand: seniority === null ? null : seniorityBand(seniority, bands.seniorityBandLimits),
  };
}

/** Every label the limits make, youngest first ("<26", "26-44", ..., "55+"). */
export const ageBandLabels = (limits: readonly number[]): string[] => [
  ageBand(0, limits),
  ...limits.map((limit) => ageBand(limit, limits)),
];

/** Every label the limits make, shortest first ("<2", "2-5", ..., "20+"). */
export const seniorityBandLabels = (limits: readonly number[]): string[] => [
  seniorityBand(0, limits),
  ...limits.map((limit) => seniorityBand(limit, limits)),
];
