/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AmendProgrammeInput = {
  name?: string | null | undefined;
  officeIds?: Array<string> | null | undefined;
  programmeId: string;
  terms: ProgrammeTermsInput;
};

export type AssignmentMode =
  | 'AUTOMATIC'
  | 'REASSIGNMENT';

export type CancelReason =
  | 'BOOKED_BY_MISTAKE'
  | 'CANDIDATE_UNAVAILABLE'
  | 'COACH_UNAVAILABLE'
  | 'EMERGENCY'
  | 'ILLNESS'
  | 'OTHER';

export type CandidateStatus =
  | 'ACTIVE'
  | 'EXITED'
  | 'INVITED'
  | 'PAUSED'
  | 'PLACED';

/** Which limit decides how many coaches a group lacks. */
export type CapacityConstraint =
  /** Free caseload places. */
  | 'CASELOAD'
  /** Nobody is missing. */
  | 'NONE'
  /** First meetings the coaches can hold before the deadline. */
  | 'TIME';

export type ChangeCandidateStatusInput = {
  candidateId: string;
  /** yyyy-mm-dd, required for a pause: after today, within a year. */
  expectedReturnOn?: string | null | undefined;
  /** Required to reinstate someone. */
  note?: string | null | undefined;
  /** Pause: ILLNESS, TRAINING, PARENTAL_LEAVE, OTHER_LEAVE; back: RETURNED; reinstated: REINSTATED; exit: END_OF_PROGRAMME, WITHDRAWAL, RETIREMENT. */
  reason: StatusChangeReason;
  /** PAUSED, ACTIVE (back from a pause, or reinstated) or EXITED; PLACED comes from an outcome. */
  status: CandidateStatus;
};

export type CoachChangeStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  /** Accepted too late: the proposed coach was no longer free, or the session had changed. */
  | 'LAPSED'
  | 'PENDING';

export type CommitteePackFormat =
  | 'PDF'
  | 'XLSX';

export type CorrectOutcomeInput = {
  candidateId: string;
  category: OutcomeCategory;
  contractMonths?: number | null | undefined;
  employerName?: string | null | undefined;
  fullTime?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  occupationCode?: string | null | undefined;
  outcomeDate: string;
  reason: string;
};

export type CreateCoachInput = {
  displayName: string;
  /** The coach's work address, where identity invites them; one coach per address, whatever its case. */
  email: string;
  /** The id the coach's token carries; generated when absent. */
  id?: string | null | undefined;
  languages: Array<string>;
  maxCaseload: number;
  officeIds: Array<string>;
  specialties: Array<Track>;
  weeklyHours: Array<DailyWindowInput>;
};

export type CreateOfficeInput = {
  address: string;
  bufferMinutes?: number | null | undefined;
  extraHolidays?: Array<string> | null | undefined;
  frenchPublicHolidays?: boolean | null | undefined;
  /** Generated when absent; ops of one office create it under its known id. */
  id?: string | null | undefined;
  minimumNoticeMinutes?: number | null | undefined;
  name: string;
  openingHours: Array<DailyWindowInput>;
  timeZone: string;
};

export type CreateProgrammeInput = {
  name: string;
  officeIds: Array<string>;
  sponsorId: string;
  /** With its terms the programme is contracted at once; without, it stays a draft until amended. */
  terms?: ProgrammeTermsInput | null | undefined;
};

export type CreateRoomInput = {
  capacity: number;
  equipment?: Array<string> | null | undefined;
  name: string;
  officeId: string;
};

export type CreateSponsorInput = {
  name: string;
};

export type DailyWindowInput = {
  end: string;
  start: string;
  weekday: number;
};

export type DreetsReportFormat =
  | 'PDF'
  | 'XLSX';

export type ImportCandidatesInput = {
  /** Which column holds which field, when the headers are not ones intake knows. */
  columnMapping?: Array<ImportColumnMappingInput> | null | undefined;
  file: unknown;
  programmeId: string;
  /** Keep this mapping for the sponsor's next files. */
  saveColumnMapping?: boolean | null | undefined;
};

export type ImportColumnMappingInput = {
  field: ImportField;
  /** The column title as written in the file. */
  header: string;
};

/** Why an import FAILED, for a client to act on (failureReason says it to a person). */
export type ImportFailureCode =
  /** It stopped 3 times without getting further, and was given up rather than resumed again. */
  | 'IMPORT_ATTEMPTS_EXHAUSTED'
  /** The file as a whole: not a spreadsheet, cut off, unreadable at a named row and line, no usable header. */
  | 'IMPORT_FILE_REFUSED'
  /** A workbook that unpacks to far more than an HR export does (a zip bomb): refused before it is read. */
  | 'IMPORT_WORKBOOK_TOO_LARGE';

/** The candidate fields a file column can hold. */
export type ImportField =
  | 'CONTRACT_END_DATE'
  | 'EMAIL'
  | 'EMPLOYEE_NUMBER'
  | 'FIRST_NAME'
  | 'FORMER_JOB_TITLE'
  | 'FORMER_OCCUPATION_CODE'
  | 'HIRE_DATE'
  | 'HOME_COMMUNE_CODE'
  | 'HOME_POSTCODE'
  | 'LANGUAGES'
  | 'LAST_NAME'
  | 'PHONE'
  | 'SENIORITY_YEARS'
  | 'SITE';

export type ImportStatus =
  /** Stopped by cancelImport: what committed stays, the rest of the file was not read. */
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING';

export type LogValidJobOfferInput = {
  candidateId: string;
  /** Required neither way, but the OVE definition cannot be checked without it for a fixed term. */
  contractMonths?: number | null | undefined;
  contractType: OfferContractType;
  employerName: string;
  /** Gross annual pay offered, in euros. */
  grossAnnualPay?: number | null | undefined;
  jobTitle: string;
  occupationCode?: string | null | undefined;
  offeredOn: string;
  place?: string | null | undefined;
  /** 5 digits. */
  placePostcode?: string | null | undefined;
  /** The person's gross annual pay in the job they lost, in euros. */
  previousGrossAnnualPay?: number | null | undefined;
};

export type OfferContractType =
  | 'FIXED_TERM'
  | 'PERMANENT'
  | 'TEMPORARY';

export type OfferDecision =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REFUSED';

/** Outcome categories of the French end-of-programme report. */
export type OutcomeCategory =
  | 'BUSINESS_CREATION'
  | 'FIXED_TERM_6_MONTHS_OR_MORE'
  | 'OTHER'
  | 'PERMANENT_CONTRACT'
  | 'RETIREMENT'
  | 'SHORT_FIXED_TERM_OR_TEMPORARY'
  | 'STILL_SEARCHING'
  | 'TRAINING';

export type OutcomeTargetInput = {
  category: OutcomeCategory;
  sharePercent: number;
};

export type OveCriterion =
  /** Permanent, or lasting at least the programme's months. */
  | 'CONTRACT'
  /** In the person's labour-market area (their home department). */
  | 'LABOUR_MARKET_AREA'
  /** Pay at most the programme's percentage under the previous pay. */
  | 'PAY';

export type OveDefinitionInput = {
  maxPayDropPercent: number;
  minContractMonths: number;
};

/** Every criterion given must hold; a list criterion holds when any of its values does. */
export type PeopleFilter = {
  /** true: people with a coach; false: people waiting for one. */
  assigned?: boolean | null | undefined;
  /** true: people pathway flags at risk; false: people it does not. */
  atRisk?: boolean | null | undefined;
  /** People this coach follows. */
  coachId?: string | null | undefined;
  /** Enrolled on or after this day (yyyy-mm-dd, Paris time). */
  enrolledFrom?: string | null | undefined;
  /** Enrolled on or before this day (yyyy-mm-dd, Paris time). */
  enrolledTo?: string | null | undefined;
  /** People followed from this office (those still waiting for a coach have none yet). */
  officeId?: string | null | undefined;
  /** People whose current outcome is one of these. */
  outcomes?: Array<OutcomeCategory> | null | undefined;
  /** The site as HR wrote it, accents and case aside. */
  site?: string | null | undefined;
  statuses?: Array<CandidateStatus> | null | undefined;
  tracks?: Array<Track> | null | undefined;
  /** People with no outcome recorded yet (with `outcomes`: either). */
  withoutOutcome?: boolean | null | undefined;
};

export type PeopleOrder =
  | 'ENROLLED_NEWEST'
  | 'ENROLLED_OLDEST'
  /** Last name, then first name, accents aside. */
  | 'NAME';

/** A draft has no terms yet; a contracted programme runs; a closed one is over. */
export type ProgrammeStatus =
  | 'CLOSED'
  | 'CONTRACTED'
  | 'DRAFT';

/** The whole set of terms; an amendment replaces them all. */
export type ProgrammeTermsInput = {
  durationMonths: number;
  /** The employer's (or site's) NAF code, NN.NNX such as 10.51C (INVALID_NAF_CODE otherwise); omitted: unchanged by an amendment; null: none. */
  employerNafCode?: string | null | undefined;
  headcount: number;
  outcomeTargets?: Array<OutcomeTargetInput> | null | undefined;
  /** Omitted: the defaults for a new programme, unchanged by an amendment. */
  oveDefinition?: OveDefinitionInput | null | undefined;
  /** Omitted: the defaults for a new programme, unchanged by an amendment. */
  reportingBands?: ReportingBandsInput | null | undefined;
  /** Omitted: the defaults for a new programme, unchanged by an amendment. */
  serviceLevels?: ServiceLevelsInput | null | undefined;
  sessionBudgetPerPerson: number;
  sites: Array<string>;
  /** yyyy-mm-dd. */
  startDate: string;
  type: ProgrammeType;
};

/** The legal frame of a programme: PSE, congé de reclassement, CSP, or a voluntary scheme. */
export type ProgrammeType =
  | 'CONGE_DE_RECLASSEMENT'
  | 'CSP'
  | 'PSE'
  | 'VOLUNTARY';

export type ReassignCoachInput = {
  candidateId: string;
  coachId: string;
  reason: string;
};

export type RecordOutcomeInput = {
  candidateId: string;
  category: OutcomeCategory;
  contractMonths?: number | null | undefined;
  employerName?: string | null | undefined;
  fullTime?: boolean | null | undefined;
  jobTitle?: string | null | undefined;
  occupationCode?: string | null | undefined;
  outcomeDate: string;
};

export type ReportingBandsInput = {
  ageBandLimits: Array<number>;
  seniorityBandLimits: Array<number>;
};

export type RescheduleSessionInput = {
  /** Keeps the same coach unless ops name another. */
  coachId?: string | null | undefined;
  /** Keeps the same room unless another is named. */
  roomId?: string | null | undefined;
  sessionId: string;
  startsAt: string;
};

export type RiskUrgency =
  | 'HIGH'
  | 'IMMEDIATE'
  | 'NORMAL';

export type ServiceLevelBreachKind =
  /** A coach following more of the programme's people (in accompaniment or paused) than the term. */
  | 'CASELOAD_ABOVE_TERM'
  /** In accompaniment, no session attended yet, and more working days since the enrolment than the term. */
  | 'FIRST_MEETING_LATE'
  /** In accompaniment, a first meeting a month or more ago, and fewer sessions attended over the last month than the term. */
  | 'NO_SESSION_IN_MONTH';

export type ServiceLevelStanding =
  | 'FIRST_MEETING_LATE'
  | 'NO_SESSION_IN_MONTH'
  | 'WITHIN_LEVELS';

export type ServiceLevelUnit =
  | 'DAYS'
  | 'PEOPLE'
  | 'WORKING_DAYS';

export type ServiceLevelsInput = {
  /** 1 to 60. */
  firstMeetingWorkingDays: number;
  /** 1 to 500. */
  peoplePerConsultant: number;
  /** 1 to 20. */
  sessionsPerMonth: number;
};

export type SessionKind =
  | 'DEBRIEF'
  | 'DIAGNOSTIC'
  | 'FOLLOW_UP'
  | 'GROUP_WORKSHOP'
  | 'WELCOME';

/** What a room or coach being deactivated still holds. */
export type SessionsToMoveInput = {
  coachId?: string | null | undefined;
  roomId?: string | null | undefined;
};

/** Why a person's status changed. */
export type StatusChangeReason =
  | 'END_OF_PROGRAMME'
  | 'FIRST_SESSION'
  | 'FIRST_SIGN_IN'
  | 'ILLNESS'
  | 'OTHER_LEAVE'
  | 'OUTCOME_CORRECTED'
  | 'OUTCOME_RECORDED'
  | 'PARENTAL_LEAVE'
  | 'REINSTATED'
  | 'RETIREMENT'
  | 'RETURNED'
  | 'TRAINING'
  | 'WITHDRAWAL';

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP'
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION';

export type Track =
  | 'BUSINESS_CREATION'
  | 'DIRECT_REEMPLOYMENT'
  | 'RETIREMENT_TRANSITION'
  | 'RETRAINING';

export type UpdateCoachInput = {
  /** Each field given replaces the coach's; absent fields are kept. Offices added or removed must be the caller's. */
  displayName?: string | null | undefined;
  id: string;
  languages?: Array<string> | null | undefined;
  maxCaseload?: number | null | undefined;
  officeIds?: Array<string> | null | undefined;
  specialties?: Array<Track> | null | undefined;
  weeklyHours?: Array<DailyWindowInput> | null | undefined;
};

export type UpdateOfficeInput = {
  address?: string | null | undefined;
  bufferMinutes?: number | null | undefined;
  extraHolidays?: Array<string> | null | undefined;
  frenchPublicHolidays?: boolean | null | undefined;
  id: string;
  minimumNoticeMinutes?: number | null | undefined;
  /** Each field given replaces the office's; absent fields are kept. */
  name?: string | null | undefined;
  openingHours?: Array<DailyWindowInput> | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateRoomInput = {
  capacity?: number | null | undefined;
  equipment?: Array<string> | null | undefined;
  id: string;
  /** Each field given replaces the room's; absent fields are kept. */
  name?: string | null | undefined;
};

export type OpsAssignmentQueueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OpsAssignmentQueueQuery = { assignmentQueue: { nodes: Array<{ candidateId: string, programmeId: string, officeIds: Array<string>, reasonCode: string, queuedAt: string, explanation: { officeIds: Array<string>, eligible: Array<{ coachId: string }>, excluded: Array<{ coachId: string, reasons: Array<string> }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } }, offices: Array<{ id: string, name: string, coaches: Array<{ id: string, displayName: string, active: boolean, activeCaseload: number | null, maxCaseload: number | null }> }> };

export type OpsQueuedPersonQueryVariables = Exact<{
  id: string;
}>;


export type OpsQueuedPersonQuery = { candidate: { id: string, firstName: string, lastName: string, programme: { id: string, name: string } } | null };

export type OpsReassignCoachMutationVariables = Exact<{
  input: ReassignCoachInput;
}>;


export type OpsReassignCoachMutation = { reassignCoach: { candidateId: string, coach: { id: string, displayName: string } } };

export type OpsCapacityPlanQueryVariables = Exact<{
  programmeId: string;
  days?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpsCapacityPlanQuery = { programme: { id: string, name: string } | null, offices: Array<{ id: string, name: string }>, capacityPlan: { waiting: number, coachesMissing: number, assumptions: { firstMeetingWithinDays: number, firstMeetingMinutes: number, firstMeetingShare: number, defaultMaxCaseload: number }, offices: Array<{ officeId: string | null, waiting: number, coachesMissing: number, groups: Array<{ track: Track | null, language: string | null, waiting: number, coaches: number, freePlaces: number, firstMeetingSlots: number, caseloadPerCoach: number, coachesMissing: number, binding: CapacityConstraint, everyoneReachedBy: string | null }> }>, longestWaiting: { nodes: Array<{ candidateId: string, reasonCode: string, queuedAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type OpsCapacityProgrammeNameQueryVariables = Exact<{
  id: string;
}>;


export type OpsCapacityProgrammeNameQuery = { programme: { id: string, name: string } | null };

export type OpsWaitingPersonQueryVariables = Exact<{
  id: string;
}>;


export type OpsWaitingPersonQuery = { candidate: { id: string, firstName: string, lastName: string } | null };

export type OpsCoachCaseloadQueryVariables = Exact<{
  id: string;
}>;


export type OpsCoachCaseloadQuery = { coach: { id: string, displayName: string, email: string | null, activeCaseload: number | null, maxCaseload: number | null } | null, caseload: Array<{ candidateId: string, assignedAt: string, mode: AssignmentMode, reason: string | null }> };

export type OpsPersonNameQueryVariables = Exact<{
  id: string;
}>;


export type OpsPersonNameQuery = { candidate: { id: string, firstName: string, lastName: string } | null };

export type OpsUpdateOfficeMutationVariables = Exact<{
  input: UpdateOfficeInput;
}>;


export type OpsUpdateOfficeMutation = { updateOffice: { id: string, name: string, address: string } };

export type OpsUpdateRoomMutationVariables = Exact<{
  input: UpdateRoomInput;
}>;


export type OpsUpdateRoomMutation = { updateRoom: { id: string, name: string, capacity: number } };

export type OpsUpdateCoachMutationVariables = Exact<{
  input: UpdateCoachInput;
}>;


export type OpsUpdateCoachMutation = { updateCoach: { id: string, displayName: string, languages: Array<string>, specialties: Array<Track>, maxCaseload: number | null } };

export type OpsSetOfficeActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
}>;


export type OpsSetOfficeActiveMutation = { deactivateOffice?: { id: string, active: boolean }, reactivateOffice?: { id: string, active: boolean } };

export type OpsSetRoomActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
  cancel?: CancelReason | null | undefined;
}>;


export type OpsSetRoomActiveMutation = { deactivateRoom?: { id: string, active: boolean }, reactivateRoom?: { id: string, active: boolean } };

export type OpsSetCoachActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
  cancel?: CancelReason | null | undefined;
}>;


export type OpsSetCoachActiveMutation = { deactivateCoach?: { id: string, active: boolean }, reactivateCoach?: { id: string, active: boolean } };

export type OpsSessionsToMoveQueryVariables = Exact<{
  input: SessionsToMoveInput;
}>;


export type OpsSessionsToMoveQuery = { sessionsToMove: Array<{ session: { id: string, kind: SessionKind, startsAt: string, candidateIds: Array<string> }, freeRooms: Array<{ id: string, name: string }>, freeCoaches: Array<{ id: string, displayName: string }>, coachChangeProposal: { status: CoachChangeStatus, coach: { displayName: string } } | null }> };

export type OpsMoveToRoomMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;


export type OpsMoveToRoomMutation = { rescheduleSession: { id: string } };

export type OpsProposeCoachChangeMutationVariables = Exact<{
  sessionId: string;
  coachId: string;
}>;


export type OpsProposeCoachChangeMutation = { proposeCoachChange: { sessionId: string, status: CoachChangeStatus } };

export type OpsDocumentDownloadsQueryVariables = Exact<{
  programmeId: string;
}>;


export type OpsDocumentDownloadsQuery = { programme: { id: string, name: string } | null, committeePackDownloads: Array<{ asOf: string, format: CommitteePackFormat, subject: string, role: string, downloadedAt: string }>, dreetsReportDownloads: Array<{ asOf: string, followUp: string, format: DreetsReportFormat, subject: string, role: string, downloadedAt: string }> };

export type OpsDownloaderAccountQueryVariables = Exact<{
  id: string;
}>;


export type OpsDownloaderAccountQuery = { account: { id: string, displayName: string } | null };

export type OpsErasureRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsErasureRequestsQuery = { erasureRequests: Array<{ candidateId: string, requestedAt: string, dueBy: string, firstName: string, lastName: string, employeeNumber: string, programmeName: string }> };

export type OpsEraseCandidateMutationVariables = Exact<{
  id: string;
}>;


export type OpsEraseCandidateMutation = { eraseCandidate: { candidateId: string, erasedAt: string } };

export type OpsImportBatchQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
}>;


export type OpsImportBatchQuery = { importBatch: { id: string, filename: string, status: ImportStatus, failureCode: ImportFailureCode | null, failureReason: string | null, rowsTotal: number | null, rowsRead: number, rowsEnrolled: number, rowsUpdated: number, rowsUnchanged: number, rowsRejected: number, finishedAt: string | null, errors: { total: number, items: Array<{ row: number, column: string | null, reason: string, value: string | null }> } } | null };

export type OpsImportReportQueryVariables = Exact<{
  id: string;
}>;


export type OpsImportReportQuery = { importBatch: { id: string, errorReport: { filename: string, contentType: string, content: string } } | null };

export type OpsImportProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type OpsImportProgrammeQuery = { programme: { id: string, name: string, status: ProgrammeStatus } | null };

export type OpsChangeStatusMutationVariables = Exact<{
  input: ChangeCandidateStatusInput;
}>;


export type OpsChangeStatusMutation = { changeCandidateStatus: { id: string, to: CandidateStatus } };

export type OpsCreateSponsorMutationVariables = Exact<{
  input: CreateSponsorInput;
}>;


export type OpsCreateSponsorMutation = { createSponsor: { id: string, name: string } };

export type OpsCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type OpsCreateProgrammeMutation = { createProgramme: { id: string, status: ProgrammeStatus } };

export type OpsCreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type OpsCreateRoomMutation = { createRoom: { id: string, name: string } };

export type OpsCreateCoachMutationVariables = Exact<{
  input: CreateCoachInput;
}>;


export type OpsCreateCoachMutation = { createCoach: { id: string, displayName: string } };

export type OpsOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsOfficesQuery = { offices: Array<{ id: string, name: string, address: string, rooms: Array<{ id: string }>, coaches: Array<{ id: string }> }> };

export type OpsOfficeQueryVariables = Exact<{
  id: string;
}>;


export type OpsOfficeQuery = { office: { id: string, name: string, address: string, active: boolean, timeZone: string, openingHours: Array<{ weekday: number, start: string, end: string }>, rooms: Array<{ id: string, name: string, capacity: number, active: boolean }>, coaches: Array<{ id: string, displayName: string, email: string | null, languages: Array<string>, specialties: Array<Track>, maxCaseload: number | null, activeCaseload: number | null, active: boolean }> } | null };

export type OpsCreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type OpsCreateOfficeMutation = { createOffice: { id: string, name: string } };

export type OpsRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type OpsRecordOutcomeMutation = { recordOutcome: { id: string } };

export type OpsCorrectOutcomeMutationVariables = Exact<{
  input: CorrectOutcomeInput;
}>;


export type OpsCorrectOutcomeMutation = { correctOutcome: { id: string } };

export type OpsLogValidJobOfferMutationVariables = Exact<{
  input: LogValidJobOfferInput;
}>;


export type OpsLogValidJobOfferMutation = { logValidJobOffer: { id: string } };

export type OpsOveRegisterQueryVariables = Exact<{
  id: string;
}>;


export type OpsOveRegisterQuery = { validJobOfferRegister: { candidateId: string, offered: number, accepted: number, refused: number, refusedMeetingDefinition: number, definition: { maxPayDropPercent: number, minContractMonths: number }, entries: Array<{ payPercentOfPrevious: number | null, meetsDefinition: boolean | null, offer: { id: string, employerName: string, jobTitle: string, place: string | null, offeredOn: string, contractType: OfferContractType, contractMonths: number | null, grossAnnualPay: number | null, previousGrossAnnualPay: number | null, decision: OfferDecision, decisionReason: string | null, decidedAt: string | null }, criteria: Array<{ criterion: OveCriterion, met: boolean | null }> }> } };

export type ProgrammePeopleQueryVariables = Exact<{
  programmeId: string;
  search?: string | null | undefined;
  filter?: PeopleFilter | null | undefined;
  orderBy?: PeopleOrder | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammePeopleQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ track: Track | null, coachId: string | null, outcome: OutcomeCategory | null, risk: RiskUrgency | null, candidate: { id: string, employeeNumber: string, firstName: string, lastName: string, status: CandidateStatus, enrolledAt: string } }> }, offices: Array<{ id: string, name: string, coaches: Array<{ id: string, displayName: string }> }> };

export type OpsPersonQueryVariables = Exact<{
  id: string;
}>;


export type OpsPersonQuery = { candidate: { id: string, firstName: string, lastName: string, email: string, status: CandidateStatus, statusHistory: Array<{ id: string, from: CandidateStatus, to: CandidateStatus, reason: StatusChangeReason, expectedReturnOn: string | null, note: string | null, changedBy: string, changedAt: string }>, programme: { id: string, name: string, status: ProgrammeStatus }, outcome: { id: string, category: OutcomeCategory, outcomeDate: string, employerName: string | null, jobTitle: string | null, contractMonths: number | null, recordedAt: string } | null } | null };

export type OpsOfficeChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsOfficeChoicesQuery = { offices: Array<{ id: string, name: string }> };

export type OpsProgrammeOutcomesQueryVariables = Exact<{
  id: string;
}>;


export type OpsProgrammeOutcomesQuery = { programmeOutcomeSummary: { programmeId: string, people: number | null, peopleSuppressed: boolean, peopleSuppression: SuppressionReason | null, suppressionThreshold: number, outcomes: Array<{ category: OutcomeCategory, count: number | null, suppressed: boolean, suppression: SuppressionReason | null }> } };

export type OpsProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type OpsProgrammeQuery = { programme: { id: string, name: string, status: ProgrammeStatus, type: ProgrammeType | null, sites: Array<string>, headcount: number | null, startDate: string | null, durationMonths: number | null, sessionBudgetPerPerson: number | null, employerNafCode: string | null, officeIds: Array<string>, createdAt: string, amendedAt: string | null, closedAt: string | null, sponsor: { id: string, name: string }, outcomeTargets: Array<{ category: OutcomeCategory, sharePercent: number }> } | null, offices: Array<{ id: string, name: string }>, importBatches: Array<{ id: string, filename: string, status: ImportStatus, rowsEnrolled: number, rowsRejected: number, createdAt: string }> };

export type OpsAmendProgrammeMutationVariables = Exact<{
  input: AmendProgrammeInput;
}>;


export type OpsAmendProgrammeMutation = { amendProgramme: { id: string, status: ProgrammeStatus, type: ProgrammeType | null, sites: Array<string>, headcount: number | null, startDate: string | null, durationMonths: number | null, sessionBudgetPerPerson: number | null, employerNafCode: string | null, amendedAt: string | null } };

export type OpsCloseProgrammeMutationVariables = Exact<{
  id: string;
}>;


export type OpsCloseProgrammeMutation = { closeProgramme: { id: string, status: ProgrammeStatus, closedAt: string | null } };

export type OpsProgrammesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OpsProgrammesQuery = { programmes: { nodes: Array<{ id: string, name: string, status: ProgrammeStatus, headcount: number | null, startDate: string | null, createdAt: string, sponsor: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type OpsServiceLevelsQueryVariables = Exact<{
  programmeId: string;
  asOf?: string | null | undefined;
}>;


export type OpsServiceLevelsQuery = { programme: { id: string, name: string } | null, offices: Array<{ id: string, name: string, coaches: Array<{ id: string, displayName: string }> }>, serviceLevelBreaches: { asOf: string, terms: { firstMeetingWorkingDays: number, sessionsPerMonth: number, peoplePerConsultant: number }, breaches: Array<{ kind: ServiceLevelBreachKind, since: string, by: number, unit: ServiceLevelUnit, candidate: { id: string, firstName: string, lastName: string } | null, coach: { id: string } | null }> }, serviceLevelSummary: { people: number | null, peopleSuppression: SuppressionReason | null, standings: Array<{ standing: ServiceLevelStanding, people: number | null, suppressed: boolean, suppression: SuppressionReason | null }> }, coachWorkload: { weeks: number, coaches: Array<{ officeIds: Array<string>, caseload: number, aboveTermBy: number, sessionsPerWeek: number, noShows: number, atRisk: number, coach: { id: string } }> } };

export type OpsImportCandidatesMutationVariables = Exact<{
  input: ImportCandidatesInput;
}>;


export type OpsImportCandidatesMutation = { importCandidates: { id: string, status: ImportStatus, filename: string } };


export const OpsAssignmentQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsAssignmentQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeIds"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeIds"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coachId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coachId"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"maxCaseload"}}]}}]}}]}}]} as unknown as DocumentNode<OpsAssignmentQueueQuery, OpsAssignmentQueueQueryVariables>;
export const OpsQueuedPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsQueuedPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OpsQueuedPersonQuery, OpsQueuedPersonQueryVariables>;
export const OpsReassignCoachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsReassignCoach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignCoachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<OpsReassignCoachMutation, OpsReassignCoachMutationVariables>;
export const OpsCapacityPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsCapacityPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assumptions"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstMeetingWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"coachesMissing"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstMeetingWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstMeetingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"firstMeetingShare"}},{"kind":"Field","name":{"kind":"Name","value":"defaultMaxCaseload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"coachesMissing"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"coaches"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"firstMeetingSlots"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadPerCoach"}},{"kind":"Field","name":{"kind":"Name","value":"coachesMissing"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"everyoneReachedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaiting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsCapacityPlanQuery, OpsCapacityPlanQueryVariables>;
export const OpsCapacityProgrammeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsCapacityProgrammeName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpsCapacityProgrammeNameQuery, OpsCapacityProgrammeNameQueryVariables>;
export const OpsWaitingPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsWaitingPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<OpsWaitingPersonQuery, OpsWaitingPersonQueryVariables>;
export const OpsCoachCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsCoachCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"maxCaseload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coachId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<OpsCoachCaseloadQuery, OpsCoachCaseloadQueryVariables>;
export const OpsPersonNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsPersonName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<OpsPersonNameQuery, OpsPersonNameQueryVariables>;
export const OpsUpdateOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsUpdateOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<OpsUpdateOfficeMutation, OpsUpdateOfficeMutationVariables>;
export const OpsUpdateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsUpdateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<OpsUpdateRoomMutation, OpsUpdateRoomMutationVariables>;
export const OpsUpdateCoachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsUpdateCoach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCoachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"maxCaseload"}}]}}]}}]} as unknown as DocumentNode<OpsUpdateCoachMutation, OpsUpdateCoachMutationVariables>;
export const OpsSetOfficeActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsSetOfficeActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactivateOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OpsSetOfficeActiveMutation, OpsSetOfficeActiveMutationVariables>;
export const OpsSetRoomActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsSetRoomActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cancel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"cancelRemaining"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cancel"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactivateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OpsSetRoomActiveMutation, OpsSetRoomActiveMutationVariables>;
export const OpsSetCoachActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsSetCoachActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cancel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"cancelRemaining"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cancel"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactivateCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OpsSetCoachActiveMutation, OpsSetCoachActiveMutationVariables>;
export const OpsSessionsToMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsSessionsToMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionsToMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionsToMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeRooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeCoaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachChangeProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsSessionsToMoveQuery, OpsSessionsToMoveQueryVariables>;
export const OpsMoveToRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsMoveToRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpsMoveToRoomMutation, OpsMoveToRoomMutationVariables>;
export const OpsProposeCoachChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsProposeCoachChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCoachChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coachId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpsProposeCoachChangeMutation, OpsProposeCoachChangeMutationVariables>;
export const OpsDocumentDownloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsDocumentDownloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeePackDownloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dreetsReportDownloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}}]}}]}}]} as unknown as DocumentNode<OpsDocumentDownloadsQuery, OpsDocumentDownloadsQueryVariables>;
export const OpsDownloaderAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsDownloaderAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<OpsDownloaderAccountQuery, OpsDownloaderAccountQueryVariables>;
export const OpsErasureRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsErasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}}]}}]}}]} as unknown as DocumentNode<OpsErasureRequestsQuery, OpsErasureRequestsQueryVariables>;
export const OpsEraseCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsEraseCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]}}]} as unknown as DocumentNode<OpsEraseCandidateMutation, OpsEraseCandidateMutationVariables>;
export const OpsImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"rowsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"rowsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsImportBatchQuery, OpsImportBatchQueryVariables>;
export const OpsImportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsImportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<OpsImportReportQuery, OpsImportReportQueryVariables>;
export const OpsImportProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsImportProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpsImportProgrammeQuery, OpsImportProgrammeQueryVariables>;
export const OpsChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCandidateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCandidateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<OpsChangeStatusMutation, OpsChangeStatusMutationVariables>;
export const OpsCreateSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCreateSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSponsorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSponsor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpsCreateSponsorMutation, OpsCreateSponsorMutationVariables>;
export const OpsCreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpsCreateProgrammeMutation, OpsCreateProgrammeMutationVariables>;
export const OpsCreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpsCreateRoomMutation, OpsCreateRoomMutationVariables>;
export const OpsCreateCoachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCreateCoach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCoachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<OpsCreateCoachMutation, OpsCreateCoachMutationVariables>;
export const OpsOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OpsOfficesQuery, OpsOfficesQueryVariables>;
export const OpsOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"maxCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<OpsOfficeQuery, OpsOfficeQueryVariables>;
export const OpsCreateOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCreateOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpsCreateOfficeMutation, OpsCreateOfficeMutationVariables>;
export const OpsRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpsRecordOutcomeMutation, OpsRecordOutcomeMutationVariables>;
export const OpsCorrectOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCorrectOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpsCorrectOutcomeMutation, OpsCorrectOutcomeMutationVariables>;
export const OpsLogValidJobOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsLogValidJobOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogValidJobOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logValidJobOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpsLogValidJobOfferMutation, OpsLogValidJobOfferMutationVariables>;
export const OpsOveRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsOveRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validJobOfferRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPayDropPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minContractMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"refusedMeetingDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractMonths"}},{"kind":"Field","name":{"kind":"Name","value":"grossAnnualPay"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrossAnnualPay"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payPercentOfPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"meetsDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsOveRegisterQuery, OpsOveRegisterQueryVariables>;
export const ProgrammePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"coachId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammePeopleQuery, ProgrammePeopleQueryVariables>;
export const OpsPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expectedReturnOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeDate"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractMonths"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OpsPersonQuery, OpsPersonQueryVariables>;
export const OpsOfficeChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsOfficeChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpsOfficeChoicesQuery, OpsOfficeChoicesQueryVariables>;
export const OpsProgrammeOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsProgrammeOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeOutcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]} as unknown as DocumentNode<OpsProgrammeOutcomesQuery, OpsProgrammeOutcomesQueryVariables>;
export const OpsProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sites"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sessionBudgetPerPerson"}},{"kind":"Field","name":{"kind":"Name","value":"employerNafCode"}},{"kind":"Field","name":{"kind":"Name","value":"officeIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OpsProgrammeQuery, OpsProgrammeQueryVariables>;
export const OpsAmendProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsAmendProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sites"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sessionBudgetPerPerson"}},{"kind":"Field","name":{"kind":"Name","value":"employerNafCode"}},{"kind":"Field","name":{"kind":"Name","value":"amendedAt"}}]}}]}}]} as unknown as DocumentNode<OpsAmendProgrammeMutation, OpsAmendProgrammeMutationVariables>;
export const OpsCloseProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCloseProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<OpsCloseProgrammeMutation, OpsCloseProgrammeMutationVariables>;
export const OpsProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OpsProgrammesQuery, OpsProgrammesQueryVariables>;
export const OpsServiceLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsServiceLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelBreaches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstMeetingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"peoplePerConsultant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"standings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"coaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeIds"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"aboveTermBy"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}}]}}]}}]}}]} as unknown as DocumentNode<OpsServiceLevelsQuery, OpsServiceLevelsQueryVariables>;
export const OpsImportCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsImportCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCandidatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<OpsImportCandidatesMutation, OpsImportCandidatesMutationVariables>;