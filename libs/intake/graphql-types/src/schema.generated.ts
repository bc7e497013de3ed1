// Generated from the intake subgraph's SDL by `npm run graphql-types`; do not edit.
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
  /**
   * A file sent as a GraphQL multipart upload. The gateway stores the file part in intake and the
   * subgraph receives the upload's id in its place.
   */
  Upload: { input: unknown; output: never };
  link__Import: { input: string; output: string };
  federation__FieldSet: { input: string; output: string };
  federation__Scope: { input: unknown; output: unknown };
  federation__Policy: { input: unknown; output: unknown };
  _Any: { input: unknown; output: unknown };
};

/** The company paying for a programme. */
export type Sponsor = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A contracted outplacement programme, served by one or more offices. */
export type Programme = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sponsor: Sponsor;
  officeIds: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  status: ProgrammeStatus;
  type: Maybe<ProgrammeType>;
  /** Sites of the sponsor concerned by the layoff. */
  sites: Array<Scalars['String']['output']>;
  headcount: Maybe<Scalars['Int']['output']>;
  /** yyyy-mm-dd. */
  startDate: Maybe<Scalars['String']['output']>;
  durationMonths: Maybe<Scalars['Int']['output']>;
  sessionBudgetPerPerson: Maybe<Scalars['Int']['output']>;
  outcomeTargets: Array<OutcomeTarget>;
  /** How reporting bands the programme's people by age and seniority. */
  reportingBands: ReportingBands;
  /** What an offer must be to count as a valid job offer (OVE) in this programme. */
  oveDefinition: OveDefinition;
  /** The firm's service levels the commission follows (reporting's breach list measures against them). */
  serviceLevels: ServiceLevels;
  /** The employer's (or site's) NAF code (APE), such as 10.51C; matching reads a generic former title with it. */
  employerNafCode: Maybe<Scalars['String']['output']>;
  amendedAt: Maybe<Scalars['DateTime']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
};

export type CandidateStatus = 'INVITED' | 'ACTIVE' | 'PAUSED' | 'PLACED' | 'EXITED';

/** A person in a programme. Other services extend this type with their part of the journey. */
export type Candidate = {
  id: Scalars['ID']['output'];
  programme: Programme;
  employeeNumber: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** The former job title as HR wrote it. */
  formerJobTitle: Maybe<Scalars['String']['output']>;
  /** ROME 4.0 occupation code of the former job, e.g. N1103. */
  formerOccupationCode: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 codes. */
  languages: Array<Scalars['String']['output']>;
  status: CandidateStatus;
  enrolledAt: Scalars['DateTime']['output'];
  phone: Maybe<Scalars['String']['output']>;
  /** The site the person worked at, as HR names it. */
  site: Maybe<Scalars['String']['output']>;
  /** The person's service (department, workshop) as the HR file writes it; matching reads the former title with it. */
  service: Maybe<Scalars['String']['output']>;
  /**
   * Where formerOccupationCode comes from: GIVEN when HR wrote the ROME code; otherwise matching
   * resolved the job title, on its own (TITLE) or with the person's coach (CONFIRMED).
   */
  occupationCodeSource: Maybe<OccupationCodeSource>;
  /** Hire date (yyyy-mm-dd). */
  hireDate: Maybe<Scalars['String']['output']>;
  /** Seniority in years, when HR gave it rather than (or as well as) the hire date. */
  seniorityYears: Maybe<Scalars['Float']['output']>;
  /** End of the employment contract (yyyy-mm-dd). */
  contractEndDate: Maybe<Scalars['String']['output']>;
  /** INSEE code of the home commune, from which the employment area follows. */
  homeCommuneCode: Maybe<Scalars['String']['output']>;
  homePostcode: Maybe<Scalars['String']['output']>;
  /** The coach following the person, as scheduling assigned them; null before assignment. */
  coachId: Maybe<Scalars['ID']['output']>;
  /** Null until the person starts answering. */
  diagnostic: Maybe<Diagnostic>;
  /** The current outcome; null before one is recorded. */
  outcome: Maybe<Outcome>;
  outcomeHistory: Array<Outcome>;
  validJobOffers: Array<ValidJobOffer>;
  /** The person's status changes, oldest first. Their coach and ops of their offices only; empty for anyone else. */
  statusHistory: Array<CandidateStatusChange>;
  /** The person's request to be erased, while it waits; null when there is none. */
  erasureRequest: Maybe<ErasureRequest>;
  /** The consent in force (the last one recorded). */
  consent: Maybe<Consent>;
  consentHistory: Array<Consent>;
  /** Reminders by text message: the consent in force; null when the person never chose. */
  smsReminders: Maybe<SmsReminders>;
};

export type OccupationCodeSource = 'GIVEN' | 'TITLE' | 'CONFIRMED';

export type CreateSponsorInput = {
  name: Scalars['String']['input'];
};

export type CreateProgrammeInput = {
  sponsorId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  officeIds: Array<Scalars['ID']['input']>;
  /** With its terms the programme is contracted at once; without, it stays a draft until amended. */
  terms?: InputMaybe<ProgrammeTermsInput>;
};

export type EnrollCandidateInput = {
  programmeId: Scalars['ID']['input'];
  employeeNumber: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** As the HR file writes it; kept as digits (and a leading +). A mobile can become the person's number for text reminders. */
  phone?: InputMaybe<Scalars['String']['input']>;
  formerJobTitle?: InputMaybe<Scalars['String']['input']>;
  formerOccupationCode?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Query = {
  candidate: Maybe<Candidate>;
  programme: Maybe<Programme>;
  /** Programmes of the caller's scope, newest first: ops their offices' (or all), sponsor HR and committee members their sponsors'. */
  programmes: ProgrammePage;
  /**
   * The people of a programme: for ops of its offices every one, for a coach the people they follow.
   * Search matches names, employee number and email whatever the accents and case ("ines moreira"
   * finds Inês Moreira); filters narrow it; pages follow `orderBy`.
   */
  people: PeoplePage;
  importBatch: Maybe<ImportBatch>;
  importBatches: Array<ImportBatch>;
  /** The current questionnaire, or a given version. */
  diagnosticQuestionnaire: DiagnosticQuestionnaire;
  /** People flagged for prompt contact: a coach's caseload, or the people of ops' offices. Newest first. */
  distressAlerts: Array<DistressAlert>;
  programmeOutcomeSummary: ProgrammeOutcomeSummary;
  /** The same programme month by month, from its first enrolment to this month (60 months at most). */
  programmeOutcomeTimeline: Array<OutcomeMonth>;
  /** A person's OVE register: their coach and ops of their offices. */
  validJobOfferRegister: ValidJobOfferRegister;
  privacyNotice: PrivacyNotice;
  /**
   * The person's own data from every service, or, for ops of their offices, on their behalf. Audited
   * (by intake, and by assessment for its confidential results).
   */
  exportPersonalData: PersonalDataExport;
  /** Ops: requests to be erased from people of their offices, oldest first. */
  erasureRequests: Array<ErasureRequest>;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProgrammesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

export type QueryPeopleArgs = {
  programmeId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PeopleFilter>;
  orderBy?: InputMaybe<PeopleOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

export type QueryImportBatchArgs = {
  id: Scalars['ID']['input'];
};

export type QueryImportBatchesArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QueryDiagnosticQuestionnaireArgs = {
  version: InputMaybe<Scalars['String']['input']>;
};

export type QueryDistressAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryProgrammeOutcomeSummaryArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QueryProgrammeOutcomeTimelineArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QueryValidJobOfferRegisterArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryExportPersonalDataArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryErasureRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};

export type Mutation = {
  createSponsor: Sponsor;
  createProgramme: Programme;
  enrollCandidate: Candidate;
  amendProgramme: Programme;
  closeProgramme: Programme;
  /** Starts importing an HR file; follow the returned batch until it is COMPLETED or FAILED. */
  importCandidates: ImportBatch;
  /** Continues an import whose process stopped, after its last committed chunk. */
  resumeImport: ImportBatch;
  /**
   * Stops an import at its next chunk boundary: what committed stays (those people stay enrolled),
   * the rest of the file is not read, and the batch is not resumed. Answers CANCELLED once it has
   * stopped (within seconds), else RUNNING with cancelledAt set.
   */
  cancelImport: ImportBatch;
  /**
   * The person saves some answers; call again to go on, then submit. CONSENT_REQUIRED once they
   * withdrew their consent to the privacy notice (what was saved stays).
   */
  saveDiagnosticAnswers: Diagnostic;
  /** CONSENT_REQUIRED once the person withdrew their consent to the privacy notice. */
  submitDiagnostic: Diagnostic;
  /** The person's coach changes the track, saying why. */
  overrideTrack: Diagnostic;
  recordOutcome: Outcome;
  correctOutcome: Outcome;
  logValidJobOffer: ValidJobOffer;
  decideValidJobOffer: ValidJobOffer;
  /**
   * Pauses a person or brings them back (their coach, ops of their offices), exits or reinstates them
   * (ops). BAD_USER_INPUT names the field (a change the lifecycle does not allow is a `status` issue);
   * STATUS_CHANGE_FOR_OPS: a coach asked for an exit or a reinstatement.
   */
  changeCandidateStatus: CandidateStatusChange;
  recordConsent: Consent;
  /** The person only. MOBILE_REQUIRED: no number given or held; INVALID_MOBILE: not a mobile number. */
  recordSmsConsent: SmsReminders;
  /** Deletes everything intake holds about the person and tells every service to do the same. */
  eraseCandidate: ErasureReceipt;
  /** The person asks to be erased; asking again keeps the first request. */
  requestErasure: ErasureRequest;
};

export type MutationCreateSponsorArgs = {
  input: CreateSponsorInput;
};

export type MutationCreateProgrammeArgs = {
  input: CreateProgrammeInput;
};

export type MutationEnrollCandidateArgs = {
  input: EnrollCandidateInput;
};

export type MutationAmendProgrammeArgs = {
  input: AmendProgrammeInput;
};

export type MutationCloseProgrammeArgs = {
  programmeId: Scalars['ID']['input'];
};

export type MutationImportCandidatesArgs = {
  input: ImportCandidatesInput;
};

export type MutationResumeImportArgs = {
  id: Scalars['ID']['input'];
};

export type MutationCancelImportArgs = {
  id: Scalars['ID']['input'];
};

export type MutationSaveDiagnosticAnswersArgs = {
  candidateId: Scalars['ID']['input'];
  answers: Array<DiagnosticAnswerInput>;
};

export type MutationSubmitDiagnosticArgs = {
  candidateId: Scalars['ID']['input'];
};

export type MutationOverrideTrackArgs = {
  input: OverrideTrackInput;
};

export type MutationRecordOutcomeArgs = {
  input: RecordOutcomeInput;
};

export type MutationCorrectOutcomeArgs = {
  input: CorrectOutcomeInput;
};

export type MutationLogValidJobOfferArgs = {
  input: LogValidJobOfferInput;
};

export type MutationDecideValidJobOfferArgs = {
  input: DecideValidJobOfferInput;
};

export type MutationChangeCandidateStatusArgs = {
  input: ChangeCandidateStatusInput;
};

export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};

export type MutationRecordSmsConsentArgs = {
  input: RecordSmsConsentInput;
};

export type MutationEraseCandidateArgs = {
  candidateId: Scalars['ID']['input'];
};

export type MutationRequestErasureArgs = {
  candidateId: Scalars['ID']['input'];
};

/** The legal frame of a programme: PSE, congé de reclassement, CSP, or a voluntary scheme. */
export type ProgrammeType = 'PSE' | 'CONGE_DE_RECLASSEMENT' | 'CSP' | 'VOLUNTARY';

/** A draft has no terms yet; a contracted programme runs; a closed one is over. */
export type ProgrammeStatus = 'DRAFT' | 'CONTRACTED' | 'CLOSED';

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

export type OutcomeTarget = {
  category: OutcomeCategory;
  /** Share of the programme's people expected in this category, 0 to 100. */
  sharePercent: Scalars['Float']['output'];
};

/**
 * Band limits: the lower limit, in whole years, of each band after the first. Age [26, 45, 50, 55]
 * makes <26, 26-44, 45-49, 50-54, 55+ (the default); seniority [2, 5, 10, 20] makes <2, 2-5, 5-10,
 * 10-20, 20+ (the default).
 */
export type ReportingBands = {
  ageBandLimits: Array<Scalars['Int']['output']>;
  seniorityBandLimits: Array<Scalars['Int']['output']>;
  /** The bands' labels, as the enrolment event carries them. */
  ageBands: Array<Scalars['String']['output']>;
  seniorityBands: Array<Scalars['String']['output']>;
};

/**
 * The programme's OVE definition: in the person's labour-market area (their department), paid at most
 * maxPayDropPercent under their previous pay (default 10), and permanent or lasting at least
 * minContractMonths (default 6).
 */
export type OveDefinition = {
  maxPayDropPercent: Scalars['Float']['output'];
  minContractMonths: Scalars['Int']['output'];
};

/**
 * The firm's service levels in the programme: the first meeting within firstMeetingWorkingDays working
 * days of the enrolment (default 8; French public holidays and weekends are not working days), at least
 * sessionsPerMonth interviews a month per person in accompaniment (default 1), at most
 * peoplePerConsultant people followed by one coach (default 30).
 */
export type ServiceLevels = {
  firstMeetingWorkingDays: Scalars['Int']['output'];
  sessionsPerMonth: Scalars['Int']['output'];
  peoplePerConsultant: Scalars['Int']['output'];
};

export type ServiceLevelsInput = {
  /** 1 to 60. */
  firstMeetingWorkingDays: Scalars['Int']['input'];
  /** 1 to 20. */
  sessionsPerMonth: Scalars['Int']['input'];
  /** 1 to 500. */
  peoplePerConsultant: Scalars['Int']['input'];
};

export type ReportingBandsInput = {
  ageBandLimits: Array<Scalars['Int']['input']>;
  seniorityBandLimits: Array<Scalars['Int']['input']>;
};

export type OveDefinitionInput = {
  maxPayDropPercent: Scalars['Float']['input'];
  minContractMonths: Scalars['Int']['input'];
};

export type OutcomeTargetInput = {
  category: OutcomeCategory;
  sharePercent: Scalars['Float']['input'];
};

/** The whole set of terms; an amendment replaces them all. */
export type ProgrammeTermsInput = {
  type: ProgrammeType;
  sites: Array<Scalars['String']['input']>;
  headcount: Scalars['Int']['input'];
  /** yyyy-mm-dd. */
  startDate: Scalars['String']['input'];
  durationMonths: Scalars['Int']['input'];
  sessionBudgetPerPerson: Scalars['Int']['input'];
  outcomeTargets?: InputMaybe<Array<OutcomeTargetInput>>;
  /** Omitted: the defaults for a new programme, unchanged by an amendment. */
  reportingBands?: InputMaybe<ReportingBandsInput>;
  /** Omitted: the defaults for a new programme, unchanged by an amendment. */
  oveDefinition?: InputMaybe<OveDefinitionInput>;
  /** Omitted: the defaults for a new programme, unchanged by an amendment. */
  serviceLevels?: InputMaybe<ServiceLevelsInput>;
  /** The employer's (or site's) NAF code, NN.NNX such as 10.51C (INVALID_NAF_CODE otherwise); omitted: unchanged by an amendment; null: none. */
  employerNafCode?: InputMaybe<Scalars['String']['input']>;
};

export type ProgrammePage = {
  nodes: Array<Programme>;
  pageInfo: PageInfo;
};

export type AmendProgrammeInput = {
  programmeId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  officeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  terms: ProgrammeTermsInput;
};

/** Every criterion given must hold; a list criterion holds when any of its values does. */
export type PeopleFilter = {
  statuses?: InputMaybe<Array<CandidateStatus>>;
  tracks?: InputMaybe<Array<Track>>;
  /** People this coach follows. */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  /** People followed from this office (those still waiting for a coach have none yet). */
  officeId?: InputMaybe<Scalars['ID']['input']>;
  /** true: people with a coach; false: people waiting for one. */
  assigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** People whose current outcome is one of these. */
  outcomes?: InputMaybe<Array<OutcomeCategory>>;
  /** People with no outcome recorded yet (with `outcomes`: either). */
  withoutOutcome?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: people pathway flags at risk; false: people it does not. */
  atRisk?: InputMaybe<Scalars['Boolean']['input']>;
  /** The site as HR wrote it, accents and case aside. */
  site?: InputMaybe<Scalars['String']['input']>;
  /** Enrolled on or after this day (yyyy-mm-dd, Paris time). */
  enrolledFrom?: InputMaybe<Scalars['String']['input']>;
  /** Enrolled on or before this day (yyyy-mm-dd, Paris time). */
  enrolledTo?: InputMaybe<Scalars['String']['input']>;
};

export type PeopleOrder =
  /** Last name, then first name, accents aside. */
  'NAME' | 'ENROLLED_NEWEST' | 'ENROLLED_OLDEST';

/** A person as a list shows them, with what intake knows of their journey. */
export type PersonInList = {
  candidate: Candidate;
  /** The track of the submitted diagnostic (or the coach's choice); null before. */
  track: Maybe<Track>;
  /** The coach following them; null while they wait for one. */
  coachId: Maybe<Scalars['ID']['output']>;
  /** The category of their current outcome; null before one is recorded. */
  outcome: Maybe<OutcomeCategory>;
  /** How urgently pathway flags them at risk (the reasons are on their plan); null when it does not. */
  risk: Maybe<RiskUrgency>;
};

export type RiskUrgency = 'IMMEDIATE' | 'HIGH' | 'NORMAL';

export type PeoplePage = {
  nodes: Array<PersonInList>;
  pageInfo: PageInfo;
  /** How many people match, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** A page of a list, and where the next one starts. */
export type PageInfo = {
  /** Pass it as `after` for the next page (null when the page is empty). */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ImportStatus =
  | 'PENDING'
  | 'RUNNING'
  | 'COMPLETED'
  | 'FAILED'
  /** Stopped by cancelImport: what committed stays, the rest of the file was not read. */
  | 'CANCELLED';

/** Why an import FAILED, for a client to act on (failureReason says it to a person). */
export type ImportFailureCode =
  /** The file as a whole: not a spreadsheet, cut off, unreadable at a named row and line, no usable header. */
  | 'IMPORT_FILE_REFUSED'
  /** A workbook that unpacks to far more than an HR export does (a zip bomb): refused before it is read. */
  | 'IMPORT_WORKBOOK_TOO_LARGE'
  /** It stopped 3 times without getting further, and was given up rather than resumed again. */
  | 'IMPORT_ATTEMPTS_EXHAUSTED';

/** The candidate fields a file column can hold. */
export type ImportField =
  | 'EMPLOYEE_NUMBER'
  | 'LAST_NAME'
  | 'FIRST_NAME'
  | 'EMAIL'
  | 'PHONE'
  | 'SITE'
  | 'FORMER_JOB_TITLE'
  | 'FORMER_OCCUPATION_CODE'
  | 'HIRE_DATE'
  | 'SENIORITY_YEARS'
  | 'CONTRACT_END_DATE'
  | 'LANGUAGES'
  | 'HOME_COMMUNE_CODE'
  | 'HOME_POSTCODE';

/** What is wrong with one row, said so that the person fixing the file knows what to do. */
export type ImportRowError = {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: Scalars['Int']['output'];
  /** The column as the file names it; null when the problem is the whole row. */
  column: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  value: Maybe<Scalars['String']['output']>;
};

export type ImportErrorPage = {
  total: Scalars['Int']['output'];
  items: Array<ImportRowError>;
};

/** A downloadable file: cells a spreadsheet would run as formulas are neutralised. */
export type ImportReportFile = {
  filename: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  content: Scalars['String']['output'];
};

/** One import of one HR file into one programme: its progress and outcome. */
export type ImportBatch = {
  id: Scalars['ID']['output'];
  programmeId: Scalars['ID']['output'];
  filename: Scalars['String']['output'];
  status: ImportStatus;
  /** Why the file could not be imported at all (rows' problems are in errors). */
  failureReason: Maybe<Scalars['String']['output']>;
  failureCode: Maybe<ImportFailureCode>;
  /** Rows in the file (known once the file has been checked). */
  rowsTotal: Maybe<Scalars['Int']['output']>;
  /** Rows whose outcome is not committed: still to come while it runs, left unread once cancelled or failed. */
  rowsNotRead: Maybe<Scalars['Int']['output']>;
  rowsRead: Scalars['Int']['output'];
  rowsEnrolled: Scalars['Int']['output'];
  rowsUpdated: Scalars['Int']['output'];
  rowsUnchanged: Scalars['Int']['output'];
  rowsRejected: Scalars['Int']['output'];
  errors: ImportErrorPage;
  errorReport: ImportReportFile;
  /** Who asked to cancel the import, and when. */
  cancelledBy: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
};

/** One import of one HR file into one programme: its progress and outcome. */
export type ImportBatchErrorsArgs = {
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportColumnMappingInput = {
  field: ImportField;
  /** The column title as written in the file. */
  header: Scalars['String']['input'];
};

export type ImportCandidatesInput = {
  programmeId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  /** Which column holds which field, when the headers are not ones intake knows. */
  columnMapping?: InputMaybe<Array<ImportColumnMappingInput>>;
  /** Keep this mapping for the sponsor's next files. */
  saveColumnMapping?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Track = 'DIRECT_REEMPLOYMENT' | 'RETRAINING' | 'BUSINESS_CREATION' | 'RETIREMENT_TRANSITION';

export type DiagnosticStatus = 'IN_PROGRESS' | 'SUBMITTED';

export type TrackSource = 'RULES' | 'COACH_OVERRIDE';

export type DiagnosticQuestionKind =
  'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE' | 'INTEGER' | 'LANGUAGE_LIST';

/** The same text in French and English. */
export type Wording = {
  fr: Scalars['String']['output'];
  en: Scalars['String']['output'];
};

export type DiagnosticOption = {
  value: Scalars['String']['output'];
  label: Wording;
};

export type DiagnosticQuestion = {
  id: Scalars['ID']['output'];
  /** urgency, wellbeing, project, mobility, constraints or languages. */
  theme: Scalars['String']['output'];
  kind: DiagnosticQuestionKind;
  text: Wording;
  required: Scalars['Boolean']['output'];
  options: Array<DiagnosticOption>;
  min: Maybe<Scalars['Int']['output']>;
  max: Maybe<Scalars['Int']['output']>;
};

/** A version of the diagnostic questionnaire; a diagnostic names the version it answered. */
export type DiagnosticQuestionnaire = {
  version: Scalars['String']['output'];
  questions: Array<DiagnosticQuestion>;
};

/** One answer: choice for a single choice, choices for several or for languages, number for scales and numbers. */
export type DiagnosticAnswer = {
  questionId: Scalars['ID']['output'];
  choice: Maybe<Scalars['String']['output']>;
  choices: Maybe<Array<Scalars['String']['output']>>;
  number: Maybe<Scalars['Int']['output']>;
};

export type DiagnosticAnswerInput = {
  questionId: Scalars['ID']['input'];
  choice?: InputMaybe<Scalars['String']['input']>;
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  number?: InputMaybe<Scalars['Int']['input']>;
};

export type OrientationReason = {
  /** Stable code, e.g. retirement_within_24_months. */
  code: Scalars['String']['output'];
  text: Wording;
};

export type Orientation = {
  track: Track;
  source: TrackSource;
  /** The track the rules gave, kept when a coach overrides it. */
  rulesTrack: Track;
  reasons: Array<OrientationReason>;
  rulesReasons: Array<OrientationReason>;
  /** The person asked for help or showed distress: contact them promptly. */
  distressFlag: Scalars['Boolean']['output'];
  distressReasons: Array<OrientationReason>;
};

export type TrackOverride = {
  coachId: Scalars['ID']['output'];
  fromTrack: Track;
  toTrack: Track;
  reason: Scalars['String']['output'];
  overriddenAt: Scalars['DateTime']['output'];
};

/** A person's diagnostic. Confidential: never visible to a sponsor. */
export type Diagnostic = {
  id: Scalars['ID']['output'];
  questionnaireVersion: Scalars['String']['output'];
  status: DiagnosticStatus;
  /** Required questions not answered yet, so the person can resume where they stopped. */
  unansweredQuestionIds: Array<Scalars['ID']['output']>;
  /** The answers: the person and their coach only; every read by someone else is audited. */
  answers: Array<DiagnosticAnswer>;
  /** Null until submitted. */
  orientation: Maybe<Orientation>;
  trackOverrides: Array<TrackOverride>;
  startedAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  submittedAt: Maybe<Scalars['DateTime']['output']>;
};

export type OverrideTrackInput = {
  candidateId: Scalars['ID']['input'];
  track: Track;
  reason: Scalars['String']['input'];
};

/** A person whose diagnostic asks for prompt human contact. */
export type DistressAlert = {
  candidateId: Scalars['ID']['output'];
  submittedAt: Scalars['DateTime']['output'];
  reasons: Array<OrientationReason>;
};

/** A person's outcome, in the categories of the end-of-programme report. Corrections keep the history. */
export type Outcome = {
  id: Scalars['ID']['output'];
  category: OutcomeCategory;
  /** yyyy-mm-dd: the day the job, training or business starts. */
  outcomeDate: Scalars['String']['output'];
  employerName: Maybe<Scalars['String']['output']>;
  jobTitle: Maybe<Scalars['String']['output']>;
  /** ROME code of the job, e.g. N1103. */
  occupationCode: Maybe<Scalars['String']['output']>;
  /** Length of a fixed-term contract, in months. */
  contractMonths: Maybe<Scalars['Int']['output']>;
  fullTime: Maybe<Scalars['Boolean']['output']>;
  /** The outcome this one corrects. */
  correctsOutcomeId: Maybe<Scalars['ID']['output']>;
  correctionReason: Maybe<Scalars['String']['output']>;
  /** False once corrected by a later outcome. */
  current: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

export type OfferContractType = 'PERMANENT' | 'FIXED_TERM' | 'TEMPORARY';

export type OfferDecision = 'PENDING' | 'ACCEPTED' | 'REFUSED';

/** A valid job offer (OVE) made to the person, with their decision. */
export type ValidJobOffer = {
  id: Scalars['ID']['output'];
  employerName: Scalars['String']['output'];
  jobTitle: Scalars['String']['output'];
  occupationCode: Maybe<Scalars['String']['output']>;
  contractType: OfferContractType;
  /** yyyy-mm-dd. */
  offeredOn: Scalars['String']['output'];
  /** Length of a fixed-term or temporary contract, in months. */
  contractMonths: Maybe<Scalars['Int']['output']>;
  /** Where the job is, as the offer says it. */
  place: Maybe<Scalars['String']['output']>;
  /** The place's postcode (its department is compared with the person's). */
  placePostcode: Maybe<Scalars['String']['output']>;
  /** Gross annual pay offered, in euros. */
  grossAnnualPay: Maybe<Scalars['Int']['output']>;
  /** The person's gross annual pay in the job they lost, in euros. */
  previousGrossAnnualPay: Maybe<Scalars['Int']['output']>;
  decision: OfferDecision;
  decisionReason: Maybe<Scalars['String']['output']>;
  loggedAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
};

export type OveCriterion =
  /** In the person's labour-market area (their home department). */
  | 'LABOUR_MARKET_AREA'
  /** Pay at most the programme's percentage under the previous pay. */
  | 'PAY'
  /** Permanent, or lasting at least the programme's months. */
  | 'CONTRACT';

/** One criterion of the programme's OVE definition for one offer. */
export type OveCriterionCheck = {
  criterion: OveCriterion;
  /** Null when what was logged does not say. */
  met: Maybe<Scalars['Boolean']['output']>;
  reason: Scalars['String']['output'];
};

/** One offer of the register, checked against the programme's OVE definition. */
export type ValidJobOfferRegisterEntry = {
  offer: ValidJobOffer;
  /** The offered pay as a percentage of the previous pay (one decimal); null when either is not known. */
  payPercentOfPrevious: Maybe<Scalars['Float']['output']>;
  /** True when every criterion is met, false when one is not, null when none fails but one is not known. */
  meetsDefinition: Maybe<Scalars['Boolean']['output']>;
  criteria: Array<OveCriterionCheck>;
};

/**
 * A person's OVE register: every valid job offer made to them, their answers, and whether each met
 * the programme's definition. The person's coach and ops of their offices only.
 */
export type ValidJobOfferRegister = {
  candidateId: Scalars['ID']['output'];
  /** The programme's definition the offers are checked against. */
  definition: OveDefinition;
  /** Oldest offer first. */
  entries: Array<ValidJobOfferRegisterEntry>;
  offered: Scalars['Int']['output'];
  accepted: Scalars['Int']['output'];
  refused: Scalars['Int']['output'];
  /** Offers that met the definition and were refused. */
  refusedMeetingDefinition: Scalars['Int']['output'];
};

export type OutcomeCount = {
  category: OutcomeCategory;
  /** Null when suppressed. */
  count: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  /** Why the count is hidden; null when shown. */
  suppression: Maybe<SuppressionReason>;
};

/** A programme's outcomes in aggregate: counts only, through the platform's disclosure control. */
export type ProgrammeOutcomeSummary = {
  programmeId: Scalars['ID']['output'];
  /** Null when suppressed. */
  people: Maybe<Scalars['Int']['output']>;
  peopleSuppressed: Scalars['Boolean']['output'];
  /** Why the number of people is hidden; null when shown. */
  peopleSuppression: Maybe<SuppressionReason>;
  outcomes: Array<OutcomeCount>;
  /** k: the fewest people a shown count may hold. */
  suppressionThreshold: Scalars['Int']['output'];
};

/**
 * One month of a programme (Paris time), counts of that month only (never running totals, whose
 * differences would give back small numbers), through the platform's disclosure control.
 */
export type OutcomeMonth = {
  /** yyyy-mm */
  month: Scalars['String']['output'];
  /** People enrolled that month; null when suppressed. */
  enrolled: Maybe<Scalars['Int']['output']>;
  enrolledSuppression: Maybe<SuppressionReason>;
  /** People whose outcome (other than still searching) dates from that month; null when suppressed. */
  outcomes: Maybe<Scalars['Int']['output']>;
  outcomesSuppression: Maybe<SuppressionReason>;
};

export type RecordOutcomeInput = {
  candidateId: Scalars['ID']['input'];
  category: OutcomeCategory;
  outcomeDate: Scalars['String']['input'];
  employerName?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  contractMonths?: InputMaybe<Scalars['Int']['input']>;
  fullTime?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CorrectOutcomeInput = {
  candidateId: Scalars['ID']['input'];
  category: OutcomeCategory;
  outcomeDate: Scalars['String']['input'];
  employerName?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  contractMonths?: InputMaybe<Scalars['Int']['input']>;
  fullTime?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
};

export type LogValidJobOfferInput = {
  candidateId: Scalars['ID']['input'];
  employerName: Scalars['String']['input'];
  jobTitle: Scalars['String']['input'];
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  contractType: OfferContractType;
  offeredOn: Scalars['String']['input'];
  /** Required neither way, but the OVE definition cannot be checked without it for a fixed term. */
  contractMonths?: InputMaybe<Scalars['Int']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** 5 digits. */
  placePostcode?: InputMaybe<Scalars['String']['input']>;
  /** Gross annual pay offered, in euros. */
  grossAnnualPay?: InputMaybe<Scalars['Int']['input']>;
  /** The person's gross annual pay in the job they lost, in euros. */
  previousGrossAnnualPay?: InputMaybe<Scalars['Int']['input']>;
};

export type DecideValidJobOfferInput = {
  validJobOfferId: Scalars['ID']['input'];
  decision: OfferDecision;
  /** Required for a refusal. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Why a person's status changed. */
export type StatusChangeReason =
  | 'FIRST_SIGN_IN'
  | 'FIRST_SESSION'
  | 'ILLNESS'
  | 'TRAINING'
  | 'PARENTAL_LEAVE'
  | 'OTHER_LEAVE'
  | 'RETURNED'
  | 'OUTCOME_RECORDED'
  | 'OUTCOME_CORRECTED'
  | 'END_OF_PROGRAMME'
  | 'WITHDRAWAL'
  | 'RETIREMENT'
  | 'REINSTATED';

/**
 * A change of a person's status, who made it and why: their lifecycle's audit trail. Invited ->
 * active at the first sign-in or session; paused until an expected return; placed by an outcome;
 * exited; each undone by a new change, never rewritten.
 */
export type CandidateStatusChange = {
  id: Scalars['ID']['output'];
  from: CandidateStatus;
  to: CandidateStatus;
  reason: StatusChangeReason;
  /** yyyy-mm-dd: a pause's expected return. */
  expectedReturnOn: Maybe<Scalars['String']['output']>;
  /** The coach's or ops' words; never sent to other services. */
  note: Maybe<Scalars['String']['output']>;
  /** Who made the change (their account), or `system`. */
  changedBy: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
};

export type ChangeCandidateStatusInput = {
  candidateId: Scalars['ID']['input'];
  /** PAUSED, ACTIVE (back from a pause, or reinstated) or EXITED; PLACED comes from an outcome. */
  status: CandidateStatus;
  /** Pause: ILLNESS, TRAINING, PARENTAL_LEAVE, OTHER_LEAVE; back: RETURNED; reinstated: REINSTATED; exit: END_OF_PROGRAMME, WITHDRAWAL, RETIREMENT. */
  reason: StatusChangeReason;
  /** yyyy-mm-dd, required for a pause: after today, within a year. */
  expectedReturnOn?: InputMaybe<Scalars['String']['input']>;
  /** Required to reinstate someone. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION'
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP';

/** Consent to a version of the privacy notice, as the person gave or withdrew it. */
export type Consent = {
  noticeVersion: Scalars['String']['output'];
  granted: Scalars['Boolean']['output'];
  /** Granted to the current notice. */
  current: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

/**
 * Whether the person agreed to reminders by text message, and at which number. Essential messages
 * still go by email; texts only add to them.
 */
export type SmsReminders = {
  granted: Scalars['Boolean']['output'];
  /** E.164 (+33612345678); null when withdrawn. */
  mobile: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

export type PrivacyNotice = {
  version: Scalars['String']['output'];
  /** What withdrawing consent stops, and what happens to what was already saved (French). */
  consentWithdrawal: Scalars['String']['output'];
};

/**
 * A person's data as the whole platform holds it (GDPR articles 15 and 20): one archive gathered by
 * intake from every service, as a JSON document to save as a file and a readable HTML summary.
 */
export type PersonalDataExport = {
  fileName: Scalars['String']['output'];
  /** application/json */
  contentType: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** The archive: intake's data, each other service's part under parts, and the services list. */
  document: Scalars['String']['output'];
  /** False when a service's part is missing: services says which and why; ask again later. */
  complete: Scalars['Boolean']['output'];
  /** Intake first, then every service asked: what each contributed, or why its part is missing. */
  services: Array<PersonalDataContribution>;
  summaryFileName: Scalars['String']['output'];
  /** A self-contained HTML document in French summarising the archive, to open or print. */
  summaryHtml: Scalars['String']['output'];
};

/** Why a service's part is missing from an export. */
export type PersonalDataMissingReason =
  /** It did not answer within the export's time limit. */
  | 'TIMEOUT'
  /** It could not be reached. */
  | 'UNAVAILABLE'
  /** It refused intake's service token. */
  | 'REFUSED'
  /** It answered something other than this person's data. */
  | 'INVALID_ANSWER';

/** One service's part of an export. */
export type PersonalDataContribution = {
  /** intake, assessment, pathway, matching, scheduling, notifier or identity. */
  service: Scalars['String']['output'];
  answered: Scalars['Boolean']['output'];
  /** Null when the service answered. */
  missingReason: Maybe<PersonalDataMissingReason>;
  /** Each kind of record the service holds about the person, with how many; empty when it did not answer. */
  sections: Array<PersonalDataSectionCount>;
};

export type PersonalDataSectionCount = {
  name: Scalars['String']['output'];
  records: Scalars['Int']['output'];
};

export type ErasureReceipt = {
  candidateId: Scalars['ID']['output'];
  erasedAt: Scalars['DateTime']['output'];
};

export type RecordConsentInput = {
  candidateId: Scalars['ID']['input'];
  noticeVersion: Scalars['String']['input'];
  granted: Scalars['Boolean']['input'];
};

export type RecordSmsConsentInput = {
  candidateId: Scalars['ID']['input'];
  granted: Scalars['Boolean']['input'];
  /** The mobile to text (06 12 34 56 78, +33 6…, +44 …); without it, the phone the HR file gave, if a mobile. */
  mobile?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person's request to be erased (GDPR article 17), waiting for ops of their offices, who answer it
 * within a month (article 12(3)) with eraseCandidate.
 */
export type ErasureRequest = {
  candidateId: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** A month after the request: when the answer is due at the latest. */
  dueBy: Scalars['DateTime']['output'];
  /** For ops, to recognise the person. */
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  employeeNumber: Scalars['String']['output'];
  programmeName: Scalars['String']['output'];
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};

export type _Entity = Candidate | Programme | Sponsor;
