/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddMilestoneInput = {
  /** Put it right after this milestone; at the end when absent. */
  afterMilestoneId?: string | null | undefined;
  candidateId: string;
  dependsOn?: Array<string> | null | undefined;
  dueOn: string;
  instrumentCode?: string | null | undefined;
  kind: MilestoneKind;
  phase: PathwayPhase;
  reason: string;
  sessionKind?: PlanSessionKind | null | undefined;
  title: string;
};

export type AmendConfidentialNoteInput = {
  candidateId: string;
  /** Why it is amended, 3 to 500 characters. */
  reason: string;
  sessionId: string;
  /** The whole new text, 1 to 20,000 characters. */
  text: string;
};

export type AmendSessionSummaryInput = {
  candidateId: string;
  nextSteps: string;
  /** Why it is amended, 3 to 500 characters; the person sees it. */
  reason: string;
  sessionId: string;
  text: string;
};

/** How an application went out. */
export type ApplicationChannel =
  | 'COMPANY_WEBSITE'
  | 'EMAIL'
  | 'FRANCE_TRAVAIL'
  | 'IN_PERSON'
  | 'JOB_BOARD'
  | 'NETWORK'
  | 'OTHER'
  | 'RECRUITMENT_AGENCY'
  | 'SPONTANEOUS';

/** The person's answer to an offer. */
export type ApplicationOfferDecision =
  | 'ACCEPTED'
  | 'REFUSED';

/**
 * Where an application stands. It starts SENT; REFUSED after OFFER is the person turning the offer
 * down; REFUSED, ACCEPTED and WITHDRAWN close it.
 */
export type ApplicationStatus =
  | 'ACCEPTED'
  | 'INTERVIEW'
  | 'NO_ANSWER'
  | 'OFFER'
  | 'REFUSED'
  | 'SENT'
  | 'WITHDRAWN';

export type CandidateStatus =
  | 'ACTIVE'
  | 'EXITED'
  | 'INVITED'
  | 'PAUSED'
  | 'PLACED';

export type CertificationLink =
  /** The certification names the occupation's ROME code. */
  | 'OCCUPATION'
  /** It names the ROME V3 code the occupation comes from. */
  | 'PARENT_OCCUPATION';

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

export type CommentCvLineInput = {
  line: number;
  section: CvSection;
  text: string;
  versionId: string;
};

export type CompleteMilestoneInput = {
  candidateId: string;
  /** A task milestone (sessions and assessments are reached by their own events). */
  milestoneId: string;
  reason: string;
};

export type ContractType =
  | 'APPRENTICESHIP'
  | 'FIXED_TERM'
  | 'FREELANCE'
  | 'PERMANENT'
  | 'TEMPORARY';

/** A language level: the CEFR's, or the mother tongue. */
export type CvLanguageLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

/** A section of the CV, in print order; a comment is anchored to one of its lines. */
export type CvSection =
  | 'EXPERIENCES'
  | 'HEADLINE'
  | 'IDENTITY'
  | 'INTERESTS'
  | 'LANGUAGES'
  | 'SKILLS'
  | 'TRAININGS';

/** Where a skill comes from: the ROME (matching), the skills inventory (assessment), or the person's own words. */
export type CvSkillSource =
  | 'ASSESSMENT'
  | 'OWN'
  | 'ROME';

export type DecideValidJobOfferInput = {
  decision: OfferDecision;
  /** Required for a refusal. */
  reason?: string | null | undefined;
  validJobOfferId: string;
};

export type DemandArea =
  | 'DEPARTMENT'
  | 'EMPLOYMENT_ZONE'
  | 'FRANCE';

export type DiagnosticStatus =
  | 'IN_PROGRESS'
  | 'SUBMITTED';

export type FormerOccupationStatus =
  | 'CONFIRMED'
  | 'PENDING';

/** The labour figures the console showed the coach: matching's labourMarket for the person's zone. */
export type LocalDemandFiguresInput = {
  sourceYear: number;
  targets: Array<TargetDemandFiguresInput>;
  zoneCode: string;
  zoneLabel: string;
};

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

export type MilestoneKind =
  | 'ASSESSMENT'
  | 'SESSION'
  | 'TASK'
  | 'WORKSHOP';

export type MilestoneStatus =
  /** A session is booked for it. */
  | 'BOOKED'
  /** Can be done now. */
  | 'OPEN'
  /** Waits for a milestone it depends on. */
  | 'PENDING'
  | 'REACHED'
  /** No longer needed: the person's outcome came first. */
  | 'SUPERSEDED';

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

export type OverrideTrackInput = {
  candidateId: string;
  reason: string;
  track: Track;
};

export type PathwayPhase =
  | 'EXPLORING_OPTIONS'
  | 'FOLLOW_UP_IN_JOB'
  | 'JOB_SEARCH'
  | 'VALIDATING_PROJECT'
  | 'WELCOME_AND_DIAGNOSTIC';

export type PathwayStatus =
  | 'COMPLETED'
  /** Drafted at enrolment; the full plan follows the diagnostic and the programme's terms. */
  | 'DRAFT'
  | 'PLANNED';

/** The tracks a diagnostic orients a person to (named for the pathway subgraph). */
export type PathwayTrack =
  | 'BUSINESS_CREATION'
  | 'DIRECT_REEMPLOYMENT'
  | 'RETIREMENT_TRANSITION'
  | 'RETRAINING';

/** The session a milestone asks to book. */
export type PlanSessionKind =
  | 'DEBRIEF'
  | 'DIAGNOSTIC'
  | 'FOLLOW_UP'
  | 'GROUP_WORKSHOP'
  | 'WELCOME';

export type PracticeAnswerStatus =
  /** Saved, still being written. */
  | 'DRAFT'
  /** The coach reviewed it. */
  | 'REVIEWED'
  /** Sent to the coach: no longer edited. */
  | 'SUBMITTED';

export type ProjectContractType =
  | 'APPRENTICESHIP'
  | 'FIXED_TERM'
  | 'PERMANENT'
  | 'SEASONAL'
  | 'SELF_EMPLOYED'
  | 'TEMPORARY';

/** How mobility is measured: a distance, or a travel time. */
export type ProjectDistanceUnit =
  | 'KM'
  | 'MINUTES';

/** The coach's verdict on a project's feasibility. */
export type ProjectVerdict =
  | 'FEASIBLE'
  | 'FEASIBLE_WITH_TRAINING'
  | 'NOT_FEASIBLE_NOW'
  | 'TO_EXPLORE';

/** A version being worked on (DRAFT) or validated by the coach (kept as it was). */
export type ProjectVersionStatus =
  | 'DRAFT'
  | 'VALIDATED';

export type ProjectWorkingHours =
  | 'EITHER'
  | 'FULL_TIME'
  | 'PART_TIME';

export type Proximity =
  | 'CLOSE'
  | 'OFF_TRACK'
  | 'SAME';

export type RecordDebriefInput = {
  assessmentId: string;
  notes: string;
};

export type RedateMilestoneInput = {
  candidateId: string;
  dueOn: string;
  milestoneId: string;
  reason: string;
};

export type ReviewPracticeAnswerInput = {
  answerId: string;
  clarity: number;
  /** At most 2,000 characters; the person reads it. */
  comment?: string | null | undefined;
  concreteness: number;
  result: number;
  /** Each 1 to 4. */
  structure: number;
};

export type ReviewProjectFeasibilityInput = {
  candidateId: string;
  constraints?: string | null | undefined;
  localDemand?: string | null | undefined;
  localDemandFigures?: LocalDemandFiguresInput | null | undefined;
  reasoning?: string | null | undefined;
  skillsHeld?: Array<string> | null | undefined;
  skillsMissing?: Array<string> | null | undefined;
  training?: string | null | undefined;
  trainingNeeded: boolean;
  verdict?: ProjectVerdict | null | undefined;
};

export type RiskReason =
  | 'DISTRESS'
  | 'INACTIVITY'
  | 'OVERDUE_MILESTONES'
  | 'REPEATED_NO_SHOWS';

export type RiskUrgency =
  | 'HIGH'
  | 'IMMEDIATE'
  | 'NORMAL';

export type SessionKind =
  | 'DEBRIEF'
  | 'DIAGNOSTIC'
  | 'FOLLOW_UP'
  | 'GROUP_WORKSHOP'
  | 'WELCOME';

export type SessionMode =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

/** A confidential note (the coach's own) or a summary with next steps (the person's). */
export type SessionNoteType =
  | 'CONFIDENTIAL'
  | 'SUMMARY';

export type SessionStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NO_SHOW';

/** The four parts of a STAR answer. */
export type StarPart =
  | 'ACTION'
  | 'RESULT'
  | 'SITUATION'
  | 'TASK';

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

/** One target's figures as the console showed them (from matching's labourMarket). */
export type TargetDemandFiguresInput = {
  hardToFill: number;
  /** A target of the version reviewed. */
  occupationCode: string;
  projects: number;
  seasonal: number;
};

export type Track =
  | 'BUSINESS_CREATION'
  | 'DIRECT_REEMPLOYMENT'
  | 'RETIREMENT_TRANSITION'
  | 'RETRAINING';

export type TrackSource =
  | 'COACH_OVERRIDE'
  | 'RULES';

export type WriteConfidentialNoteInput = {
  /** The person of the session it is about. */
  candidateId: string;
  sessionId: string;
  /** 1 to 20,000 characters. */
  text: string;
};

export type WriteSessionSummaryInput = {
  candidateId: string;
  /** What comes next, 1 to 5,000 characters. */
  nextSteps: string;
  sessionId: string;
  /** What was said, 1 to 20,000 characters. */
  text: string;
};

export type CoachApplicationsQueryVariables = Exact<{
  candidateId: string;
}>;


export type CoachApplicationsQuery = { candidate: { id: string, jobApplicationCounts: { sent: number, interviews: number, offers: number }, ovesToLog: Array<{ id: string, company: string, jobTitle: string, occupationCode: string | null, oveToLog: { offeredOn: string, decision: ApplicationOfferDecision, decidedOn: string } | null }> } | null, jobApplications: Array<{ id: string, company: string, jobTitle: string, channel: ApplicationChannel, sentOn: string, status: ApplicationStatus, statusChangedOn: string, followUpDueOn: string | null }> };

export type CoachCalendarQueryVariables = Exact<{
  coachId: string;
  from: string;
  to: string;
}>;


export type CoachCalendarQuery = { coachCalendar: Array<{ id: string, kind: SessionKind, mode: SessionMode, startsAt: string, endsAt: string, status: SessionStatus, candidateIds: Array<string>, room: { id: string, name: string } | null }> };

export type CoachCaseloadQueryVariables = Exact<{
  coachId: string;
  from: string;
  to: string;
}>;


export type CoachCaseloadQuery = { caseload: Array<{ candidateId: string, assignedAt: string }>, atRiskCandidates: Array<{ candidateId: string, urgency: RiskUrgency, nextAction: string, reasons: Array<{ reason: RiskReason, detail: string }> }>, distressAlerts: Array<{ candidateId: string, submittedAt: string }>, coachCalendar: Array<{ id: string, kind: SessionKind, startsAt: string, status: SessionStatus, candidateIds: Array<string> }> };

export type CoachCaseloadPersonQueryVariables = Exact<{
  id: string;
}>;


export type CoachCaseloadPersonQuery = { candidate: { id: string, firstName: string, lastName: string, status: CandidateStatus, pathway: { id: string, track: PathwayTrack | null, currentPhase: PathwayPhase | null } | null } | null };

export type CoachCvQueryVariables = Exact<{
  candidateId: string;
}>;


export type CoachCvQuery = { cv: { id: string, current: { id: string }, versions: Array<{ id: string, version: number, savedAt: string, headline: string, interests: Array<string>, pdfPath: string, identity: { fullName: string, email: string | null, phone: string | null, town: string | null }, experiences: Array<{ employer: string, jobTitle: string, start: string, end: string | null, lines: Array<string> }>, skills: Array<{ label: string, code: string | null, source: CvSkillSource }>, trainings: Array<{ title: string, institution: string | null, year: number | null }>, languages: Array<{ language: string, level: CvLanguageLevel }>, comments: Array<{ id: string, section: CvSection, line: number, quotedLine: string, text: string, createdAt: string, resolvedAt: string | null }> }> } | null };

export type CoachCommentCvLineMutationVariables = Exact<{
  input: CommentCvLineInput;
}>;


export type CoachCommentCvLineMutation = { commentCvLine: { id: string } };

export type CoachDebriefQueryVariables = Exact<{
  id: string;
}>;


export type CoachDebriefQuery = { assessment: { id: string, instrumentCode: string, status: string, submittedAt: string | null, releasedAt: string | null, profile: { computedAt: string, riasec: { hollandCode: string, differentiation: number, consistency: string, tiedAtCut: boolean, scores: Array<{ type: string, score: number }> } | null, workValues: { top: Array<string>, scores: Array<{ code: string, score: number }> } | null, skills: { rated: number, top: Array<{ skillCode: string | null, label: string, rating: number }> } | null } | null, debrief: { debriefedAt: string, coachId: string, notes: string | null } | null } | null };

export type CoachRecordDebriefMutationVariables = Exact<{
  input: RecordDebriefInput;
}>;


export type CoachRecordDebriefMutation = { recordDebrief: { id: string, status: string, releasedAt: string | null, debrief: { debriefedAt: string, coachId: string, notes: string | null } | null } };

export type CoachDistressAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachDistressAlertsQuery = { distressAlerts: Array<{ candidateId: string, submittedAt: string, reasons: Array<{ code: string, text: { fr: string, en: string } }> }> };

export type CoachConfirmFormerOccupationMutationVariables = Exact<{
  candidateId: string;
  occupationCode: string;
}>;


export type CoachConfirmFormerOccupationMutation = { confirmFormerOccupation: { status: FormerOccupationStatus, occupationCode: string | null } };

export type CoachEmploymentZonesQueryVariables = Exact<{
  search: string;
}>;


export type CoachEmploymentZonesQuery = { employmentZones: Array<{ code: string, label: string, departmentCodes: Array<string> }> };

export type CoachLabourMarketQueryVariables = Exact<{
  zoneCode: string;
}>;


export type CoachLabourMarketQuery = { labourMarket: { namedShare: number, projects: number, zone: { code: string, label: string, departmentCodes: Array<string> }, occupations: Array<{ familyCode: string, label: string, projects: number, hardToFill: number, hardToFillShare: number, seasonal: number, seasonalShare: number, maskedRows: number }> } };

export type CoachRedateMilestoneMutationVariables = Exact<{
  input: RedateMilestoneInput;
}>;


export type CoachRedateMilestoneMutation = { redateMilestone: { id: string, status: PathwayStatus, track: PathwayTrack | null, currentPhase: PathwayPhase | null, startOn: string | null, endOn: string | null, budget: { budget: number, planned: number, used: number, remaining: number } | null, milestones: Array<{ id: string, position: number, phase: PathwayPhase, kind: MilestoneKind, title: string, dueOn: string, status: MilestoneStatus, reachedAt: string | null, addedByCoach: boolean }> } };

export type CoachCompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type CoachCompleteMilestoneMutation = { completeMilestone: { id: string, status: PathwayStatus, track: PathwayTrack | null, currentPhase: PathwayPhase | null, startOn: string | null, endOn: string | null, budget: { budget: number, planned: number, used: number, remaining: number } | null, milestones: Array<{ id: string, position: number, phase: PathwayPhase, kind: MilestoneKind, title: string, dueOn: string, status: MilestoneStatus, reachedAt: string | null, addedByCoach: boolean }> } };

export type CoachLogValidJobOfferMutationVariables = Exact<{
  input: LogValidJobOfferInput;
}>;


export type CoachLogValidJobOfferMutation = { logValidJobOffer: { id: string } };

export type CoachDecideValidJobOfferMutationVariables = Exact<{
  input: DecideValidJobOfferInput;
}>;


export type CoachDecideValidJobOfferMutation = { decideValidJobOffer: { id: string, decision: OfferDecision } };

export type CoachMarkOveLoggedMutationVariables = Exact<{
  applicationId: string;
}>;


export type CoachMarkOveLoggedMutation = { markOveLogged: { id: string, oveToLog: { loggedAt: string | null } | null } };

export type CoachChangeStatusMutationVariables = Exact<{
  input: ChangeCandidateStatusInput;
}>;


export type CoachChangeStatusMutation = { changeCandidateStatus: { id: string, to: CandidateStatus } };

export type CoachPersonFileQueryVariables = Exact<{
  id: string;
}>;


export type CoachPersonFileQuery = { diagnosticQuestionnaire: { version: string, questions: Array<{ id: string, text: { fr: string, en: string }, options: Array<{ value: string, label: { fr: string, en: string } }> }> }, candidate: { id: string, firstName: string, lastName: string, email: string, phone: string | null, site: string | null, service: string | null, formerJobTitle: string | null, formerOccupationCode: string | null, languages: Array<string>, status: CandidateStatus, enrolledAt: string, contractEndDate: string | null, formerOccupationConfirmation: { formerJobTitle: string, status: FormerOccupationStatus, occupationCode: string | null, confirmedAt: string | null, candidates: Array<{ occupationCode: string, label: string }> } | null, programme: { id: string, name: string }, diagnostic: { id: string, status: DiagnosticStatus, submittedAt: string | null, answers: Array<{ questionId: string, choice: string | null, choices: Array<string> | null, number: number | null }>, orientation: { track: Track, source: TrackSource, distressFlag: boolean, reasons: Array<{ code: string, text: { fr: string, en: string } }>, distressReasons: Array<{ code: string, text: { fr: string, en: string } }> } | null } | null, assessments: Array<{ id: string, instrumentCode: string, status: string, submittedAt: string | null, releasedAt: string | null, progress: { answered: number, total: number } }>, pathway: { id: string, status: PathwayStatus, track: PathwayTrack | null, currentPhase: PathwayPhase | null, startOn: string | null, endOn: string | null, budget: { budget: number, planned: number, used: number, remaining: number } | null, milestones: Array<{ id: string, position: number, phase: PathwayPhase, kind: MilestoneKind, title: string, dueOn: string, status: MilestoneStatus, reachedAt: string | null, addedByCoach: boolean }> } | null, recommendations: Array<{ id: string, label: string, occupationCode: string, proximity: Proximity, rank: number, explanation: string, localDemand: { area: DemandArea, areaCodes: Array<string>, areaLabel: string | null, zoneUnknown: boolean, projects: number, hardToFillShare: number }, certifications: Array<{ linkedBy: CertificationLink, certification: { number: string, url: string }, coveredSkills: Array<{ code: string, label: string }> }> }>, matches: Array<{ rank: number, explanation: string, offer: { id: string, title: string, contractType: ContractType, departmentCode: string } }>, sessions: Array<{ id: string, kind: SessionKind, mode: SessionMode, startsAt: string, status: SessionStatus }>, outcome: { id: string, category: OutcomeCategory, outcomeDate: string, employerName: string | null, jobTitle: string | null } | null } | null };

export type PathwayPlanFragment = { id: string, status: PathwayStatus, track: PathwayTrack | null, currentPhase: PathwayPhase | null, startOn: string | null, endOn: string | null, budget: { budget: number, planned: number, used: number, remaining: number } | null, milestones: Array<{ id: string, position: number, phase: PathwayPhase, kind: MilestoneKind, title: string, dueOn: string, status: MilestoneStatus, reachedAt: string | null, addedByCoach: boolean }> };

export type CoachAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type CoachAddMilestoneMutation = { addMilestone: { id: string, status: PathwayStatus, track: PathwayTrack | null, currentPhase: PathwayPhase | null, startOn: string | null, endOn: string | null, budget: { budget: number, planned: number, used: number, remaining: number } | null, milestones: Array<{ id: string, position: number, phase: PathwayPhase, kind: MilestoneKind, title: string, dueOn: string, status: MilestoneStatus, reachedAt: string | null, addedByCoach: boolean }> } };

export type CoachPracticeQueryVariables = Exact<{
  candidateId: string;
}>;


export type CoachPracticeQuery = { interviewPracticeGuide: { rubric: Array<{ criterion: string, fr: string, en: string }> }, interviewPracticeSessions: Array<{ id: string, startedAt: string, questions: Array<{ position: number, question: { id: string, textFr: string, textEn: string }, answer: { id: string, status: PracticeAnswerStatus, situation: string, task: string, action: string, result: string, submittedAt: string | null, check: { shortParts: Array<StarPart>, resultWithoutFigure: boolean }, review: { total: number } | null } | null }> }> };

export type CoachReviewPracticeAnswerMutationVariables = Exact<{
  input: ReviewPracticeAnswerInput;
}>;


export type CoachReviewPracticeAnswerMutation = { reviewPracticeAnswer: { id: string, status: PracticeAnswerStatus } };

export type CoachProjectQueryVariables = Exact<{
  candidateId: string;
}>;


export type CoachProjectQuery = { professionalProject: { id: string, current: { version: number, status: ProjectVersionStatus, updatedAt: string, validatedAt: string | null, targets: Array<{ occupationCode: string, label: string }>, area: { place: string, placeCode: string | null, distance: number, unit: ProjectDistanceUnit } | null, conditions: { contractTypes: Array<ProjectContractType>, hours: ProjectWorkingHours, payMin: number | null, payMax: number | null, notes: string | null } | null, review: { localDemand: string | null, skillsHeld: Array<string>, skillsMissing: Array<string>, trainingNeeded: boolean, training: string | null, constraints: string | null, verdict: ProjectVerdict | null, reasoning: string | null, reviewedVersion: number, reviewedAt: string, localDemandFigures: { zoneCode: string, zoneLabel: string, sourceYear: number, targets: Array<{ occupationCode: string, projects: number, hardToFill: number, seasonal: number }> } | null } | null }, versions: Array<{ version: number, status: ProjectVersionStatus, updatedAt: string, validatedAt: string | null, targets: Array<{ occupationCode: string, label: string }>, area: { place: string, placeCode: string | null, distance: number, unit: ProjectDistanceUnit } | null, conditions: { contractTypes: Array<ProjectContractType>, hours: ProjectWorkingHours, payMin: number | null, payMax: number | null, notes: string | null } | null, review: { localDemand: string | null, skillsHeld: Array<string>, skillsMissing: Array<string>, trainingNeeded: boolean, training: string | null, constraints: string | null, verdict: ProjectVerdict | null, reasoning: string | null, reviewedVersion: number, reviewedAt: string, localDemandFigures: { zoneCode: string, zoneLabel: string, sourceYear: number, targets: Array<{ occupationCode: string, projects: number, hardToFill: number, seasonal: number }> } | null } | null }> } | null };

export type CoachProjectVersionFragment = { version: number, status: ProjectVersionStatus, updatedAt: string, validatedAt: string | null, targets: Array<{ occupationCode: string, label: string }>, area: { place: string, placeCode: string | null, distance: number, unit: ProjectDistanceUnit } | null, conditions: { contractTypes: Array<ProjectContractType>, hours: ProjectWorkingHours, payMin: number | null, payMax: number | null, notes: string | null } | null, review: { localDemand: string | null, skillsHeld: Array<string>, skillsMissing: Array<string>, trainingNeeded: boolean, training: string | null, constraints: string | null, verdict: ProjectVerdict | null, reasoning: string | null, reviewedVersion: number, reviewedAt: string, localDemandFigures: { zoneCode: string, zoneLabel: string, sourceYear: number, targets: Array<{ occupationCode: string, projects: number, hardToFill: number, seasonal: number }> } | null } | null };

export type CoachReviewProjectMutationVariables = Exact<{
  input: ReviewProjectFeasibilityInput;
}>;


export type CoachReviewProjectMutation = { reviewProjectFeasibility: { id: string } };

export type CoachValidateProjectMutationVariables = Exact<{
  candidateId: string;
  version: number;
}>;


export type CoachValidateProjectMutation = { validateProfessionalProject: { id: string } };

export type CoachProjectZoneQueryVariables = Exact<{
  search: string;
}>;


export type CoachProjectZoneQuery = { employmentZones: Array<{ code: string, label: string }> };

export type CoachProjectMarketQueryVariables = Exact<{
  zoneCode: string;
  occupationCodes?: Array<string> | string | null | undefined;
}>;


export type CoachProjectMarketQuery = { labourMarket: { sourceYear: number, zone: { code: string, label: string }, occupations: Array<{ occupationCodes: Array<string>, projects: number, hardToFill: number, seasonal: number }> } };

export type CoachSessionNotesQueryVariables = Exact<{
  id: string;
}>;


export type CoachSessionNotesQuery = { session: { id: string, kind: SessionKind, startsAt: string, status: SessionStatus, candidateIds: Array<string>, confidentialNotes: Array<{ candidateId: string, current: { version: number, text: string, writtenAt: string }, versions: Array<{ version: number, writtenAt: string, amendReason: string | null }> }> | null, summaries: Array<{ candidateId: string, amended: boolean, acknowledged: boolean, acknowledgedVersion: number | null, acknowledgedAt: string | null, current: { version: number, text: string, nextSteps: string | null, writtenAt: string }, versions: Array<{ version: number, writtenAt: string, amendReason: string | null }> }> | null } | null };

export type CoachNoteTemplateQueryVariables = Exact<{
  kind: SessionKind;
  type: SessionNoteType;
  language: string;
}>;


export type CoachNoteTemplateQuery = { sessionNoteTemplate: { text: string, nextSteps: string | null } };

export type CoachWriteNoteMutationVariables = Exact<{
  input: WriteConfidentialNoteInput;
}>;


export type CoachWriteNoteMutation = { writeConfidentialNote: { candidateId: string } };

export type CoachAmendNoteMutationVariables = Exact<{
  input: AmendConfidentialNoteInput;
}>;


export type CoachAmendNoteMutation = { amendConfidentialNote: { candidateId: string } };

export type CoachWriteSummaryMutationVariables = Exact<{
  input: WriteSessionSummaryInput;
}>;


export type CoachWriteSummaryMutation = { writeSessionSummary: { candidateId: string } };

export type CoachAmendSummaryMutationVariables = Exact<{
  input: AmendSessionSummaryInput;
}>;


export type CoachAmendSummaryMutation = { amendSessionSummary: { candidateId: string } };

export type CoachCompleteSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type CoachCompleteSessionMutation = { completeSession: { id: string, status: SessionStatus } };

export type CoachMarkNoShowMutationVariables = Exact<{
  sessionId: string;
}>;


export type CoachMarkNoShowMutation = { markNoShow: { id: string, status: SessionStatus } };

export type CoachOverrideTrackMutationVariables = Exact<{
  input: OverrideTrackInput;
}>;


export type CoachOverrideTrackMutation = { overrideTrack: { id: string, orientation: { track: Track, source: TrackSource } | null } };

export type CoachPersonNameQueryVariables = Exact<{
  id: string;
}>;


export type CoachPersonNameQuery = { candidate: { id: string, firstName: string, lastName: string } | null };

export const PathwayPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pathway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedByCoach"}}]}}]}}]} as unknown as DocumentNode<PathwayPlanFragment, unknown>;
export const CoachProjectVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachProjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"placeCode"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"payMin"}},{"kind":"Field","name":{"kind":"Name","value":"payMax"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localDemand"}},{"kind":"Field","name":{"kind":"Name","value":"localDemandFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoneCode"}},{"kind":"Field","name":{"kind":"Name","value":"zoneLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceYear"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFill"}},{"kind":"Field","name":{"kind":"Name","value":"seasonal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"skillsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"trainingNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"constraints"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}}]}}]} as unknown as DocumentNode<CoachProjectVersionFragment, unknown>;
export const CoachApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobApplicationCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"interviews"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ovesToLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"oveToLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}}]}}]} as unknown as DocumentNode<CoachApplicationsQuery, CoachApplicationsQueryVariables>;
export const CoachCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coachCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coachId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidateIds"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CoachCalendarQuery, CoachCalendarQueryVariables>;
export const CoachCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coachId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distressAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coachId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coachId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidateIds"}}]}}]}}]} as unknown as DocumentNode<CoachCaseloadQuery, CoachCaseloadQueryVariables>;
export const CoachCaseloadPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachCaseloadPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}}]}}]}}]}}]} as unknown as DocumentNode<CoachCaseloadPersonQuery, CoachCaseloadPersonQueryVariables>;
export const CoachCvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachCv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"quotedLine"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]}}]}}]} as unknown as DocumentNode<CoachCvQuery, CoachCvQueryVariables>;
export const CoachCommentCvLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachCommentCvLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentCvLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentCvLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CoachCommentCvLineMutation, CoachCommentCvLineMutationVariables>;
export const CoachDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"riasec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hollandCode"}},{"kind":"Field","name":{"kind":"Name","value":"differentiation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtCut"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"debrief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debriefedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coachId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]} as unknown as DocumentNode<CoachDebriefQuery, CoachDebriefQueryVariables>;
export const CoachRecordDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachRecordDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDebriefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDebrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"debrief"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debriefedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coachId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]} as unknown as DocumentNode<CoachRecordDebriefMutation, CoachRecordDebriefMutationVariables>;
export const CoachDistressAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachDistressAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distressAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoachDistressAlertsQuery, CoachDistressAlertsQueryVariables>;
export const CoachConfirmFormerOccupationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachConfirmFormerOccupation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupationCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmFormerOccupation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"occupationCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupationCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}}]}}]}}]} as unknown as DocumentNode<CoachConfirmFormerOccupationMutation, CoachConfirmFormerOccupationMutationVariables>;
export const CoachEmploymentZonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachEmploymentZones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentZones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}}]}}]}}]} as unknown as DocumentNode<CoachEmploymentZonesQuery, CoachEmploymentZonesQueryVariables>;
export const CoachLabourMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachLabourMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourMarket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"namedShare"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFill"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFillShare"}},{"kind":"Field","name":{"kind":"Name","value":"seasonal"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalShare"}},{"kind":"Field","name":{"kind":"Name","value":"maskedRows"}}]}}]}}]}}]} as unknown as DocumentNode<CoachLabourMarketQuery, CoachLabourMarketQueryVariables>;
export const CoachRedateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachRedateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathwayPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pathway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedByCoach"}}]}}]}}]} as unknown as DocumentNode<CoachRedateMilestoneMutation, CoachRedateMilestoneMutationVariables>;
export const CoachCompleteMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachCompleteMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathwayPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pathway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedByCoach"}}]}}]}}]} as unknown as DocumentNode<CoachCompleteMilestoneMutation, CoachCompleteMilestoneMutationVariables>;
export const CoachLogValidJobOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachLogValidJobOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogValidJobOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logValidJobOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CoachLogValidJobOfferMutation, CoachLogValidJobOfferMutationVariables>;
export const CoachDecideValidJobOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachDecideValidJobOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideValidJobOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideValidJobOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<CoachDecideValidJobOfferMutation, CoachDecideValidJobOfferMutationVariables>;
export const CoachMarkOveLoggedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachMarkOveLogged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOveLogged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oveToLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoachMarkOveLoggedMutation, CoachMarkOveLoggedMutationVariables>;
export const CoachChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCandidateStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCandidateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CoachChangeStatusMutation, CoachChangeStatusMutationVariables>;
export const CoachPersonFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachPersonFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticQuestionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"formerJobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"formerOccupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"formerOccupationConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formerJobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnostic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orientation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"distressFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"distressReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pathway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathwayPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"localDemand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"zoneUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFillShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"coveredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeDate"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pathway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedByCoach"}}]}}]}}]} as unknown as DocumentNode<CoachPersonFileQuery, CoachPersonFileQueryVariables>;
export const CoachAddMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachAddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathwayPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pathway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedByCoach"}}]}}]}}]} as unknown as DocumentNode<CoachAddMilestoneMutation, CoachAddMilestoneMutationVariables>;
export const CoachPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewPracticeGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewPracticeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"textFr"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortParts"}},{"kind":"Field","name":{"kind":"Name","value":"resultWithoutFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoachPracticeQuery, CoachPracticeQueryVariables>;
export const CoachReviewPracticeAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachReviewPracticeAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewPracticeAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPracticeAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CoachReviewPracticeAnswerMutation, CoachReviewPracticeAnswerMutationVariables>;
export const CoachProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"professionalProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoachProjectVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoachProjectVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoachProjectVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"placeCode"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"payMin"}},{"kind":"Field","name":{"kind":"Name","value":"payMax"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localDemand"}},{"kind":"Field","name":{"kind":"Name","value":"localDemandFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoneCode"}},{"kind":"Field","name":{"kind":"Name","value":"zoneLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceYear"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFill"}},{"kind":"Field","name":{"kind":"Name","value":"seasonal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"skillsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"trainingNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"constraints"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}}]}}]} as unknown as DocumentNode<CoachProjectQuery, CoachProjectQueryVariables>;
export const CoachReviewProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachReviewProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewProjectFeasibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewProjectFeasibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CoachReviewProjectMutation, CoachReviewProjectMutationVariables>;
export const CoachValidateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachValidateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateProfessionalProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CoachValidateProjectMutation, CoachValidateProjectMutationVariables>;
export const CoachProjectZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachProjectZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentZones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CoachProjectZoneQuery, CoachProjectZoneQueryVariables>;
export const CoachProjectMarketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachProjectMarket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupationCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourMarket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"occupationCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupationCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceYear"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFill"}},{"kind":"Field","name":{"kind":"Name","value":"seasonal"}}]}}]}}]}}]} as unknown as DocumentNode<CoachProjectMarketQuery, CoachProjectMarketQueryVariables>;
export const CoachSessionNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachSessionNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidateIds"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoachSessionNotesQuery, CoachSessionNotesQueryVariables>;
export const CoachNoteTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachNoteTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNoteType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNoteTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}}]}}]}}]} as unknown as DocumentNode<CoachNoteTemplateQuery, CoachNoteTemplateQueryVariables>;
export const CoachWriteNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachWriteNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteConfidentialNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeConfidentialNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}}]} as unknown as DocumentNode<CoachWriteNoteMutation, CoachWriteNoteMutationVariables>;
export const CoachAmendNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachAmendNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendConfidentialNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendConfidentialNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}}]} as unknown as DocumentNode<CoachAmendNoteMutation, CoachAmendNoteMutationVariables>;
export const CoachWriteSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachWriteSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteSessionSummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeSessionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}}]} as unknown as DocumentNode<CoachWriteSummaryMutation, CoachWriteSummaryMutationVariables>;
export const CoachAmendSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachAmendSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendSessionSummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendSessionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}}]} as unknown as DocumentNode<CoachAmendSummaryMutation, CoachAmendSummaryMutationVariables>;
export const CoachCompleteSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachCompleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CoachCompleteSessionMutation, CoachCompleteSessionMutationVariables>;
export const CoachMarkNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachMarkNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CoachMarkNoShowMutation, CoachMarkNoShowMutationVariables>;
export const CoachOverrideTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachOverrideTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideTrackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orientation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<CoachOverrideTrackMutation, CoachOverrideTrackMutationVariables>;
export const CoachPersonNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachPersonName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CoachPersonNameQuery, CoachPersonNameQueryVariables>;