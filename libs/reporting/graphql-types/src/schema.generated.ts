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

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};
