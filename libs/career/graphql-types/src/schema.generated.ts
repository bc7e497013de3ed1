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
  _Any: { input: unknown; output: unknown };
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

/**
 * What matching's labour data said for one target in the person's employment zone when the coach
 * saved the review: the recruitment projects of the BMO occupations behind the ROME code.
 */
export type TargetDemandFigures = {
  occupationCode: Scalars['String']['output'];
  projects: Scalars['Int']['output'];
  /** Projects employers expect to be hard to fill. */
  hardToFill: Scalars['Int']['output'];
  /** hardToFill / projects, 0..1 (0 when there are no projects). */
  hardToFillShare: Scalars['Float']['output'];
  /** Seasonal projects. */
  seasonal: Scalars['Int']['output'];
  /** seasonal / projects, 0..1 (0 when there are no projects). */
  seasonalShare: Scalars['Float']['output'];
};

/**
 * Matching's labour data as the coach saw it for the review (France Travail's BMO survey brought to
 * the INSEE employment zone): sent by the console with the review, checked by career, kept with it.
 */
export type LocalDemandFigures = {
  /** The INSEE employment zone (zones d'emploi 2020). */
  zoneCode: Scalars['String']['output'];
  zoneLabel: Scalars['String']['output'];
  /** The BMO survey's year. */
  sourceYear: Scalars['Int']['output'];
  /** One row per target the survey has figures for. */
  targets: Array<TargetDemandFigures>;
};

/** The feasibility review the coach completes with the person. */
export type FeasibilityReview = {
  /** Local demand for the targets, in the coach's words. */
  localDemand: Maybe<Scalars['String']['output']>;
  /** The labour figures the coach saw when saving the review; null when none were shown. */
  localDemandFigures: Maybe<LocalDemandFigures>;
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

/** One target's figures as the console showed them (from matching's labourMarket). */
export type TargetDemandFiguresInput = {
  /** A target of the version reviewed. */
  occupationCode: Scalars['String']['input'];
  projects: Scalars['Int']['input'];
  hardToFill: Scalars['Int']['input'];
  seasonal: Scalars['Int']['input'];
};

/** The labour figures the console showed the coach: matching's labourMarket for the person's zone. */
export type LocalDemandFiguresInput = {
  zoneCode: Scalars['String']['input'];
  zoneLabel: Scalars['String']['input'];
  sourceYear: Scalars['Int']['input'];
  targets: Array<TargetDemandFiguresInput>;
};

export type ReviewProjectFeasibilityInput = {
  candidateId: Scalars['ID']['input'];
  localDemand?: InputMaybe<Scalars['String']['input']>;
  localDemandFigures?: InputMaybe<LocalDemandFiguresInput>;
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
  /** A person's applications, the last sent first; only those in `statuses` when given. The person and their coach only. */
  jobApplications: Array<JobApplication>;
  jobApplication: JobApplication;
  /** The person's CV; null when none is started. The person and their coach only. */
  cv: Maybe<Cv>;
  /** How to answer (STAR guidance), the review rubric, the bank's version and licence. */
  interviewPracticeGuide: InterviewPracticeGuide;
  /** A person's practice sessions, the latest first: the person's own, or their coach's caseload. */
  interviewPracticeSessions: Array<InterviewPracticeSession>;
  /** One practice session (FORBIDDEN when it is not the caller's to see, as for one that does not exist). */
  interviewPracticeSession: InterviewPracticeSession;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryProfessionalProjectArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryJobApplicationsArgs = {
  candidateId: Scalars['ID']['input'];
  statuses: InputMaybe<Array<ApplicationStatus>>;
};

export type QueryJobApplicationArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCvArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryInterviewPracticeSessionsArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryInterviewPracticeSessionArgs = {
  id: Scalars['ID']['input'];
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
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
  /** The person, or their coach, records an application sent. */
  recordJobApplication: JobApplication;
  /** A new status, on the day it took effect (the history keeps every one). */
  changeJobApplicationStatus: JobApplication;
  editJobApplication: JobApplication;
  /** The coach logged the answered offer in intake's OVE register: the flag clears. */
  markOveLogged: JobApplication;
  /** The first version of the person's CV (the person or their coach); CV_ALREADY_EXISTS once there is one. */
  createCv: Cv;
  /** Saves a new version (the earlier ones stay readable). */
  saveCvVersion: Cv;
  /** The coach comments on one line of a version. */
  commentCvLine: CvComment;
  /** The person (or their coach) marks a comment as dealt with. */
  resolveCvComment: CvComment;
  /** The person, or their coach, starts a practice session: questions drawn from the bank. */
  startInterviewPractice: InterviewPracticeSession;
  /** The person saves a draft answer to a question of their session. */
  savePracticeAnswer: PracticeAnswer;
  /** The person submits their answer (all four parts filled); it is then no longer edited. */
  submitPracticeAnswer: PracticeAnswer;
  /** The person's coach reviews a submitted answer: four scores and a comment the person reads. */
  reviewPracticeAnswer: PracticeAnswer;
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

export type MutationRecordJobApplicationArgs = {
  input: RecordJobApplicationInput;
};

export type MutationChangeJobApplicationStatusArgs = {
  input: ChangeJobApplicationStatusInput;
};

export type MutationEditJobApplicationArgs = {
  input: EditJobApplicationInput;
};

export type MutationMarkOveLoggedArgs = {
  applicationId: Scalars['ID']['input'];
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

export type MutationStartInterviewPracticeArgs = {
  input: StartInterviewPracticeInput;
};

export type MutationSavePracticeAnswerArgs = {
  input: PracticeAnswerInput;
};

export type MutationSubmitPracticeAnswerArgs = {
  input: PracticeAnswerInput;
};

export type MutationReviewPracticeAnswerArgs = {
  input: ReviewPracticeAnswerInput;
};

/** How an application went out. */
export type ApplicationChannel =
  | 'JOB_BOARD'
  | 'COMPANY_WEBSITE'
  | 'EMAIL'
  | 'IN_PERSON'
  | 'NETWORK'
  | 'RECRUITMENT_AGENCY'
  | 'FRANCE_TRAVAIL'
  | 'SPONTANEOUS'
  | 'OTHER';

/**
 * Where an application stands. It starts SENT; REFUSED after OFFER is the person turning the offer
 * down; REFUSED, ACCEPTED and WITHDRAWN close it.
 */
export type ApplicationStatus =
  'SENT' | 'INTERVIEW' | 'OFFER' | 'REFUSED' | 'NO_ANSWER' | 'ACCEPTED' | 'WITHDRAWN';

/** The person's answer to an offer. */
export type ApplicationOfferDecision = 'ACCEPTED' | 'REFUSED';

/** One status of an application and the day it took effect. */
export type ApplicationStatusStep = {
  status: ApplicationStatus;
  /** yyyy-mm-dd */
  changedOn: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

/**
 * An answered offer that may be a valid job offer (OVE) under the programme's terms: the coach logs
 * it in intake's OVE register (logValidJobOffer, then decideValidJobOffer), then marks it logged here.
 * The employer, title and occupation are the application's.
 */
export type OveToLog = {
  /** yyyy-mm-dd: the day the offer was made (logValidJobOffer's offeredOn). */
  offeredOn: Scalars['String']['output'];
  decision: ApplicationOfferDecision;
  /** yyyy-mm-dd: the day the person answered. */
  decidedOn: Scalars['String']['output'];
  /** When the coach marked it logged; null while it waits. */
  loggedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A job application the person (or their coach) recorded. The person and their coach only. */
export type JobApplication = {
  id: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  company: Scalars['String']['output'];
  jobTitle: Scalars['String']['output'];
  /** Matching's offer (a lead or a suggestion) it answers; null for an offer found elsewhere. */
  offerId: Maybe<Scalars['ID']['output']>;
  /** ROME code of the job, e.g. N1103. */
  occupationCode: Maybe<Scalars['String']['output']>;
  channel: ApplicationChannel;
  /** yyyy-mm-dd */
  sentOn: Scalars['String']['output'];
  status: ApplicationStatus;
  /** yyyy-mm-dd: the day the current status took effect. */
  statusChangedOn: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Days without an answer before the person is reminded to follow it up (1 to 60). */
  followUpDays: Scalars['Int']['output'];
  /** yyyy-mm-dd: when the reminder is due; null once an answer came. */
  followUpDueOn: Maybe<Scalars['String']['output']>;
  /** Every status, the first first. */
  history: Array<ApplicationStatusStep>;
  /** An answered offer to log as an OVE (flagged until the coach marks it logged); null otherwise. */
  oveToLog: Maybe<OveToLog>;
  recordedAt: Scalars['DateTime']['output'];
};

/** A person's applications counted by what each went through. */
export type JobApplicationCounts = {
  /** Every application recorded. */
  sent: Scalars['Int']['output'];
  /** Applications that reached an interview. */
  interviews: Scalars['Int']['output'];
  /** Applications that reached an offer. */
  offers: Scalars['Int']['output'];
};

export type Candidate = {
  id: Scalars['ID']['output'];
  /** Counts of the person's applications, for their coach's view of the file. The person and their coach only. */
  jobApplicationCounts: JobApplicationCounts;
  /** Answered offers waiting to be logged as OVE in intake, the oldest answer first. The coach only. */
  ovesToLog: Array<JobApplication>;
};

export type RecordJobApplicationInput = {
  candidateId: Scalars['ID']['input'];
  company: Scalars['String']['input'];
  jobTitle: Scalars['String']['input'];
  /** yyyy-mm-dd, not after today. */
  sentOn: Scalars['String']['input'];
  channel: ApplicationChannel;
  /** Matching's offer id, when the application answers one of its leads or suggestions. */
  offerId?: InputMaybe<Scalars['ID']['input']>;
  /** A ROME code (N1103); case and spaces do not matter. */
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  /** At most 4000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 60 days; 10 when not given. */
  followUpDays?: InputMaybe<Scalars['Int']['input']>;
};

export type ChangeJobApplicationStatusInput = {
  applicationId: Scalars['ID']['input'];
  status: ApplicationStatus;
  /** yyyy-mm-dd: not after today, not before the last change. */
  changedOn: Scalars['String']['input'];
};

/** What may be edited after recording: the notes and the follow-up delay (both replaced as sent). */
export type EditJobApplicationInput = {
  applicationId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 60 days; 10 when not given. */
  followUpDays?: InputMaybe<Scalars['Int']['input']>;
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

/** A question of the interview practice bank (written by the project, CC BY 4.0). */
export type InterviewQuestion = {
  /** Stable: an answer keeps the id of the question it answers. */
  id: Scalars['ID']['output'];
  kind: InterviewQuestionKind;
  /** A general question's topic: transition, motivation, strengths, availability or pay; null otherwise. */
  topic: Maybe<Scalars['String']['output']>;
  /** An occupation question's ROME grand domain (A to N); null otherwise. */
  grandDomain: Maybe<Scalars['String']['output']>;
  /** The wording in French. */
  textFr: Scalars['String']['output'];
  /** The wording in English. */
  textEn: Scalars['String']['output'];
};

export type InterviewQuestionKind = 'GENERAL' | 'BEHAVIOURAL' | 'OCCUPATION';

/** The four parts of a STAR answer. */
export type StarPart = 'SITUATION' | 'TASK' | 'ACTION' | 'RESULT';

export type PracticeAnswerStatus =
  /** Saved, still being written. */
  | 'DRAFT'
  /** Sent to the coach: no longer edited. */
  | 'SUBMITTED'
  /** The coach reviewed it. */
  | 'REVIEWED';

/** What a STAR part asks for, shown beside its field. */
export type StarGuidance = {
  part: StarPart;
  fr: Scalars['String']['output'];
  en: Scalars['String']['output'];
  /** Fewer words than this is noted as short (not refused). */
  minWords: Scalars['Int']['output'];
  /** Longest part, in characters. */
  maxCharacters: Scalars['Int']['output'];
};

/** A criterion of the coach's review, scored from 1 (not yet) to 4 (convincing). */
export type PracticeRubricCriterion = {
  /** structure, concreteness, result or clarity. */
  criterion: Scalars['String']['output'];
  fr: Scalars['String']['output'];
  en: Scalars['String']['output'];
};

/** How to answer and how answers are reviewed, and the bank's version and licence. */
export type InterviewPracticeGuide = {
  star: Array<StarGuidance>;
  rubric: Array<PracticeRubricCriterion>;
  bankVersion: Scalars['String']['output'];
  bankLicence: Scalars['String']['output'];
};

/** The simple checks of an answer against STAR: what is missing, what is short. */
export type StarCheck = {
  /** Empty parts: an answer is submitted only with none. */
  missingParts: Array<StarPart>;
  /** Parts under their minimum number of words. */
  shortParts: Array<StarPart>;
  /** The result has no figure (a measured result convinces more). */
  resultWithoutFigure: Scalars['Boolean']['output'];
};

/** The coach's review of a submitted answer. */
export type PracticeReview = {
  structure: Scalars['Int']['output'];
  concreteness: Scalars['Int']['output'];
  result: Scalars['Int']['output'];
  clarity: Scalars['Int']['output'];
  /** The four scores added up, 4 to 16. */
  total: Scalars['Int']['output'];
  comment: Maybe<Scalars['String']['output']>;
  reviewedByCoachId: Scalars['ID']['output'];
  reviewedAt: Scalars['DateTime']['output'];
};

/** The person's written answer to a question, in the four STAR parts. */
export type PracticeAnswer = {
  id: Scalars['ID']['output'];
  sessionId: Scalars['ID']['output'];
  questionId: Scalars['ID']['output'];
  status: PracticeAnswerStatus;
  situation: Scalars['String']['output'];
  task: Scalars['String']['output'];
  action: Scalars['String']['output'];
  result: Scalars['String']['output'];
  check: StarCheck;
  savedAt: Scalars['DateTime']['output'];
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null until the coach reviews it. */
  review: Maybe<PracticeReview>;
};

/** A question of a practice session, in the order asked. */
export type PracticeSessionQuestion = {
  position: Scalars['Int']['output'];
  question: InterviewQuestion;
  /** Why it was chosen: general, occupation (the target's family) or behavioural. */
  reason: Scalars['String']['output'];
  /** The offer's skills that put it first in its group. */
  matchedSkills: Array<Scalars['String']['output']>;
  /** The person's answer; null before they save one. */
  answer: Maybe<PracticeAnswer>;
};

/** An interview practice session: questions drawn for the person, generally or for an application. */
export type InterviewPracticeSession = {
  id: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  applicationId: Maybe<Scalars['ID']['output']>;
  /** ROME codes aimed at; their grand domains chose the occupation questions. */
  occupationCodes: Array<Scalars['String']['output']>;
  offerSkills: Array<Scalars['String']['output']>;
  bankVersion: Scalars['String']['output'];
  /** candidate or coach. */
  startedByRole: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  questions: Array<PracticeSessionQuestion>;
};

export type StartInterviewPracticeInput = {
  candidateId: Scalars['ID']['input'];
  /** The application it prepares for, if any. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * ROME codes aimed at (at most 5), e.g. the application's occupation; left out, the targets of the
   * person's professional project (its last validated version, else its draft).
   */
  occupationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The offer's skills (at most 30, each 1 to 200 characters): they order the questions. */
  offerSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 10; 5 when left out. */
  questionCount?: InputMaybe<Scalars['Int']['input']>;
};

export type PracticeAnswerInput = {
  sessionId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
  /** Each part at most 3,000 characters; all four are needed to submit. */
  situation: Scalars['String']['input'];
  task: Scalars['String']['input'];
  action: Scalars['String']['input'];
  result: Scalars['String']['input'];
};

export type ReviewPracticeAnswerInput = {
  answerId: Scalars['ID']['input'];
  /** Each 1 to 4. */
  structure: Scalars['Int']['input'];
  concreteness: Scalars['Int']['input'];
  result: Scalars['Int']['input'];
  clarity: Scalars['Int']['input'];
  /** At most 2,000 characters; the person reads it. */
  comment?: InputMaybe<Scalars['String']['input']>;
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};

export type _Entity = Candidate;
