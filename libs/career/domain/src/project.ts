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

/** The coach's review, completed with the person. */
export interface FeasibilityReviewInput {
  /** Local demand for the targets (from matching's labour data, in the coach's words). */
  localDemand: string | null;
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
