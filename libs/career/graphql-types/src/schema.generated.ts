// Generated from the career subgraph's SDL by `npm run graphql-types`; do not edit.
// A schema change the code does not follow fails `npm run typecheck`.
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  DateTime: { input: string; output: Date | string };
  link__Import: { input: string; output: string };
  federation__FieldSet: { input: string; output: string };
  federation__Scope: { input: unknown; output: unknown };
  federation__Policy: { input: unknown; output: unknown };
};

/** The coach's verdict on a project's feasibility. */
export type ProjectVerdict = 'TO_EXPLORE' | 'FEASIBLE' | 'FEASIBLE_WITH_TRAINING' | 'NOT_FEASIBLE_NOW';

/** A version being worked on (DRAFT) or validated by the coach (kept as it was). */
export type ProjectVersionStatus = 'DRAFT' | 'VALIDATED';

/** Where a target occupation came from: matching's suggestions to the person, or typed. */
export type ProjectTargetSource = 'SUGGESTION' | 'TYPED';

export type ProjectContractType =
  'PERMANENT' | 'FIXED_TERM' | 'TEMPORARY' | 'APPRENTICESHIP' | 'SELF_EMPLOYED' | 'SEASONAL';

export type ProjectWorkingHours = 'FULL_TIME' | 'PART_TIME' | 'EITHER';

/** How mobility is measured: a distance, or a travel time. */
export type ProjectDistanceUnit = 'KM' | 'MINUTES';

/** An occupation aimed at: a ROME code and its label as the person saw it. */
export type ProjectTarget = {
  occupationCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  source: ProjectTargetSource;
};

/** Where the person looks, and how far they would travel. */
export type ProjectArea = {
  /** The commune or employment zone, as written. */
  place: Scalars['String']['output'];
  /** Its INSEE code, when known. */
  placeCode: Maybe<Scalars['String']['output']>;
  distance: Scalars['Int']['output'];
  unit: ProjectDistanceUnit;
};

/** The terms the person hopes for. */
export type ProjectConditions = {
  contractTypes: Array<ProjectContractType>;
  hours: ProjectWorkingHours;
  /** Gross yearly pay hoped for, in euros. */
  payMin: Maybe<Scalars['Int']['output']>;
  payMax: Maybe<Scalars['Int']['output']>;
  notes: Maybe<Scalars['String']['output']>;
};

/** The feasibility review the coach completes with the person. */
export type FeasibilityReview = {
  /** Local demand for the targets (from matching's labour data, in the coach's words). */
  localDemand: Maybe<Scalars['String']['output']>;
  skillsHeld: Array<Scalars['String']['output']>;
  skillsMissing: Array<Scalars['String']['output']>;
  trainingNeeded: Scalars['Boolean']['output'];
  /** Which training, when some is needed. */
  training: Maybe<Scalars['String']['output']>;
  constraints: Maybe<Scalars['String']['output']>;
  /** Null while the review is in progress. */
  verdict: Maybe<ProjectVerdict>;
  reasoning: Maybe<Scalars['String']['output']>;
  reviewedByCoachId: Scalars['ID']['output'];
  reviewedAt: Scalars['DateTime']['output'];
};

/** One version of the project: a draft, or a validated version kept as it was. */
export type ProjectVersion = {
  /** 1 for the first, then one more for each edit after a validation. */
  version: Scalars['Int']['output'];
  status: ProjectVersionStatus;
  targets: Array<ProjectTarget>;
  area: Maybe<ProjectArea>;
  conditions: Maybe<ProjectConditions>;
  review: Maybe<FeasibilityReview>;
  updatedAt: Scalars['DateTime']['output'];
  validatedAt: Maybe<Scalars['DateTime']['output']>;
  validatedByCoachId: Maybe<Scalars['ID']['output']>;
};

/**
 * A person's professional project ("projet professionnel"): what they aim at, where and on what
 * terms, and the feasibility review. Seen by the person and their coach only.
 */
export type ProfessionalProject = {
  id: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  /** The version being worked on, or the last validated one when no draft is open. */
  current: ProjectVersion;
  /** The last validated version; null before the first validation. */
  validated: Maybe<ProjectVersion>;
  /** Every version, the first first: the validated ones are the project's history. */
  versions: Array<ProjectVersion>;
};

export type ProjectTargetInput = {
  /** A ROME code (M1805); spaces and case do not matter. */
  occupationCode: Scalars['String']['input'];
  /** The occupation's label, as matching gave it. */
  label: Scalars['String']['input'];
  source: ProjectTargetSource;
};

export type ProjectAreaInput = {
  place: Scalars['String']['input'];
  placeCode?: InputMaybe<Scalars['String']['input']>;
  distance: Scalars['Int']['input'];
  unit: ProjectDistanceUnit;
};

export type ProjectConditionsInput = {
  contractTypes: Array<ProjectContractType>;
  hours: ProjectWorkingHours;
  payMin?: InputMaybe<Scalars['Int']['input']>;
  payMax?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** The whole draft as the person (or their coach with them) writes it: what is sent replaces the draft's. */
export type SaveProjectDraftInput = {
  candidateId: Scalars['ID']['input'];
  targets: Array<ProjectTargetInput>;
  area?: InputMaybe<ProjectAreaInput>;
  conditions?: InputMaybe<ProjectConditionsInput>;
};

export type ReviewProjectFeasibilityInput = {
  candidateId: Scalars['ID']['input'];
  localDemand?: InputMaybe<Scalars['String']['input']>;
  skillsHeld?: InputMaybe<Array<Scalars['String']['input']>>;
  skillsMissing?: InputMaybe<Array<Scalars['String']['input']>>;
  trainingNeeded: Scalars['Boolean']['input'];
  training?: InputMaybe<Scalars['String']['input']>;
  constraints?: InputMaybe<Scalars['String']['input']>;
  verdict?: InputMaybe<ProjectVerdict>;
  reasoning?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  /** The person's project; null when none is started. The person and their coach only. */
  professionalProject: Maybe<ProfessionalProject>;
  _service: _Service;
};

export type QueryProfessionalProjectArgs = {
  candidateId: Scalars['ID']['input'];
};

export type Mutation = {
  /**
   * Saves the draft (the person or their coach): the open draft, or a new version once the current
   * one is validated.
   */
  saveProjectDraft: ProfessionalProject;
  /** The coach records the feasibility review of the current draft, with the person. */
  reviewProjectFeasibility: ProfessionalProject;
  /** The coach validates the draft they reviewed (`version`, the one they saw): announced to pathway and matching. */
  validateProfessionalProject: ProfessionalProject;
};

export type MutationSaveProjectDraftArgs = {
  input: SaveProjectDraftInput;
};

export type MutationReviewProjectFeasibilityArgs = {
  input: ReviewProjectFeasibilityInput;
};

export type MutationValidateProfessionalProjectArgs = {
  candidateId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};
