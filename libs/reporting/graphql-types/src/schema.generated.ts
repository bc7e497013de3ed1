// Generated from the reporting subgraph's SDL by `npm run graphql-types`; do not edit.
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

/** A count as the commission de suivi may see it: hidden, with the reason, when it could point at someone. */
export type CommitteeCount = {
  /** Null when suppressed. */
  count: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  /** Why the count is hidden; null when shown. */
  suppression: Maybe<SuppressionReason>;
};

/** An average over people: hidden when fewer than k people are behind it. */
export type CommitteeAverage = {
  /** Null when suppressed. */
  value: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
  suppression: Maybe<SuppressionReason>;
};

/** Where a person stands: in accompaniment (invited or active), paused, placed by an outcome, or exited. */
export type CommitteeStatus = 'IN_ACCOMPANIMENT' | 'PAUSED' | 'PLACED' | 'EXITED';

export type CommitteeStatusCount = {
  status: CommitteeStatus;
  people: CommitteeCount;
};

/** People whose current outcome (corrections applied) is in the category, beside the programme's target. */
export type CommitteeOutcomeCount = {
  category: OutcomeCategory;
  people: CommitteeCount;
  /** The programme's target share for the category, in percent; null when it sets none. */
  targetPercent: Maybe<Scalars['Float']['output']>;
  /** The target in people of the headcount. */
  targetPeople: Maybe<Scalars['Int']['output']>;
};

/** Outcome categories of the French end-of-programme report. */
export type OutcomeCategory =
  | 'PERMANENT_CONTRACT'
  | 'FIXED_TERM_6_MONTHS_OR_MORE'
  | 'SHORT_FIXED_TERM_OR_TEMPORARY'
  | 'BUSINESS_CREATION'
  | 'TRAINING'
  | 'RETIREMENT'
  | 'OTHER'
  | 'STILL_SEARCHING';

export type CommitteeOfferDecision = 'ACCEPTED' | 'REFUSED' | 'PENDING';

export type CommitteeOfferCount = {
  decision: CommitteeOfferDecision;
  /** Offers (events by people: hidden when made to fewer than k people). */
  offers: CommitteeCount;
};

/** Valid job offers (OVE) made, by the person's answer on the date. */
export type CommitteeOffers = {
  proposed: CommitteeCount;
  decisions: Array<CommitteeOfferCount>;
  /** Offers made per adhering person. */
  perPerson: CommitteeAverage;
};

export type CommitteeDimension = 'SITE' | 'AGE_BAND' | 'SEX' | 'SOCIO_PROFESSIONAL_CATEGORY';

/** One value of a dimension (null: the HR file did not say) and its people by status. */
export type CommitteeBreakdownRow = {
  label: Maybe<Scalars['String']['output']>;
  cells: Array<CommitteeStatusCount>;
  total: CommitteeCount;
};

/** People by a dimension and status, as one table through the suppression rule. */
export type CommitteeBreakdown = {
  dimension: CommitteeDimension;
  rows: Array<CommitteeBreakdownRow>;
  /** People per status over the rows; empty for a one-row breakdown (its cells say it). */
  columnTotals: Array<CommitteeStatusCount>;
  total: CommitteeCount;
};

/** A month (yyyy-mm, Paris) of the programme: people enrolled, first meetings held, outcomes recorded, people who left. */
export type CommitteeMonth = {
  month: Scalars['String']['output'];
  enrolled: CommitteeCount;
  firstMeetings: CommitteeCount;
  outcomesRecorded: CommitteeCount;
  left: CommitteeCount;
};

/**
 * What the commission de suivi reviews for a programme on a date, from reporting's read model: counts
 * only, each through the platform's one suppression rule (k of at least 5, complementary suppression).
 */
export type CommitteeDashboard = {
  programmeId: Scalars['ID']['output'];
  asOf: Scalars['DateTime']['output'];
  /** k: the fewest people a shown count may hold. */
  suppressionThreshold: Scalars['Int']['output'];
  /** The people the plan concerns: the contracted headcount. */
  peopleConcerned: Scalars['Int']['output'];
  /** People who adhered (enrolled) by the date. */
  adhering: CommitteeCount;
  statuses: Array<CommitteeStatusCount>;
  outcomes: Array<CommitteeOutcomeCount>;
  /** People with an outcome recorded. */
  outcomesTotal: CommitteeCount;
  /** People with no outcome yet: with the categories, they add up to the people adhering. */
  withoutOutcome: CommitteeCount;
  validJobOffers: CommitteeOffers;
  /** Calendar days from enrolment to the first session attended, on average. */
  daysToFirstMeeting: CommitteeAverage;
  /** Sessions attended per person per month of accompaniment. */
  sessionsPerPersonPerMonth: CommitteeAverage;
  breakdowns: Array<CommitteeBreakdown>;
  /** Month by month from the first enrolment to the date: the trends. */
  months: Array<CommitteeMonth>;
};

export type CommitteePackFormat = 'PDF' | 'XLSX';

/** A committee pack served (GET /committee-packs/<programmeId>.pdf|.xlsx?asOf=): who, which, when. */
export type CommitteePackDownload = {
  programmeId: Scalars['ID']['output'];
  /** The date the pack's figures are for. */
  asOf: Scalars['DateTime']['output'];
  format: CommitteePackFormat;
  /** The caller's identity subject and role, as the gateway verified them. */
  subject: Scalars['String']['output'];
  role: Scalars['String']['output'];
  downloadedAt: Scalars['DateTime']['output'];
};

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION'
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP';

export type DreetsReportFormat = 'PDF' | 'XLSX';

/** A report to the DREETS served (GET /dreets-reports/<programmeId>.pdf|.xlsx?asOf=&followUp=): who, which, when. */
export type DreetsReportDownload = {
  programmeId: Scalars['ID']['output'];
  /** The end of the programme the report's figures are for. */
  asOf: Scalars['DateTime']['output'];
  /** The follow-up date the outcomes were counted again at. */
  followUp: Scalars['DateTime']['output'];
  format: DreetsReportFormat;
  /** The caller's identity subject and role, as the gateway verified them. */
  subject: Scalars['String']['output'];
  role: Scalars['String']['output'];
  downloadedAt: Scalars['DateTime']['output'];
};

/**
 * The firm's service levels in a programme, from its terms (intake's ProgrammeTerms.serviceLevels;
 * defaults 8, 1, 30 when the terms do not say).
 */
export type ServiceLevelTerms = {
  /** The first meeting within this many working days of the enrolment (Monday to Friday, French public holidays off). */
  firstMeetingWorkingDays: Scalars['Int']['output'];
  /** At least this many interviews a month per person in accompaniment. */
  sessionsPerMonth: Scalars['Int']['output'];
  /** At most this many people followed by one coach. */
  peoplePerConsultant: Scalars['Int']['output'];
};

export type ServiceLevelBreachKind =
  /** In accompaniment, no session attended yet, and more working days since the enrolment than the term. */
  | 'FIRST_MEETING_LATE'
  /** In accompaniment, a first meeting a month or more ago, and fewer sessions attended over the last month than the term. */
  | 'NO_SESSION_IN_MONTH'
  /** A coach following more of the programme's people (in accompaniment or paused) than the term. */
  | 'CASELOAD_ABOVE_TERM';

export type ServiceLevelUnit = 'WORKING_DAYS' | 'DAYS' | 'PEOPLE';

export type Candidate = {
  id: Scalars['ID']['output'];
};

export type Coach = {
  id: Scalars['ID']['output'];
};

export type ServiceLevelBreach = {
  kind: ServiceLevelBreachKind;
  /** The person concerned (names are resolved by intake as elsewhere); null for a coach's caseload. */
  candidate: Maybe<Candidate>;
  /** The person's coach on the date (null while none is assigned), or the coach above the term. */
  coach: Maybe<Coach>;
  /** When the breach began. */
  since: Scalars['DateTime']['output'];
  /** How far past the term it is on the date, in unit: working days late, days without enough interviews, people above the term. */
  by: Scalars['Int']['output'];
  unit: ServiceLevelUnit;
};

export type ServiceLevelBreaches = {
  programmeId: Scalars['ID']['output'];
  asOf: Scalars['DateTime']['output'];
  terms: ServiceLevelTerms;
  /** People first (the longest overdue first), then coaches. */
  breaches: Array<ServiceLevelBreach>;
};

export type CoachWorkload = {
  coach: Coach;
  /** Offices the coach follows these people from (their assignments'). */
  officeIds: Array<Scalars['ID']['output']>;
  /** People of the programme the coach follows on the date (in accompaniment or paused). */
  caseload: Scalars['Int']['output'];
  /** People above the programme's people per consultant (0 within it). */
  aboveTermBy: Scalars['Int']['output'];
  /** Sessions the coach held (attended) over the last 4 weeks, a week on average. */
  sessionsPerWeek: Scalars['Float']['output'];
  /** Sessions of the last 4 weeks the person did not come to. */
  noShows: Scalars['Int']['output'];
  /** People of the caseload pathway flags at risk (now: the read model keeps no history of the flag). */
  atRisk: Scalars['Int']['output'];
};

export type CoachWorkloadView = {
  programmeId: Scalars['ID']['output'];
  asOf: Scalars['DateTime']['output'];
  terms: ServiceLevelTerms;
  /** The weeks sessions and no-shows are counted over. */
  weeks: Scalars['Int']['output'];
  /** The heaviest caseload first. */
  coaches: Array<CoachWorkload>;
};

export type ServiceLevelStanding = 'FIRST_MEETING_LATE' | 'NO_SESSION_IN_MONTH' | 'WITHIN_LEVELS';

/** People in accompaniment in one standing: hidden, with the reason, when it could point at someone. */
export type ServiceLevelCount = {
  standing: ServiceLevelStanding;
  /** Null when suppressed. */
  people: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  suppression: Maybe<SuppressionReason>;
};

/** What sponsors and the committee see of the breaches: counts of people, through the one suppression rule; no coach, no person. */
export type ServiceLevelSummary = {
  programmeId: Scalars['ID']['output'];
  asOf: Scalars['DateTime']['output'];
  terms: ServiceLevelTerms;
  /** Each person in accompaniment in one standing. */
  standings: Array<ServiceLevelCount>;
  /** People in accompaniment; null when suppressed. */
  people: Maybe<Scalars['Int']['output']>;
  peopleSuppression: Maybe<SuppressionReason>;
};

export type Query = {
  /**
   * The commission de suivi's dashboard: sponsor HR of the programme's sponsor, members of its
   * committee (the same figures, read-only) and ops of its offices.
   * asOf: the figures as they stood then (now when left out; BAD_USER_INPUT if in the future).
   * PROGRAMME_NOT_FOUND: unknown, or not the caller's.
   */
  committeeDashboard: CommitteeDashboard;
  /**
   * Who downloaded the programme's committee packs, the latest first: ops of the programme's offices.
   * PROGRAMME_NOT_FOUND: unknown, or not the caller's.
   */
  committeePackDownloads: Array<CommitteePackDownload>;
  /**
   * Who downloaded the programme's reports to the DREETS, the latest first: ops of the programme's offices.
   * PROGRAMME_NOT_FOUND: unknown, or not the caller's.
   */
  dreetsReportDownloads: Array<DreetsReportDownload>;
  /** Ops of the programme's offices: every breach; a coach: their own caseload's only. asOf: now when left out, never in the future. */
  serviceLevelBreaches: ServiceLevelBreaches;
  /** Ops of the programme's offices: each coach's workload in the programme. */
  coachWorkload: CoachWorkloadView;
  /** Sponsor HR, the programme's committee members and ops: counts of people in breach, suppressed. */
  serviceLevelSummary: ServiceLevelSummary;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryCommitteeDashboardArgs = {
  programmeId: Scalars['ID']['input'];
  asOf: InputMaybe<Scalars['DateTime']['input']>;
};

export type QueryCommitteePackDownloadsArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QueryDreetsReportDownloadsArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QueryServiceLevelBreachesArgs = {
  programmeId: Scalars['ID']['input'];
  asOf: InputMaybe<Scalars['DateTime']['input']>;
};

export type QueryCoachWorkloadArgs = {
  programmeId: Scalars['ID']['input'];
  asOf: InputMaybe<Scalars['DateTime']['input']>;
};

export type QueryServiceLevelSummaryArgs = {
  programmeId: Scalars['ID']['input'];
  asOf: InputMaybe<Scalars['DateTime']['input']>;
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};

export type _Entity = Candidate | Coach;
