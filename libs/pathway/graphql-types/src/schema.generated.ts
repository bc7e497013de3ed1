// Generated from the pathway subgraph's SDL by `npm run graphql-types`; do not edit.
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

export type PathwayStatus =
  /** Drafted at enrolment; the full plan follows the diagnostic and the programme's terms. */
  'DRAFT' | 'PLANNED' | 'COMPLETED';

/** The tracks a diagnostic orients a person to (named for the pathway subgraph). */
export type PathwayTrack =
  'DIRECT_REEMPLOYMENT' | 'RETRAINING' | 'BUSINESS_CREATION' | 'RETIREMENT_TRANSITION';

export type PathwayPhase =
  'WELCOME_AND_DIAGNOSTIC' | 'EXPLORING_OPTIONS' | 'VALIDATING_PROJECT' | 'JOB_SEARCH' | 'FOLLOW_UP_IN_JOB';

export type MilestoneKind = 'SESSION' | 'ASSESSMENT' | 'WORKSHOP' | 'TASK';

/** The session a milestone asks to book. */
export type PlanSessionKind = 'WELCOME' | 'DIAGNOSTIC' | 'DEBRIEF' | 'FOLLOW_UP' | 'GROUP_WORKSHOP';

export type MilestoneStatus =
  /** Waits for a milestone it depends on. */
  | 'PENDING'
  /** Can be done now. */
  | 'OPEN'
  /** A session is booked for it. */
  | 'BOOKED'
  | 'REACHED'
  /** No longer needed: the person's outcome came first. */
  | 'SUPERSEDED';

export type RiskReason = 'INACTIVITY' | 'REPEATED_NO_SHOWS' | 'OVERDUE_MILESTONES' | 'DISTRESS';

export type RiskUrgency = 'IMMEDIATE' | 'HIGH' | 'NORMAL';

/** The person's visible plan. */
export type Pathway = {
  id: Scalars['ID']['output'];
  candidateId: Scalars['ID']['output'];
  status: PathwayStatus;
  /** The track of the latest diagnostic; null before it. */
  track: Maybe<PathwayTrack>;
  /** The phase of the first milestone still to do. */
  currentPhase: Maybe<PathwayPhase>;
  createdAt: Scalars['DateTime']['output'];
  plannedAt: Maybe<Scalars['DateTime']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** First day of the plan (YYYY-MM-DD). */
  startOn: Maybe<Scalars['String']['output']>;
  /** Last day of the programme: nothing is due after it (YYYY-MM-DD). */
  endOn: Maybe<Scalars['String']['output']>;
  template: Maybe<PathwayTemplateRef>;
  /** Live milestones in plan order. */
  milestones: Array<Milestone>;
  /** What did not fit the contract when the plan was made. */
  fitIssues: Array<PlanFitIssue>;
  /** Why no plan could be made, when none could. */
  planRefusal: Maybe<Scalars['String']['output']>;
  budget: Maybe<SessionBudget>;
  /** Coach and ops only; null for the person themself. */
  risk: Maybe<RiskAssessment>;
  /** Every change to the plan: generation, coach customisation with its reason, completion. */
  history: Array<PathwayHistoryEntry>;
};

export type PathwayTemplateRef = {
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type Milestone = {
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  phase: PathwayPhase;
  kind: MilestoneKind;
  title: Scalars['String']['output'];
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  sessionKind: Maybe<PlanSessionKind>;
  instrumentCode: Maybe<Scalars['String']['output']>;
  dependsOn: Array<Scalars['ID']['output']>;
  status: MilestoneStatus;
  reachedAt: Maybe<Scalars['DateTime']['output']>;
  /** Added by a coach rather than planned from the template. */
  addedByCoach: Scalars['Boolean']['output'];
};

export type PlanFitIssue = {
  code: Scalars['String']['output'];
  milestoneKey: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** Sessions used and remaining against the contract's budget per person. */
export type SessionBudget = {
  budget: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
  /** More sessions planned than the contract pays for (after an amendment lowered it). */
  overCommitted: Scalars['Boolean']['output'];
};

export type RiskFinding = {
  reason: RiskReason;
  detail: Scalars['String']['output'];
};

export type RiskAssessment = {
  urgency: RiskUrgency;
  reasons: Array<RiskFinding>;
  nextAction: Scalars['String']['output'];
  detectedAt: Scalars['DateTime']['output'];
};

export type PathwayHistoryEntry = {
  at: Scalars['DateTime']['output'];
  /** `system`, or who acted. */
  actor: Scalars['String']['output'];
  action: Scalars['String']['output'];
  milestoneId: Maybe<Scalars['ID']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  details: Scalars['String']['output'];
};

export type Query = {
  /** A person's plan: the person themself, their coach, ops of their office. */
  pathway: Maybe<Pathway>;
  /** Coach: their caseload; ops: their offices. Most urgent first. */
  atRiskCandidates: Array<AtRiskCandidate>;
  /** Sponsor HR (their programmes) and ops: people per phase, small groups suppressed. */
  programmePathwayProgress: Maybe<ProgrammePathwayProgress>;
  /** The current template of each track (or of one). */
  pathwayTemplates: Array<PathwayTemplate>;
  /** Every version of a track's template, newest first. */
  pathwayTemplateVersions: Array<PathwayTemplate>;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryPathwayArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryAtRiskCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryProgrammePathwayProgressArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QueryPathwayTemplatesArgs = {
  track: InputMaybe<PathwayTrack>;
};

export type QueryPathwayTemplateVersionsArgs = {
  track: PathwayTrack;
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};

export type Candidate = {
  id: Scalars['ID']['output'];
  /** Null until the pathway service has drafted one (shortly after enrolment). */
  pathway: Maybe<Pathway>;
};

/** Someone who looks stuck, for the coach's and ops' list, most urgent first. */
export type AtRiskCandidate = {
  candidateId: Scalars['ID']['output'];
  pathwayId: Scalars['ID']['output'];
  urgency: RiskUrgency;
  reasons: Array<RiskFinding>;
  nextAction: Scalars['String']['output'];
  detectedAt: Scalars['DateTime']['output'];
  currentPhase: Maybe<PathwayPhase>;
};

/** How many people are in each phase: aggregates only, through the platform's disclosure control. */
export type ProgrammePathwayProgress = {
  programmeId: Scalars['ID']['output'];
  /** Null when the programme has too few people to show without identifying them. */
  total: Maybe<Scalars['Int']['output']>;
  /** Why the total is hidden; null when shown. */
  totalSuppression: Maybe<SuppressionReason>;
  phases: Array<PhaseCount>;
  /** k: the fewest people a shown count may hold. */
  suppressionThreshold: Scalars['Int']['output'];
};

export type PhaseCount = {
  /** A phase, or NOT_PLANNED / COMPLETED. */
  phase: Scalars['String']['output'];
  /** Null when suppressed. */
  people: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  /** Why the count is hidden; null when shown. */
  suppression: Maybe<SuppressionReason>;
};

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION'
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP';

export type TemplateMilestone = {
  key: Scalars['String']['output'];
  phase: PathwayPhase;
  kind: MilestoneKind;
  title: Scalars['String']['output'];
  dueOffsetDays: Scalars['Int']['output'];
  dependsOn: Array<Scalars['String']['output']>;
  sessionKind: Maybe<PlanSessionKind>;
  instrumentCode: Maybe<Scalars['String']['output']>;
};

export type PathwayTemplate = {
  id: Scalars['ID']['output'];
  track: PathwayTrack;
  version: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  milestones: Array<TemplateMilestone>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
};

export type TemplateMilestoneInput = {
  key: Scalars['String']['input'];
  phase: PathwayPhase;
  kind: MilestoneKind;
  title: Scalars['String']['input'];
  dueOffsetDays: Scalars['Int']['input'];
  dependsOn?: InputMaybe<Array<Scalars['String']['input']>>;
  sessionKind?: InputMaybe<PlanSessionKind>;
  instrumentCode?: InputMaybe<Scalars['String']['input']>;
};

export type PublishPathwayTemplateInput = {
  track: PathwayTrack;
  name: Scalars['String']['input'];
  milestones: Array<TemplateMilestoneInput>;
  /** Why this version: shown in the version list. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  /** Ops: publish the next version of a track's template; plans made earlier keep theirs. */
  publishPathwayTemplate: PathwayTemplate;
  addMilestone: Pathway;
  removeMilestone: Pathway;
  reorderMilestones: Pathway;
  redateMilestone: Pathway;
  completeMilestone: Pathway;
};

export type MutationPublishPathwayTemplateArgs = {
  input: PublishPathwayTemplateInput;
};

export type MutationAddMilestoneArgs = {
  input: AddMilestoneInput;
};

export type MutationRemoveMilestoneArgs = {
  input: RemoveMilestoneInput;
};

export type MutationReorderMilestonesArgs = {
  input: ReorderMilestonesInput;
};

export type MutationRedateMilestoneArgs = {
  input: RedateMilestoneInput;
};

export type MutationCompleteMilestoneArgs = {
  input: CompleteMilestoneInput;
};

export type AddMilestoneInput = {
  candidateId: Scalars['ID']['input'];
  phase: PathwayPhase;
  kind: MilestoneKind;
  title: Scalars['String']['input'];
  dueOn: Scalars['String']['input'];
  sessionKind?: InputMaybe<PlanSessionKind>;
  instrumentCode?: InputMaybe<Scalars['String']['input']>;
  dependsOn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Put it right after this milestone; at the end when absent. */
  afterMilestoneId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};

export type RemoveMilestoneInput = {
  candidateId: Scalars['ID']['input'];
  milestoneId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReorderMilestonesInput = {
  candidateId: Scalars['ID']['input'];
  /** Every live milestone, in the new order. */
  milestoneIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};

export type RedateMilestoneInput = {
  candidateId: Scalars['ID']['input'];
  milestoneId: Scalars['ID']['input'];
  dueOn: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type CompleteMilestoneInput = {
  candidateId: Scalars['ID']['input'];
  /** A task milestone (sessions and assessments are reached by their own events). */
  milestoneId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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
