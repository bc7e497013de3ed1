/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type AssessmentAnswerInput = {
  itemId: string;
  value: number;
};

export type AssessmentLanguage =
  | 'EN'
  | 'FR';

export type AvailabilityInput = {
  /** One coach, or... */
  coachId?: string | null | undefined;
  /** Defaults to the kind's usual length. */
  durationMinutes?: number | null | undefined;
  from: string;
  kind: SessionKind;
  /** Only coaches speaking this language (office searches). */
  language?: string | null | undefined;
  mode: SessionMode;
  /** ...any eligible coach of this office. */
  officeId?: string | null | undefined;
  to: string;
  /** Only coaches with this specialty (office searches). */
  track?: Track | null | undefined;
};

export type BookSessionInput = {
  candidateIds: Array<string>;
  /** Defaults to the person's assigned coach. */
  coachId?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  kind: SessionKind;
  mode: SessionMode;
  /** In person: the room (its office is the session's). */
  roomId?: string | null | undefined;
  /** Group workshops: the seats offered (at most the room's capacity). */
  seatLimit?: number | null | undefined;
  startsAt: string;
  /** Video: the link; generated when absent. */
  videoLink?: string | null | undefined;
};

export type CancelReason =
  | 'BOOKED_BY_MISTAKE'
  | 'CANDIDATE_UNAVAILABLE'
  | 'COACH_UNAVAILABLE'
  | 'EMERGENCY'
  | 'ILLNESS'
  | 'OTHER';

export type CancelSessionInput = {
  reason: CancelReason;
  sessionId: string;
};

export type ChangeJobApplicationStatusInput = {
  applicationId: string;
  /** yyyy-mm-dd: not after today, not before the last change. */
  changedOn: string;
  status: ApplicationStatus;
};

export type CoachChangeStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  /** Accepted too late: the proposed coach was no longer free, or the session had changed. */
  | 'LAPSED'
  | 'PENDING';

export type ContractType =
  | 'APPRENTICESHIP'
  | 'FIXED_TERM'
  | 'FREELANCE'
  | 'PERMANENT'
  | 'TEMPORARY';

export type CvExperienceInput = {
  employer: string;
  /** yyyy-mm, or null while the job goes on. */
  end?: string | null | undefined;
  jobTitle: string;
  lines?: Array<string> | null | undefined;
  /** yyyy-mm */
  start: string;
};

export type CvIdentityInput = {
  email?: string | null | undefined;
  fullName: string;
  phone?: string | null | undefined;
  town?: string | null | undefined;
};

/**
 * The whole CV as saved: what is sent is the new version. The first one (createCv) is usually the
 * prefill the console composed from one gateway query over Candidate (decision 0031).
 */
export type CvInput = {
  candidateId: string;
  experiences?: Array<CvExperienceInput> | null | undefined;
  headline: string;
  identity: CvIdentityInput;
  interests?: Array<string> | null | undefined;
  languages?: Array<CvLanguageInput> | null | undefined;
  layout: CvLayout;
  skills?: Array<CvSkillInput> | null | undefined;
  trainings?: Array<CvTrainingInput> | null | undefined;
};

export type CvLanguageInput = {
  language: string;
  level: CvLanguageLevel;
};

/** A language level: the CEFR's, or the mother tongue. */
export type CvLanguageLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2'
  | 'NATIVE';

/** A CV layout: three clean French layouts, the same in PDF and in Word. */
export type CvLayout =
  | 'CLASSIQUE'
  | 'MODERNE'
  | 'SOBRE';

export type CvOfferSkillInput = {
  /** A ROME skill code, when the offer gives one. */
  code?: string | null | undefined;
  label: string;
};

/** A section of the CV, in print order; a comment is anchored to one of its lines. */
export type CvSection =
  | 'EXPERIENCES'
  | 'HEADLINE'
  | 'IDENTITY'
  | 'INTERESTS'
  | 'LANGUAGES'
  | 'SKILLS'
  | 'TRAININGS';

export type CvSkillInput = {
  code?: string | null | undefined;
  label: string;
  /** OWN when left out. */
  source?: CvSkillSource | null | undefined;
};

/** Where a skill comes from: the ROME (matching), the skills inventory (assessment), or the person's own words. */
export type CvSkillSource =
  | 'ASSESSMENT'
  | 'OWN'
  | 'ROME';

export type CvTrainingInput = {
  institution?: string | null | undefined;
  title: string;
  year?: number | null | undefined;
};

export type DiagnosticAnswerInput = {
  choice?: string | null | undefined;
  choices?: Array<string> | null | undefined;
  number?: number | null | undefined;
  questionId: string;
};

export type DiagnosticQuestionKind =
  | 'INTEGER'
  | 'LANGUAGE_LIST'
  | 'MULTIPLE_CHOICE'
  | 'SCALE'
  | 'SINGLE_CHOICE';

export type DiagnosticStatus =
  | 'IN_PROGRESS'
  | 'SUBMITTED';

/** What may be edited after recording: the notes and the follow-up delay (both replaced as sent). */
export type EditJobApplicationInput = {
  applicationId: string;
  /** 1 to 60 days; 10 when not given. */
  followUpDays?: number | null | undefined;
  notes?: string | null | undefined;
};

export type FreeTextSkillInput = {
  label: string;
  rating: number;
};

export type MessageKind =
  /** An application the person sent has had no answer for the delay they chose: a reminder to follow it up. */
  | 'APPLICATION_FOLLOW_UP'
  | 'ASSIGNMENT_QUEUE_ALERT'
  | 'AT_RISK_DIGEST'
  /** Another coach offered for a session: the person is asked to accept it. */
  | 'COACH_CHANGE_PROPOSED'
  | 'DISTRESS_ALERT'
  | 'INVITATION'
  | 'JOB_LEADS_DIGEST'
  | 'RESULTS_RELEASED'
  | 'SESSION_BOOKED'
  | 'SESSION_CANCELLED'
  | 'SESSION_REMINDER'
  | 'SESSION_RESCHEDULED'
  | 'SIGN_IN_LINK';

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

export type NotificationPreferencesInput = {
  mutedEmail: Array<MessageKind>;
  mutedInApp: Array<MessageKind>;
  quietHours?: QuietHoursInput | null | undefined;
};

export type OfferVerdict =
  | 'INTERESTED'
  | 'NOT_RELEVANT';

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

export type PracticeAnswerInput = {
  action: string;
  questionId: string;
  result: string;
  sessionId: string;
  /** Each part at most 3,000 characters; all four are needed to submit. */
  situation: string;
  task: string;
};

export type PracticeAnswerStatus =
  /** Saved, still being written. */
  | 'DRAFT'
  /** The coach reviewed it. */
  | 'REVIEWED'
  /** Sent to the coach: no longer edited. */
  | 'SUBMITTED';

export type ProjectAreaInput = {
  distance: number;
  place: string;
  placeCode?: string | null | undefined;
  unit: ProjectDistanceUnit;
};

export type ProjectConditionsInput = {
  contractTypes: Array<ProjectContractType>;
  hours: ProjectWorkingHours;
  notes?: string | null | undefined;
  payMax?: number | null | undefined;
  payMin?: number | null | undefined;
};

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

export type ProjectTargetInput = {
  /** The occupation's label, as matching gave it. */
  label: string;
  /** A ROME code (M1805); spaces and case do not matter. */
  occupationCode: string;
  source: ProjectTargetSource;
};

/** Where a target occupation came from: matching's suggestions to the person, or typed. */
export type ProjectTargetSource =
  | 'SUGGESTION'
  | 'TYPED';

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

export type QuietHoursInput = {
  end: string;
  start: string;
};

export type RecordConsentInput = {
  candidateId: string;
  granted: boolean;
  noticeVersion: string;
};

export type RecordJobApplicationInput = {
  candidateId: string;
  channel: ApplicationChannel;
  company: string;
  /** 1 to 60 days; 10 when not given. */
  followUpDays?: number | null | undefined;
  jobTitle: string;
  /** At most 4000 characters. */
  notes?: string | null | undefined;
  /** A ROME code (N1103); case and spaces do not matter. */
  occupationCode?: string | null | undefined;
  /** Matching's offer id, when the application answers one of its leads or suggestions. */
  offerId?: string | null | undefined;
  /** yyyy-mm-dd, not after today. */
  sentOn: string;
};

export type RecordSmsConsentInput = {
  candidateId: string;
  granted: boolean;
  /** The mobile to text (06 12 34 56 78, +33 6…, +44 …); without it, the phone the HR file gave, if a mobile. */
  mobile?: string | null | undefined;
};

export type RescheduleSessionInput = {
  /** Keeps the same coach unless ops name another. */
  coachId?: string | null | undefined;
  /** Keeps the same room unless another is named. */
  roomId?: string | null | undefined;
  sessionId: string;
  startsAt: string;
};

export type SaveAssessmentAnswersInput = {
  answers: Array<AssessmentAnswerInput>;
  assessmentId: string;
  freeTextSkills?: Array<FreeTextSkillInput> | null | undefined;
};

export type SaveCvVersionInput = {
  /** The version the editor started from: refused (CV_VERSION_CHANGED) when another was saved since. */
  basedOnVersion: number;
  cv: CvInput;
};

/** The whole draft as the person (or their coach with them) writes it: what is sent replaces the draft's. */
export type SaveProjectDraftInput = {
  area?: ProjectAreaInput | null | undefined;
  candidateId: string;
  conditions?: ProjectConditionsInput | null | undefined;
  targets: Array<ProjectTargetInput>;
};

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

export type StartInterviewPracticeInput = {
  /** The application it prepares for, if any. */
  applicationId?: string | null | undefined;
  candidateId: string;
  /**
   * ROME codes aimed at (at most 5), e.g. the application's occupation; left out, the targets of the
   * person's professional project (its last validated version, else its draft).
   */
  occupationCodes?: Array<string> | null | undefined;
  /** The offer's skills (at most 30, each 1 to 200 characters): they order the questions. */
  offerSkills?: Array<string> | null | undefined;
  /** 1 to 10; 5 when left out. */
  questionCount?: number | null | undefined;
};

export type Track =
  | 'BUSINESS_CREATION'
  | 'DIRECT_REEMPLOYMENT'
  | 'RETIREMENT_TRANSITION'
  | 'RETRAINING';

/** Where a workshop is held: in a room of an office, or remote (by video). */
export type WorkshopPlace =
  | 'OFFICE'
  | 'REMOTE';

/** What a group workshop is about. */
export type WorkshopTopic =
  /** Starting or taking over a business */
  | 'BUSINESS_CREATION'
  /** CV, cover letters and applications */
  | 'CV_AND_APPLICATIONS'
  /** Job interviews */
  | 'INTERVIEWS'
  /** The job market, hidden jobs, sectors that hire */
  | 'JOB_MARKET'
  /** Networking, LinkedIn */
  | 'NETWORKING'
  /** Training and how to fund it (CPF, transition projects) */
  | 'TRAINING_AND_FUNDING'
  /** Wellbeing, confidence, managing stress */
  | 'WELLBEING';

export type CandidateApplicationsQueryVariables = Exact<{
  id: string;
  statuses?: Array<ApplicationStatus> | ApplicationStatus | null | undefined;
}>;


export type CandidateApplicationsQuery = { candidate: { id: string, jobApplicationCounts: { sent: number, interviews: number, offers: number } } | null, jobApplications: Array<{ id: string, company: string, jobTitle: string, channel: ApplicationChannel, sentOn: string, status: ApplicationStatus, statusChangedOn: string, notes: string | null, followUpDays: number, followUpDueOn: string | null, history: Array<{ status: ApplicationStatus, changedOn: string }> }> };

export type CandidateRecordApplicationMutationVariables = Exact<{
  input: RecordJobApplicationInput;
}>;


export type CandidateRecordApplicationMutation = { recordJobApplication: { id: string } };

export type CandidateChangeApplicationStatusMutationVariables = Exact<{
  input: ChangeJobApplicationStatusInput;
}>;


export type CandidateChangeApplicationStatusMutation = { changeJobApplicationStatus: { id: string, status: ApplicationStatus, statusChangedOn: string, followUpDueOn: string | null, history: Array<{ status: ApplicationStatus, changedOn: string }> } };

export type CandidateEditApplicationMutationVariables = Exact<{
  input: EditJobApplicationInput;
}>;


export type CandidateEditApplicationMutation = { editJobApplication: { id: string, notes: string | null, followUpDays: number, followUpDueOn: string | null } };

export type AssessmentScreenQueryVariables = Exact<{
  id: string;
  language: AssessmentLanguage;
}>;


export type AssessmentScreenQuery = { instruments: Array<{ code: string, title: string }>, assessment: { id: string, instrumentCode: string, status: string, progress: { answered: number, total: number }, items: Array<{ itemId: string, text: string, answer: number | null }>, responseFormat: { min: number, max: number, anchors: Array<{ value: number, label: string }> }, profile: { riasec: { hollandCode: string, scores: Array<{ type: string, score: number }> } | null } | null } | null };

export type CandidateSaveAssessmentAnswerMutationVariables = Exact<{
  input: SaveAssessmentAnswersInput;
}>;


export type CandidateSaveAssessmentAnswerMutation = { saveAssessmentAnswers: { id: string, status: string, progress: { answered: number, total: number } } };

export type CandidateSubmitAssessmentMutationVariables = Exact<{
  id: string;
}>;


export type CandidateSubmitAssessmentMutation = { submitAssessment: { id: string, status: string } };

export type CandidateAssessmentsQueryVariables = Exact<{
  id: string;
  language: AssessmentLanguage;
}>;


export type CandidateAssessmentsQuery = { instruments: Array<{ code: string, title: string }>, candidate: { id: string, assessments: Array<{ id: string, instrumentCode: string, status: string, assignedAt: string, releasedAt: string | null, progress: { answered: number, total: number } }> } | null };

export type CandidateHomeQueryVariables = Exact<{
  id: string;
}>;


export type CandidateHomeQuery = { unreadNotificationCount: number, candidate: { id: string, diagnostic: { status: DiagnosticStatus } | null, pathway: { status: PathwayStatus, milestones: Array<{ id: string, title: string, dueOn: string, status: MilestoneStatus, sessionKind: PlanSessionKind | null }> } | null, sessions: Array<{ id: string, kind: SessionKind, startsAt: string, status: SessionStatus }>, assessments: Array<{ id: string, status: string }> } | null };

export type CandidateAnswerCoachChangeMutationVariables = Exact<{
  sessionId: string;
  accept: boolean;
}>;


export type CandidateAnswerCoachChangeMutation = { answerCoachChange: { sessionId: string, status: CoachChangeStatus } };

export type CandidateCvQueryVariables = Exact<{
  id: string;
}>;


export type CandidateCvQuery = { cv: { id: string, current: { id: string, version: number, layout: CvLayout, headline: string, interests: Array<string>, savedAt: string, pdfPath: string, docxPath: string, identity: { fullName: string, email: string | null, phone: string | null, town: string | null }, experiences: Array<{ employer: string, jobTitle: string, start: string, end: string | null, lines: Array<string> }>, skills: Array<{ label: string, code: string | null, source: CvSkillSource }>, trainings: Array<{ title: string, institution: string | null, year: number | null }>, languages: Array<{ language: string, level: CvLanguageLevel }> }, versions: Array<{ id: string, version: number, layout: CvLayout, savedAt: string, pdfPath: string, docxPath: string, comments: Array<{ id: string, section: CvSection, line: number, quotedLine: string, text: string, createdAt: string, resolvedAt: string | null }> }> } | null };

export type CandidateCvSourcesQueryVariables = Exact<{
  id: string;
}>;


export type CandidateCvSourcesQuery = { candidate: { id: string, firstName: string, lastName: string, email: string, phone: string | null, formerJobTitle: string | null, hireDate: string | null, contractEndDate: string | null, languages: Array<string>, programme: { id: string, sponsor: { id: string, name: string } }, recommendations: Array<{ id: string, sharedSkills: Array<{ code: string, label: string }> }>, assessments: Array<{ id: string, status: string, profile: { skills: { top: Array<{ skillCode: string | null, label: string, rating: number }> } | null } | null }> } | null };

export type CandidateCreateCvMutationVariables = Exact<{
  input: CvInput;
}>;


export type CandidateCreateCvMutation = { createCv: { id: string } };

export type CandidateSaveCvMutationVariables = Exact<{
  input: SaveCvVersionInput;
}>;


export type CandidateSaveCvMutation = { saveCvVersion: { id: string } };

export type CandidateResolveCvCommentMutationVariables = Exact<{
  id: string;
}>;


export type CandidateResolveCvCommentMutation = { resolveCvComment: { id: string, resolvedAt: string | null } };

export type CandidateCvTailoringQueryVariables = Exact<{
  id: string;
  skills: Array<CvOfferSkillInput> | CvOfferSkillInput;
}>;


export type CandidateCvTailoringQuery = { cv: { id: string, current: { id: string, tailoring: { coverage: number, shown: Array<{ code: string | null, label: string }>, missing: Array<{ code: string | null, label: string }> } } } | null };

export type DiagnosticProgressFragment = { id: string, status: DiagnosticStatus, unansweredQuestionIds: Array<string>, answers: Array<{ questionId: string, choice: string | null, choices: Array<string> | null, number: number | null }> };

export type DiagnosticFormQueryVariables = Exact<{
  id: string;
}>;


export type DiagnosticFormQuery = { diagnosticQuestionnaire: { version: string, questions: Array<{ id: string, theme: string, kind: DiagnosticQuestionKind, required: boolean, min: number | null, max: number | null, text: { fr: string, en: string }, options: Array<{ value: string, label: { fr: string, en: string } }> }> }, candidate: { id: string, diagnostic: { id: string, status: DiagnosticStatus, unansweredQuestionIds: Array<string>, answers: Array<{ questionId: string, choice: string | null, choices: Array<string> | null, number: number | null }> } | null } | null };

export type SaveDiagnosticAnswerMutationVariables = Exact<{
  id: string;
  answers: Array<DiagnosticAnswerInput> | DiagnosticAnswerInput;
}>;


export type SaveDiagnosticAnswerMutation = { saveDiagnosticAnswers: { id: string, status: DiagnosticStatus, unansweredQuestionIds: Array<string>, answers: Array<{ questionId: string, choice: string | null, choices: Array<string> | null, number: number | null }> } };

export type SubmitDiagnosticMutationVariables = Exact<{
  id: string;
}>;


export type SubmitDiagnosticMutation = { submitDiagnostic: { id: string, status: DiagnosticStatus } };

export type CandidateInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateInboxQuery = { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, kind: MessageKind, title: string, body: string, createdAt: string, readAt: string | null }> } };

export type CandidateMarkReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type CandidateMarkReadMutation = { markNotificationsRead: number };

export type CandidatePlanQueryVariables = Exact<{
  id: string;
  language: AssessmentLanguage;
}>;


export type CandidatePlanQuery = { instruments: Array<{ code: string, title: string }>, pathway: { id: string, status: PathwayStatus, track: PathwayTrack | null, currentPhase: PathwayPhase | null, startOn: string | null, endOn: string | null, budget: { budget: number, used: number, remaining: number } | null, milestones: Array<{ id: string, phase: PathwayPhase, kind: MilestoneKind, title: string, dueOn: string, status: MilestoneStatus, reachedAt: string | null, sessionKind: PlanSessionKind | null, instrumentCode: string | null }> } | null };

export type CandidatePracticeSessionsQueryVariables = Exact<{
  id: string;
}>;


export type CandidatePracticeSessionsQuery = { interviewPracticeSessions: Array<{ id: string, applicationId: string | null, startedAt: string, questions: Array<{ position: number, answer: { id: string, status: PracticeAnswerStatus } | null }> }>, jobApplications: Array<{ id: string, company: string, jobTitle: string, occupationCode: string | null, status: ApplicationStatus }> };

export type CandidateStartPracticeMutationVariables = Exact<{
  input: StartInterviewPracticeInput;
}>;


export type CandidateStartPracticeMutation = { startInterviewPractice: { id: string } };

export type CandidatePracticeSessionQueryVariables = Exact<{
  id: string;
}>;


export type CandidatePracticeSessionQuery = { interviewPracticeGuide: { bankLicence: string, star: Array<{ part: StarPart, fr: string, en: string, minWords: number, maxCharacters: number }>, rubric: Array<{ criterion: string, fr: string, en: string }> }, interviewPracticeSession: { id: string, applicationId: string | null, startedAt: string, questions: Array<{ position: number, reason: string, question: { id: string, textFr: string, textEn: string }, answer: { id: string, status: PracticeAnswerStatus, situation: string, task: string, action: string, result: string, savedAt: string, submittedAt: string | null, check: { missingParts: Array<StarPart>, shortParts: Array<StarPart>, resultWithoutFigure: boolean }, review: { structure: number, concreteness: number, result: number, clarity: number, total: number, comment: string | null, reviewedAt: string } | null } | null }> } };

export type CandidateSavePracticeAnswerMutationVariables = Exact<{
  input: PracticeAnswerInput;
}>;


export type CandidateSavePracticeAnswerMutation = { savePracticeAnswer: { id: string, status: PracticeAnswerStatus, situation: string, task: string, action: string, result: string, savedAt: string, submittedAt: string | null, check: { missingParts: Array<StarPart>, shortParts: Array<StarPart>, resultWithoutFigure: boolean } } };

export type CandidateSubmitPracticeAnswerMutationVariables = Exact<{
  input: PracticeAnswerInput;
}>;


export type CandidateSubmitPracticeAnswerMutation = { submitPracticeAnswer: { id: string, status: PracticeAnswerStatus, situation: string, task: string, action: string, result: string, savedAt: string, submittedAt: string | null, check: { missingParts: Array<StarPart>, shortParts: Array<StarPart>, resultWithoutFigure: boolean } } };

export type CandidateNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateNotificationPreferencesQuery = { notificationPreferences: { mutedEmail: Array<MessageKind>, mutedInApp: Array<MessageKind>, quietHours: { start: string, end: string } | null } };

export type CandidateSetNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type CandidateSetNotificationPreferencesMutation = { setNotificationPreferences: { mutedEmail: Array<MessageKind>, mutedInApp: Array<MessageKind>, quietHours: { start: string, end: string } | null } };

export type CandidatePrivacyQueryVariables = Exact<{
  id: string;
}>;


export type CandidatePrivacyQuery = { privacyNotice: { version: string }, candidate: { id: string, phone: string | null, consent: { noticeVersion: string, granted: boolean, current: boolean, recordedAt: string } | null, smsReminders: { granted: boolean, mobile: string | null, recordedAt: string } | null, erasureRequest: { candidateId: string, requestedAt: string, dueBy: string } | null } | null };

export type CandidateRequestErasureMutationVariables = Exact<{
  id: string;
}>;


export type CandidateRequestErasureMutation = { requestErasure: { candidateId: string, requestedAt: string, dueBy: string } };

export type CandidateRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type CandidateRecordConsentMutation = { recordConsent: { noticeVersion: string, granted: boolean, current: boolean, recordedAt: string } };

export type CandidateRecordSmsConsentMutationVariables = Exact<{
  input: RecordSmsConsentInput;
}>;


export type CandidateRecordSmsConsentMutation = { recordSmsConsent: { granted: boolean, mobile: string | null, recordedAt: string } };

export type CandidateExportQueryVariables = Exact<{
  id: string;
}>;


export type CandidateExportQuery = { exportPersonalData: { fileName: string, contentType: string, generatedAt: string, document: string, complete: boolean, summaryFileName: string, summaryHtml: string, services: Array<{ service: string, answered: boolean, sections: Array<{ name: string, records: number }> }> } };

export type CandidateProjectQueryVariables = Exact<{
  id: string;
}>;


export type CandidateProjectQuery = { professionalProject: { id: string, current: { version: number, status: ProjectVersionStatus, updatedAt: string, targets: Array<{ occupationCode: string, label: string, source: ProjectTargetSource }>, area: { place: string, placeCode: string | null, distance: number, unit: ProjectDistanceUnit } | null, conditions: { contractTypes: Array<ProjectContractType>, hours: ProjectWorkingHours, payMin: number | null, payMax: number | null, notes: string | null } | null, review: { localDemand: string | null, skillsHeld: Array<string>, skillsMissing: Array<string>, trainingNeeded: boolean, training: string | null, constraints: string | null, verdict: ProjectVerdict | null, reasoning: string | null, reviewedVersion: number, reviewedAt: string, localDemandFigures: { zoneLabel: string, sourceYear: number, targets: Array<{ occupationCode: string, projects: number, hardToFillShare: number }> } | null } | null }, versions: Array<{ version: number, status: ProjectVersionStatus, validatedAt: string | null, targets: Array<{ occupationCode: string, label: string }>, review: { verdict: ProjectVerdict | null, trainingNeeded: boolean, training: string | null } | null }> } | null, candidate: { id: string, recommendations: Array<{ id: string, occupationCode: string, label: string, rank: number }> } | null };

export type CandidateSaveProjectDraftMutationVariables = Exact<{
  input: SaveProjectDraftInput;
}>;


export type CandidateSaveProjectDraftMutation = { saveProjectDraft: { id: string, current: { version: number, status: ProjectVersionStatus } } };

export type CandidateSessionsQueryVariables = Exact<{
  id: string;
}>;


export type CandidateSessionsQuery = { candidate: { id: string, coach: { id: string, displayName: string } | null, sessions: Array<{ id: string, kind: SessionKind, mode: SessionMode, startsAt: string, endsAt: string, status: SessionStatus, videoLink: string | null, cancelReason: CancelReason | null, room: { id: string, name: string } | null, coach: { id: string, displayName: string }, coachChangeProposal: { status: CoachChangeStatus, coach: { displayName: string } } | null, summaries: Array<{ candidateId: string, amended: boolean, acknowledged: boolean, acknowledgedAt: string | null, current: { version: number, text: string, nextSteps: string | null }, versions: Array<{ version: number, writtenAt: string, amendReason: string | null }> }> | null }> } | null };

export type CandidateBookSessionMutationVariables = Exact<{
  input: BookSessionInput;
}>;


export type CandidateBookSessionMutation = { bookSession: { id: string, startsAt: string, status: SessionStatus } };

export type CandidateRescheduleSessionMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;


export type CandidateRescheduleSessionMutation = { rescheduleSession: { id: string, startsAt: string, endsAt: string, status: SessionStatus } };

export type CandidateCancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type CandidateCancelSessionMutation = { cancelSession: { id: string, status: SessionStatus, cancelReason: CancelReason | null } };

export type CandidateFreeSlotsQueryVariables = Exact<{
  input: AvailabilityInput;
}>;


export type CandidateFreeSlotsQuery = { availableSlots: Array<{ startsAt: string, endsAt: string, coachId: string }> };

export type CandidateSuggestionsQueryVariables = Exact<{
  id: string;
}>;


export type CandidateSuggestionsQuery = { candidate: { id: string, homePostcode: string | null, recommendations: Array<{ id: string, occupationCode: string, label: string, rank: number, proximity: Proximity, explanation: string, missingSkills: Array<{ code: string, label: string }> }>, matches: Array<{ rank: number, explanation: string, offer: { id: string, title: string, contractType: ContractType, departmentCode: string, publishedOn: string } }> } | null };

export type CandidateLocalDemandQueryVariables = Exact<{
  code: string;
  department?: string | null | undefined;
}>;


export type CandidateLocalDemandQuery = { labourDemand: { occupationCode: string, departmentCode: string | null, projects: number, hardToFillShare: number } };

export type CandidateOfferFeedbackMutationVariables = Exact<{
  id: string;
  offerId: string;
  verdict: OfferVerdict;
}>;


export type CandidateOfferFeedbackMutation = { giveOfferFeedback: boolean };

export type OpenWorkshopsQueryVariables = Exact<{
  candidateId: string;
}>;


export type OpenWorkshopsQuery = { openWorkshops: Array<{ seatsLeft: number, joined: boolean, waitingPosition: number | null, session: { id: string, kind: SessionKind, mode: SessionMode, startsAt: string, endsAt: string, videoLink: string | null, seatLimit: number, workshop: { title: string | null, topic: WorkshopTopic | null, description: string | null, language: string | null, place: WorkshopPlace } | null, room: { id: string, name: string } | null, coach: { id: string, displayName: string } } }> };

export type CandidateJoinWorkshopMutationVariables = Exact<{
  sessionId: string;
  candidateId: string;
}>;


export type CandidateJoinWorkshopMutation = { signUpForWorkshop: { joined: boolean, waitingPosition: number | null, session: { id: string, seatsTaken: number } } };

export type CandidateLeaveWorkshopMutationVariables = Exact<{
  sessionId: string;
  candidateId: string;
}>;


export type CandidateLeaveWorkshopMutation = { leaveWorkshop: { id: string, seatsTaken: number } };

export type CandidateAcknowledgeSummaryMutationVariables = Exact<{
  sessionId: string;
  version: number;
}>;


export type CandidateAcknowledgeSummaryMutation = { acknowledgeSessionSummary: { candidateId: string, acknowledged: boolean, acknowledgedVersion: number | null, acknowledgedAt: string | null } };

export const DiagnosticProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Diagnostic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredQuestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DiagnosticProgressFragment, unknown>;
export const CandidateApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobApplicationCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"interviews"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateApplicationsQuery, CandidateApplicationsQueryVariables>;
export const CandidateRecordApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateRecordApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJobApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJobApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CandidateRecordApplicationMutation, CandidateRecordApplicationMutationVariables>;
export const CandidateChangeApplicationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateChangeApplicationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeJobApplicationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeJobApplicationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateChangeApplicationStatusMutation, CandidateChangeApplicationStatusMutationVariables>;
export const CandidateEditApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateEditApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditJobApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editJobApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}}]}}]}}]} as unknown as DocumentNode<CandidateEditApplicationMutation, CandidateEditApplicationMutationVariables>;
export const AssessmentScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseFormat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"anchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riasec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hollandCode"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentScreenQuery, AssessmentScreenQueryVariables>;
export const CandidateSaveAssessmentAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSaveAssessmentAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAssessmentAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssessmentAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateSaveAssessmentAnswerMutation, CandidateSaveAssessmentAnswerMutationVariables>;
export const CandidateSubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CandidateSubmitAssessmentMutation, CandidateSubmitAssessmentMutationVariables>;
export const CandidateAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateAssessmentsQuery, CandidateAssessmentsQueryVariables>;
export const CandidateHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnostic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pathway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessionKind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateHomeQuery, CandidateHomeQueryVariables>;
export const CandidateAnswerCoachChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateAnswerCoachChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCoachChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CandidateAnswerCoachChangeMutation, CandidateAnswerCoachChangeMutationVariables>;
export const CandidateCvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateCv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"town"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"docxPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"docxPath"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"quotedLine"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateCvQuery, CandidateCvQueryVariables>;
export const CandidateCvSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateCvSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"formerJobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateCvSourcesQuery, CandidateCvSourcesQueryVariables>;
export const CandidateCreateCvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateCreateCv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CandidateCreateCvMutation, CandidateCreateCvMutationVariables>;
export const CandidateSaveCvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSaveCv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCvVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCvVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CandidateSaveCvMutation, CandidateSaveCvMutationVariables>;
export const CandidateResolveCvCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateResolveCvComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCvComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<CandidateResolveCvCommentMutation, CandidateResolveCvCommentMutationVariables>;
export const CandidateCvTailoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateCvTailoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skills"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CvOfferSkillInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tailoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerSkills"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skills"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateCvTailoringQuery, CandidateCvTailoringQueryVariables>;
export const DiagnosticFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticQuestionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnostic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticProgress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Diagnostic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredQuestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<DiagnosticFormQuery, DiagnosticFormQueryVariables>;
export const SaveDiagnosticAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDiagnosticAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDiagnosticAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Diagnostic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unansweredQuestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<SaveDiagnosticAnswerMutation, SaveDiagnosticAnswerMutationVariables>;
export const SubmitDiagnosticDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDiagnostic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDiagnostic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitDiagnosticMutation, SubmitDiagnosticMutationVariables>;
export const CandidateInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateInboxQuery, CandidateInboxQueryVariables>;
export const CandidateMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<CandidateMarkReadMutation, CandidateMarkReadMutationVariables>;
export const CandidatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"pathway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentPhase"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionKind"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePlanQuery, CandidatePlanQueryVariables>;
export const CandidatePracticeSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePracticeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewPracticeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CandidatePracticeSessionsQuery, CandidatePracticeSessionsQueryVariables>;
export const CandidateStartPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateStartPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInterviewPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInterviewPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CandidateStartPracticeMutation, CandidateStartPracticeMutationVariables>;
export const CandidatePracticeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePracticeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewPracticeGuide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"star"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"minWords"}},{"kind":"Field","name":{"kind":"Name","value":"maxCharacters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankLicence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewPracticeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"textFr"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingParts"}},{"kind":"Field","name":{"kind":"Name","value":"shortParts"}},{"kind":"Field","name":{"kind":"Name","value":"resultWithoutFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structure"}},{"kind":"Field","name":{"kind":"Name","value":"concreteness"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"clarity"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePracticeSessionQuery, CandidatePracticeSessionQueryVariables>;
export const CandidateSavePracticeAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSavePracticeAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePracticeAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingParts"}},{"kind":"Field","name":{"kind":"Name","value":"shortParts"}},{"kind":"Field","name":{"kind":"Name","value":"resultWithoutFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<CandidateSavePracticeAnswerMutation, CandidateSavePracticeAnswerMutationVariables>;
export const CandidateSubmitPracticeAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSubmitPracticeAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPracticeAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingParts"}},{"kind":"Field","name":{"kind":"Name","value":"shortParts"}},{"kind":"Field","name":{"kind":"Name","value":"resultWithoutFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<CandidateSubmitPracticeAnswerMutation, CandidateSubmitPracticeAnswerMutationVariables>;
export const CandidateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"mutedInApp"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateNotificationPreferencesQuery, CandidateNotificationPreferencesQueryVariables>;
export const CandidateSetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"mutedInApp"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateSetNotificationPreferencesMutation, CandidateSetNotificationPreferencesMutationVariables>;
export const CandidatePrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatePrivacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smsReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erasureRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}}]}}]}}]}}]} as unknown as DocumentNode<CandidatePrivacyQuery, CandidatePrivacyQueryVariables>;
export const CandidateRequestErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateRequestErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}}]}}]}}]} as unknown as DocumentNode<CandidateRequestErasureMutation, CandidateRequestErasureMutationVariables>;
export const CandidateRecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateRecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<CandidateRecordConsentMutation, CandidateRecordConsentMutationVariables>;
export const CandidateRecordSmsConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateRecordSmsConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSmsConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSmsConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<CandidateRecordSmsConsentMutation, CandidateRecordSmsConsentMutationVariables>;
export const CandidateExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"summaryFileName"}},{"kind":"Field","name":{"kind":"Name","value":"summaryHtml"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateExportQuery, CandidateExportQueryVariables>;
export const CandidateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"professionalProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"placeCode"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"payMin"}},{"kind":"Field","name":{"kind":"Name","value":"payMax"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localDemand"}},{"kind":"Field","name":{"kind":"Name","value":"localDemandFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoneLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceYear"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFillShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"skillsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"trainingNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"constraints"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"trainingNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"training"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateProjectQuery, CandidateProjectQueryVariables>;
export const CandidateSaveProjectDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateSaveProjectDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveProjectDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProjectDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateSaveProjectDraftMutation, CandidateSaveProjectDraftMutationVariables>;
export const CandidateSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachChangeProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateSessionsQuery, CandidateSessionsQueryVariables>;
export const CandidateBookSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateBookSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CandidateBookSessionMutation, CandidateBookSessionMutationVariables>;
export const CandidateRescheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateRescheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CandidateRescheduleSessionMutation, CandidateRescheduleSessionMutationVariables>;
export const CandidateCancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateCancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CandidateCancelSessionMutation, CandidateCancelSessionMutationVariables>;
export const CandidateFreeSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateFreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"coachId"}}]}}]}}]} as unknown as DocumentNode<CandidateFreeSlotsQuery, CandidateFreeSlotsQueryVariables>;
export const CandidateSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"homePostcode"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateSuggestionsQuery, CandidateSuggestionsQueryVariables>;
export const CandidateLocalDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateLocalDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occupationCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"hardToFillShare"}}]}}]}}]} as unknown as DocumentNode<CandidateLocalDemandQuery, CandidateLocalDemandQueryVariables>;
export const CandidateOfferFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateOfferFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferVerdict"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveOfferFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}}]}]}}]} as unknown as DocumentNode<CandidateOfferFeedbackMutation, CandidateOfferFeedbackMutationVariables>;
export const OpenWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openWorkshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenWorkshopsQuery, OpenWorkshopsQueryVariables>;
export const CandidateJoinWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateJoinWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateJoinWorkshopMutation, CandidateJoinWorkshopMutationVariables>;
export const CandidateLeaveWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateLeaveWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}}]}}]}}]} as unknown as DocumentNode<CandidateLeaveWorkshopMutation, CandidateLeaveWorkshopMutationVariables>;
export const CandidateAcknowledgeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateAcknowledgeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSessionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<CandidateAcknowledgeSummaryMutation, CandidateAcknowledgeSummaryMutationVariables>;