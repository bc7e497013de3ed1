// Generated from the assessment subgraph's SDL by `npm run graphql-types`; do not edit.
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

export type AssessmentLanguage = 'FR' | 'EN';

/** An instrument (RIASEC, skills inventory, work values) assigned to a person. */
export type Assessment = {
  id: Scalars['ID']['output'];
  instrumentCode: Scalars['String']['output'];
  instrumentVersion: Maybe<Scalars['String']['output']>;
  /** ASSIGNED, IN_PROGRESS (answers saved, resumable), COMPLETED (scored, waiting for the debrief) or RELEASED (debriefed). */
  status: Scalars['String']['output'];
  assignedAt: Scalars['DateTime']['output'];
  /** COACH or PATHWAY. */
  assignedBy: Scalars['String']['output'];
  /** The pathway milestone that asked for it. */
  milestoneId: Maybe<Scalars['ID']['output']>;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  progress: AssessmentProgress;
  /** The questions with the answers saved so far: the person and their coach. */
  items: Array<AssessmentItem>;
  responseFormat: AssessmentResponseFormat;
  /** Skills inventory: skills the person named that the taxonomy lacks. */
  freeTextSkills: Array<FreeTextSkill>;
  /** The scored profile: the coach once submitted; the person once released; null for anyone else. */
  profile: Maybe<AssessmentProfile>;
  /** The debrief; its notes are the coach's alone (each read is audited). */
  debrief: Maybe<AssessmentDebrief>;
  /** The PDF report (base64), for the coach once scored and the person once released. */
  report: Maybe<AssessmentReport>;
};

/** An instrument (RIASEC, skills inventory, work values) assigned to a person. */
export type AssessmentItemsArgs = {
  language?: InputMaybe<AssessmentLanguage>;
};

/** An instrument (RIASEC, skills inventory, work values) assigned to a person. */
export type AssessmentResponseFormatArgs = {
  language?: InputMaybe<AssessmentLanguage>;
};

/** An instrument (RIASEC, skills inventory, work values) assigned to a person. */
export type AssessmentReportArgs = {
  language?: InputMaybe<AssessmentLanguage>;
};

export type AssessmentProgress = {
  answered: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type AssessmentItem = {
  itemId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  /** RIASEC type or work value the item belongs to. */
  scale: Maybe<Scalars['String']['output']>;
  /** Skills inventory: the ROME occupation the skill comes from. */
  occupationCode: Maybe<Scalars['String']['output']>;
  answer: Maybe<Scalars['Int']['output']>;
};

export type AssessmentResponseAnchor = {
  value: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type AssessmentResponseFormat = {
  min: Scalars['Int']['output'];
  max: Scalars['Int']['output'];
  anchors: Array<AssessmentResponseAnchor>;
};

export type FreeTextSkill = {
  label: Scalars['String']['output'];
  rating: Scalars['Int']['output'];
};

export type AssessmentProfile = {
  computedAt: Scalars['DateTime']['output'];
  riasec: Maybe<RiasecProfile>;
  workValues: Maybe<WorkValuesProfile>;
  skills: Maybe<SkillsInventoryProfile>;
};

export type RiasecScore = {
  type: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type RiasecProfile = {
  /** Raw scores, 8-40 per type, in R-I-A-S-E-C order. */
  scores: Array<RiasecScore>;
  /** Top three types; ties keep the order R-I-A-S-E-C. */
  hollandCode: Scalars['String']['output'];
  /** The third letter shares its score with the fourth. */
  tiedAtCut: Scalars['Boolean']['output'];
  /** Highest minus lowest score. */
  differentiation: Scalars['Int']['output'];
  /** Iachan's index: L1 - (L2 + L4) / 2. */
  iachanDifferentiation: Scalars['Float']['output'];
  /** HIGH (adjacent on the hexagon), MEDIUM (alternate) or LOW (opposite). */
  consistency: Scalars['String']['output'];
};

export type WorkValueScore = {
  code: Scalars['String']['output'];
  /** Mean importance, 1-5. */
  score: Scalars['Float']['output'];
};

export type WorkValuesProfile = {
  scores: Array<WorkValueScore>;
  top: Array<Scalars['String']['output']>;
};

export type InventorySkill = {
  /** ROME skill code; null for a skill in the person's own words. */
  skillCode: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  rating: Scalars['Int']['output'];
};

export type SkillsInventoryProfile = {
  rated: Scalars['Int']['output'];
  top: Array<InventorySkill>;
};

export type AssessmentDebrief = {
  debriefedAt: Scalars['DateTime']['output'];
  coachId: Scalars['ID']['output'];
  /** The coach's notes: confidential, for the coach only. */
  notes: Maybe<Scalars['String']['output']>;
};

export type Candidate = {
  id: Scalars['ID']['output'];
  /** Assessments assigned to the person. */
  assessments: Array<Assessment>;
};

export type AssignAssessmentInput = {
  candidateId: Scalars['ID']['input'];
  instrumentCode: Scalars['String']['input'];
  /** Skills inventory: occupations the person is aiming for (ROME codes), whose skills are asked too. */
  targetOccupationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AssessmentAnswerInput = {
  itemId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
};

export type FreeTextSkillInput = {
  label: Scalars['String']['input'];
  rating: Scalars['Int']['input'];
};

export type SaveAssessmentAnswersInput = {
  assessmentId: Scalars['ID']['input'];
  answers: Array<AssessmentAnswerInput>;
  freeTextSkills?: InputMaybe<Array<FreeTextSkillInput>>;
};

export type RecordDebriefInput = {
  assessmentId: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
};

export type Query = {
  assessment: Maybe<Assessment>;
  instruments: Array<Instrument>;
  assessmentCompletion: Array<AssessmentCompletion>;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAssessmentCompletionArgs = {
  programmeId: Scalars['ID']['input'];
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};

export type Mutation = {
  /** A coach assigns an instrument to a person they coach. */
  assignAssessment: Assessment;
  /**
   * The person saves answers as they go (partial, resumable). CONSENT_REQUIRED once they withdrew
   * their consent to the privacy notice (what was saved stays).
   */
  saveAssessmentAnswers: Assessment;
  /** The person submits: every item answered and in range; then it is scored. CONSENT_REQUIRED as above. */
  submitAssessment: Assessment;
  /** The coach records the debrief, which releases the results to the person. */
  recordDebrief: Assessment;
};

export type MutationAssignAssessmentArgs = {
  input: AssignAssessmentInput;
};

export type MutationSaveAssessmentAnswersArgs = {
  input: SaveAssessmentAnswersInput;
};

export type MutationSubmitAssessmentArgs = {
  assessmentId: Scalars['ID']['input'];
};

export type MutationRecordDebriefArgs = {
  input: RecordDebriefInput;
};

export type InstrumentKind = 'RIASEC' | 'WORK_VALUES' | 'SKILLS_INVENTORY';

/** An instrument as imported: versioned data, not code. */
export type Instrument = {
  code: Scalars['String']['output'];
  version: Scalars['String']['output'];
  kind: InstrumentKind;
  title: Scalars['String']['output'];
  languages: Array<AssessmentLanguage>;
  source: Scalars['String']['output'];
};

/** An instrument as imported: versioned data, not code. */
export type InstrumentTitleArgs = {
  language?: InputMaybe<AssessmentLanguage>;
};

/** Assessments of one instrument in a programme, by status; for sponsor HR through the platform's disclosure control (ops see every count). */
export type AssessmentCompletion = {
  instrumentCode: Scalars['String']['output'];
  /** Null when suppressed. */
  assigned: Maybe<Scalars['Int']['output']>;
  /** Null when suppressed. */
  inProgress: Maybe<Scalars['Int']['output']>;
  /** Null when suppressed. */
  completed: Maybe<Scalars['Int']['output']>;
  /** Null when suppressed. */
  released: Maybe<Scalars['Int']['output']>;
  /** Why assigned is hidden; null when shown. */
  assignedSuppression: Maybe<SuppressionReason>;
  /** Why inProgress is hidden; null when shown. */
  inProgressSuppression: Maybe<SuppressionReason>;
  /** Why completed is hidden; null when shown. */
  completedSuppression: Maybe<SuppressionReason>;
  /** Why released is hidden; null when shown. */
  releasedSuppression: Maybe<SuppressionReason>;
};

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION'
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP';

export type AssessmentReport = {
  fileName: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  contentBase64: Scalars['String']['output'];
  /** The same file over HTTP on the assessment service, for a gateway route that forwards the caller's identity. */
  downloadPath: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
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
