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
  /** The version it was completed for: a later version starts from it, and is validated once reviewed again. */
  reviewedVersion: Scalars['Int']['output'];
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
  /** The person's CV; null when none is started. The person and their coach only. */
  cv: Maybe<Cv>;
  _service: _Service;
};

export type QueryProfessionalProjectArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryCvArgs = {
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
  /** The first version of the person's CV (the person or their coach); CV_ALREADY_EXISTS once there is one. */
  createCv: Cv;
  /** Saves a new version (the earlier ones stay readable). */
  saveCvVersion: Cv;
  /** The coach comments on one line of a version. */
  commentCvLine: CvComment;
  /** The person (or their coach) marks a comment as dealt with. */
  resolveCvComment: CvComment;
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

export type MutationCreateCvArgs = {
  input: CvInput;
};

export type MutationSaveCvVersionArgs = {
  input: SaveCvVersionInput;
};

export type MutationCommentCvLineArgs = {
  input: CommentCvLineInput;
};

export type MutationResolveCvCommentArgs = {
  commentId: Scalars['ID']['input'];
};

/** A CV layout: three clean French layouts, the same in PDF and in Word. */
export type CvLayout = 'CLASSIQUE' | 'MODERNE' | 'SOBRE';

/** A language level: the CEFR's, or the mother tongue. */
export type CvLanguageLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'NATIVE';

/** Where a skill comes from: the ROME (matching), the skills inventory (assessment), or the person's own words. */
export type CvSkillSource = 'ROME' | 'ASSESSMENT' | 'OWN';

/** A section of the CV, in print order; a comment is anchored to one of its lines. */
export type CvSection =
  'IDENTITY' | 'HEADLINE' | 'EXPERIENCES' | 'SKILLS' | 'TRAININGS' | 'LANGUAGES' | 'INTERESTS';

export type CvIdentity = {
  fullName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  town: Maybe<Scalars['String']['output']>;
};

export type CvExperience = {
  employer: Scalars['String']['output'];
  jobTitle: Scalars['String']['output'];
  /** yyyy-mm */
  start: Scalars['String']['output'];
  /** yyyy-mm; null while the job goes on. */
  end: Maybe<Scalars['String']['output']>;
  lines: Array<Scalars['String']['output']>;
};

export type CvSkill = {
  label: Scalars['String']['output'];
  /** The ROME skill code, when the skill comes from the ROME. */
  code: Maybe<Scalars['String']['output']>;
  source: CvSkillSource;
};

export type CvTraining = {
  title: Scalars['String']['output'];
  institution: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

export type CvLanguage = {
  language: Scalars['String']['output'];
  level: CvLanguageLevel;
};

/** The coach's comment on one line of a version; the person sees it and can resolve it. */
export type CvComment = {
  id: Scalars['ID']['output'];
  section: CvSection;
  /** 0-based, in the section's print order: each experience is its heading line, then its description lines. */
  line: Scalars['Int']['output'];
  /** The line as it read when the comment was written. */
  quotedLine: Scalars['String']['output'];
  text: Scalars['String']['output'];
  authorCoachId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
};

/** An offer's skill, by ROME code and/or label. */
export type CvOfferSkill = {
  code: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
};

/** Which of an offer's skills the CV shows, and which it lacks. */
export type CvTailoring = {
  shown: Array<CvOfferSkill>;
  missing: Array<CvOfferSkill>;
  /** shown / the offer's skills, 0..1. */
  coverage: Scalars['Float']['output'];
};

export type CvOfferSkillInput = {
  /** A ROME skill code, when the offer gives one. */
  code?: InputMaybe<Scalars['String']['input']>;
  label: Scalars['String']['input'];
};

/** One saved version of a CV, kept as it was. */
export type CvVersion = {
  id: Scalars['ID']['output'];
  /** 1 for the first, one more for each save. */
  version: Scalars['Int']['output'];
  layout: CvLayout;
  identity: CvIdentity;
  headline: Scalars['String']['output'];
  experiences: Array<CvExperience>;
  skills: Array<CvSkill>;
  trainings: Array<CvTraining>;
  languages: Array<CvLanguage>;
  interests: Array<Scalars['String']['output']>;
  savedAt: Scalars['DateTime']['output'];
  /** The coach's comments on this version, oldest first. */
  comments: Array<CvComment>;
  /** Where to download it through the gateway (GET with the bearer token): /cvs/<id>.pdf */
  pdfPath: Scalars['String']['output'];
  /** /cvs/<id>.docx */
  docxPath: Scalars['String']['output'];
  /** Which of an offer's skills (from a lead or an application) this version shows, and which it lacks. */
  tailoring: CvTailoring;
};

/** One saved version of a CV, kept as it was. */
export type CvVersionTailoringArgs = {
  offerSkills: Array<CvOfferSkillInput>;
};

/** A person's CV: the person writes it, their coach comments on it. Seen by the person and their coach only. */
export type Cv = {
  id: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  /** The last version saved. */
  current: CvVersion;
  /** Every version, the first first. */
  versions: Array<CvVersion>;
};

export type CvIdentityInput = {
  fullName: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  town?: InputMaybe<Scalars['String']['input']>;
};

export type CvExperienceInput = {
  employer: Scalars['String']['input'];
  jobTitle: Scalars['String']['input'];
  /** yyyy-mm */
  start: Scalars['String']['input'];
  /** yyyy-mm, or null while the job goes on. */
  end?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CvSkillInput = {
  label: Scalars['String']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
  /** OWN when left out. */
  source?: InputMaybe<CvSkillSource>;
};

export type CvTrainingInput = {
  title: Scalars['String']['input'];
  institution?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CvLanguageInput = {
  language: Scalars['String']['input'];
  level: CvLanguageLevel;
};

/**
 * The whole CV as saved: what is sent is the new version. The first one (createCv) is usually the
 * prefill the console composed from one gateway query over Candidate (decision 0031).
 */
export type CvInput = {
  candidateId: Scalars['ID']['input'];
  layout: CvLayout;
  identity: CvIdentityInput;
  headline: Scalars['String']['input'];
  experiences?: InputMaybe<Array<CvExperienceInput>>;
  skills?: InputMaybe<Array<CvSkillInput>>;
  trainings?: InputMaybe<Array<CvTrainingInput>>;
  languages?: InputMaybe<Array<CvLanguageInput>>;
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SaveCvVersionInput = {
  cv: CvInput;
  /** The version the editor started from: refused (CV_VERSION_CHANGED) when another was saved since. */
  basedOnVersion: Scalars['Int']['input'];
};

export type CommentCvLineInput = {
  versionId: Scalars['ID']['input'];
  section: CvSection;
  line: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};
