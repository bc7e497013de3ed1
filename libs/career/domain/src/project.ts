import type { ProjectVerdict } from '@passerelle/shared/contracts';

// The professional project ("projet professionnel", issue 18 item 1): what the person aims at,
// where and on what terms, and the feasibility review the coach completes with them. The person
// drafts; the coach reviews and validates; every validated version is kept.

export type { ProjectVerdict };

/** A field and what is wrong with it, for an error that names the field. */
export interface FieldProblem {
  field: string;
  message: string;
}

export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'temporary',
  'apprenticeship',
  'self_employed',
  'seasonal',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const WORKING_HOURS = ['full_time', 'part_time', 'either'] as const;
export type WorkingHours = (typeof WORKING_HOURS)[number];

export const DISTANCE_UNITS = ['km', 'minutes'] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

/** Where a target came from: matching's suggestions to the person, or typed. */
export const TARGET_SOURCES = ['suggestion', 'typed'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

export const MAX_TARGETS = 5;
export const MAX_DISTANCE: Record<DistanceUnit, number> = { km: 300, minutes: 180 };
export const TEXT_MAX = 4000;

export interface ProjectTarget {
  /** A ROME code (matching owns the reference; decision 0030). */
  occupationCode: string;
  /** The occupation's label as the person saw it (from matching's reference or suggestion). */
  label: string;
  source: TargetSource;
}

export interface ProjectArea {
  /** The commune or employment zone, as written. */
  place: string;
  /** Its INSEE code (commune or zone), when known. */
  placeCode: string | null;
  /** How far the person would travel, in `unit`. */
  distance: number;
  unit: DistanceUnit;
}

export interface ProjectConditions {
  contractTypes: ContractType[];
  hours: WorkingHours;
  /** Gross yearly pay hoped for, in euros. */
  payMin: number | null;
  payMax: number | null;
  notes: string | null;
}

/** What the person (or their coach with them) writes. */
export interface ProjectDraft {
  targets: ProjectTarget[];
  area: ProjectArea | null;
  conditions: ProjectConditions | null;
}

/**
 * What matching's labour data said for one target in the person's employment zone, as the coach saw
 * it: the recruitment projects of the BMO occupations behind the ROME code, how many employers
 * expect to be hard to fill, how many are seasonal.
 */
export interface TargetDemandFigures {
  occupationCode: string;
  projects: number;
  hardToFill: number;
  seasonal: number;
}

/**
 * The labour data the coach looked at when saving the review, kept with it (the console sends the
 * figures it showed; career checks them and keeps them as the review's evidence).
 */
export interface LocalDemandFigures {
  /** The INSEE employment zone (zones d'emploi 2020): four digits, or five overseas. */
  zoneCode: string;
  zoneLabel: string;
  /** The year of France Travail's BMO survey the figures come from. */
  sourceYear: number;
  targets: TargetDemandFigures[];
}

/** The coach's review, completed with the person. */
export interface FeasibilityReviewInput {
  /** Local demand for the targets, in the coach's words (beside the figures they saw). */
  localDemand: string | null;
  /** Matching's labour data for the targets as the coach saw it; null when none was shown. */
  localDemandFigures: LocalDemandFigures | null;
  skillsHeld: string[];
  skillsMissing: string[];
  trainingNeeded: boolean;
  /** Which training, when some is needed. */
  training: string | null;
  constraints: string | null;
  verdict: ProjectVerdict | null;
  reasoning: string | null;
}

export interface FeasibilityReview extends FeasibilityReviewInput {
  /** The version it was completed for: a later version starts from it but needs its own. */
  reviewedVersion: number;
  reviewedByCoachId: string;
  reviewedAt: Date;
}

export type VersionStatus = 'draft' | 'validated';

export interface ProjectVersionState extends ProjectDraft {
  version: number;
  status: VersionStatus;
  review: FeasibilityReview | null;
  validatedAt: Date | null;
  validatedByCoachId: string | null;
  updatedAt: Date;
}

/** What is wrong with a draft (none: it may be saved). A draft may have no target yet. */
export function draftProblems(draft: ProjectDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.targets.length > MAX_TARGETS)
    problems.push({ field: 'targets', message: `at most ${MAX_TARGETS} target occupations` });
  const seen = new Set<string>();
  draft.targets.forEach((target, i) => {
    if (seen.has(target.occupationCode))
      problems.push({
        field: `targets.${i}.occupationCode`,
        message: `${target.occupationCode} is already a target`,
      });
    seen.add(target.occupationCode);
  });
  if (draft.area) {
    const max = MAX_DISTANCE[draft.area.unit];
    if (draft.area.distance < 0 || draft.area.distance > max)
      problems.push({ field: 'area.distance', message: `between 0 and ${max} ${draft.area.unit}` });
  }
  const conditions = draft.conditions;
  if (conditions) {
    if (new Set(conditions.contractTypes).size !== conditions.contractTypes.length)
      problems.push({ field: 'conditions.contractTypes', message: 'each contract type once' });
    if (conditions.payMin !== null && conditions.payMax !== null && conditions.payMin > conditions.payMax)
      problems.push({ field: 'conditions.payMax', message: 'the most hoped for is below the least' });
  }
  return problems;
}

/** What is wrong with a review (none: it may be recorded). */
export function reviewProblems(review: FeasibilityReviewInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (review.verdict === 'feasible_with_training' && !review.trainingNeeded)
    problems.push({ field: 'trainingNeeded', message: 'a project feasible with training needs training' });
  if (review.verdict === 'feasible' && review.trainingNeeded)
    problems.push({ field: 'verdict', message: 'a project that needs training is feasible_with_training' });
  if (review.trainingNeeded && !review.training)
    problems.push({ field: 'training', message: 'say which training is needed' });
  if (review.verdict !== null && !review.reasoning)
    problems.push({ field: 'reasoning', message: 'a verdict comes with its reasoning' });
  return problems;
}

/** The first BMO survey the figures may come from (France Travail's, published since 2002). */
export const FIRST_BMO_YEAR = 2002;

/**
 * What is wrong with the labour figures sent with a review (none: they may be kept): the zone's
 * code and label, the survey's year (not after the year of `now`), each target once and one of
 * the version's `targets`, counts that are whole numbers, hard-to-fill and seasonal projects not
 * more than the projects.
 */
export function demandFiguresProblems(
  figures: LocalDemandFigures,
  targets: readonly ProjectTarget[],
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = 'localDemandFigures';
  if (!/^\d{4,5}$/.test(figures.zoneCode))
    problems.push({
      field: `${at}.zoneCode`,
      message: 'an INSEE employment zone code (four digits, such as 8421)',
    });
  if (!figures.zoneLabel.trim() || figures.zoneLabel.length > 200)
    problems.push({ field: `${at}.zoneLabel`, message: 'the zone’s name, at most 200 characters' });
  const lastYear = now.getUTCFullYear();
  if (
    !Number.isInteger(figures.sourceYear) ||
    figures.sourceYear < FIRST_BMO_YEAR ||
    figures.sourceYear > lastYear
  )
    problems.push({
      field: `${at}.sourceYear`,
      message: `a survey year from ${FIRST_BMO_YEAR} to ${lastYear}`,
    });
  const aimed = new Set(targets.map((t) => t.occupationCode));
  const seen = new Set<string>();
  figures.targets.forEach((row, i) => {
    const field = `${at}.targets.${i}`;
    if (!aimed.has(row.occupationCode))
      problems.push({
        field: `${field}.occupationCode`,
        message: `${row.occupationCode} is not a target of the project`,
      });
    else if (seen.has(row.occupationCode))
      problems.push({
        field: `${field}.occupationCode`,
        message: `${row.occupationCode} has its figures already`,
      });
    seen.add(row.occupationCode);
    const count = (value: number) => Number.isInteger(value) && value >= 0;
    if (!count(row.projects))
      problems.push({
        field: `${field}.projects`,
        message: 'a whole number of recruitment projects, 0 or more',
      });
    if (!count(row.hardToFill) || (count(row.projects) && row.hardToFill > row.projects))
      problems.push({ field: `${field}.hardToFill`, message: 'a whole number, not more than the projects' });
    if (!count(row.seasonal) || (count(row.projects) && row.seasonal > row.projects))
      problems.push({ field: `${field}.seasonal`, message: 'a whole number, not more than the projects' });
  });
  return problems;
}

/** A part of the projects as a share from 0 to 1 (0 when there are none). */
export function shareOf(part: number, projects: number): number {
  return projects > 0 ? part / projects : 0;
}

/** Why a version cannot be validated. */
export type ValidationRefusal =
  'PROJECT_ALREADY_VALIDATED' | 'PROJECT_NO_TARGET' | 'PROJECT_NOT_REVIEWED' | 'PROJECT_VERSION_CHANGED';

/**
 * Whether the coach may validate `version` of the project whose current version is `current`: the
 * draft the caller saw (not an older or newer one), with at least one target and a review with a
 * verdict completed for this version (a new version starts from the previous review, which the
 * coach confirms or changes). Null: it may.
 */
export function validationRefusal(current: ProjectVersionState, version: number): ValidationRefusal | null {
  if (current.version !== version) return 'PROJECT_VERSION_CHANGED';
  if (current.status === 'validated') return 'PROJECT_ALREADY_VALIDATED';
  if (current.targets.length === 0) return 'PROJECT_NO_TARGET';
  const review = current.review;
  if (!review?.verdict || review.reviewedVersion !== current.version || reviewProblems(review).length > 0)
    return 'PROJECT_NOT_REVIEWED';
  return null;
}

/**
 * The version an edit goes into: the open draft itself, or, once the current version is validated,
 * a new draft (the next number) starting from it, review included, so the validated one is kept
 * as it was.
 */
export function versionToEdit(current: ProjectVersionState | null, now: Date): ProjectVersionState {
  if (!current)
    return {
      version: 1,
      status: 'draft',
      targets: [],
      area: null,
      conditions: null,
      review: null,
      validatedAt: null,
      validatedByCoachId: null,
      updatedAt: now,
    };
  if (current.status === 'draft') return current;
  return {
    ...current,
    version: current.version + 1,
    status: 'draft',
    validatedAt: null,
    validatedByCoachId: null,
    updatedAt: now,
  };
}

/** The version validated: its status, when and by whom. */
export function validated(current: ProjectVersionState, coachId: string, now: Date): ProjectVersionState {
  return { ...current, status: 'validated', validatedAt: now, validatedByCoachId: coachId, updatedAt: now };
}

/** What a validation announces: the first validated version, or a change from the previous one. */
export function validationAnnouncement(
  previousValidated: number | null,
): { type: 'ProjectValidated.v1' } | { type: 'ProjectChanged.v1'; previousVersion: number } {
  return previousValidated === null
    ? { type: 'ProjectValidated.v1' }
    : { type: 'ProjectChanged.v1', previousVersion: previousValidated };
}
