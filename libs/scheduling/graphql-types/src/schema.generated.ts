// Generated from the scheduling subgraph's SDL by `npm run graphql-types`; do not edit.
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

/** A weekly window in the office's local wall time. */
export type DailyWindow = {
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: Scalars['Int']['output'];
  /** HH:mm */
  start: Scalars['String']['output'];
  /** HH:mm (24:00 = midnight) */
  end: Scalars['String']['output'];
};

export type DailyWindowInput = {
  weekday: Scalars['Int']['input'];
  start: Scalars['String']['input'];
  end: Scalars['String']['input'];
};

/** A place where coaches work and people come to sessions. */
export type Office = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  address: Scalars['String']['output'];
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone: Scalars['String']['output'];
  openingHours: Array<DailyWindow>;
  frenchPublicHolidays: Scalars['Boolean']['output'];
  /** ISO dates the office is closed besides public holidays. */
  extraHolidays: Array<Scalars['String']['output']>;
  /** Every closed date of the year: French public holidays (if they apply) and the office's own. */
  holidays: Array<Scalars['String']['output']>;
  /** Minutes kept free between two sessions of a coach. */
  bufferMinutes: Scalars['Int']['output'];
  /** How long before a session a person may still book it themself. */
  minimumNoticeMinutes: Scalars['Int']['output'];
  rooms: Array<Room>;
  coaches: Array<Coach>;
  /** False once deactivated: ops of the office then see it, nobody books in it. */
  active: Scalars['Boolean']['output'];
};

/** A place where coaches work and people come to sessions. */
export type OfficeHolidaysArgs = {
  year: Scalars['Int']['input'];
};

export type Room = {
  id: Scalars['ID']['output'];
  officeId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  capacity: Scalars['Int']['output'];
  equipment: Array<Scalars['String']['output']>;
  /** False once deactivated: it takes no new booking. */
  active: Scalars['Boolean']['output'];
};

export type Track = 'DIRECT_REEMPLOYMENT' | 'RETRAINING' | 'BUSINESS_CREATION' | 'RETIREMENT_TRANSITION';

export type Coach = {
  id: Scalars['ID']['output'];
  displayName: Scalars['String']['output'];
  /** The coach's work address (lower-case). The coach themself and ops of their offices only. */
  email: Maybe<Scalars['String']['output']>;
  officeIds: Array<Scalars['ID']['output']>;
  /** ISO 639-1 codes. */
  languages: Array<Scalars['String']['output']>;
  specialties: Array<Track>;
  /** Coach and ops only. */
  maxCaseload: Maybe<Scalars['Int']['output']>;
  /** People currently followed (someone placed or exited no longer takes a place). Coach and ops only. */
  activeCaseload: Maybe<Scalars['Int']['output']>;
  /** Coach and ops only. */
  weeklyHours: Maybe<Array<DailyWindow>>;
  active: Scalars['Boolean']['output'];
  /** Leave, training days. Coach and ops only. */
  exceptions: Maybe<Array<CoachException>>;
  /** The private address of the coach's calendar feed. The coach and ops only. */
  calendarFeed: Maybe<CalendarFeed>;
};

export type CoachExceptionsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type CoachExceptionKind = 'LEAVE' | 'TRAINING' | 'OTHER';

export type CoachException = {
  id: Scalars['ID']['output'];
  kind: CoachExceptionKind;
  startsAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  note: Maybe<Scalars['String']['output']>;
};

/** Where a coach's calendar feed (ICS) is served, through the gateway. The path is the secret. */
export type CalendarFeed = {
  path: Scalars['String']['output'];
};

export type CreateOfficeInput = {
  /** Generated when absent; ops of one office create it under its known id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  address: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
  openingHours: Array<DailyWindowInput>;
  frenchPublicHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  extraHolidays?: InputMaybe<Array<Scalars['String']['input']>>;
  bufferMinutes?: InputMaybe<Scalars['Int']['input']>;
  minimumNoticeMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateRoomInput = {
  officeId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  capacity: Scalars['Int']['input'];
  equipment?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateCoachInput = {
  /** The id the coach's token carries; generated when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  /** The coach's work address, where identity invites them; one coach per address, whatever its case. */
  email: Scalars['String']['input'];
  officeIds: Array<Scalars['ID']['input']>;
  languages: Array<Scalars['String']['input']>;
  specialties: Array<Track>;
  maxCaseload: Scalars['Int']['input'];
  weeklyHours: Array<DailyWindowInput>;
};

export type AddCoachExceptionInput = {
  coachId: Scalars['ID']['input'];
  kind: CoachExceptionKind;
  startsAt: Scalars['DateTime']['input'];
  endsAt: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOfficeInput = {
  id: Scalars['ID']['input'];
  /** Each field given replaces the office's; absent fields are kept. */
  name?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<Array<DailyWindowInput>>;
  frenchPublicHolidays?: InputMaybe<Scalars['Boolean']['input']>;
  extraHolidays?: InputMaybe<Array<Scalars['String']['input']>>;
  bufferMinutes?: InputMaybe<Scalars['Int']['input']>;
  minimumNoticeMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateRoomInput = {
  id: Scalars['ID']['input'];
  /** Each field given replaces the room's; absent fields are kept. */
  name?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  equipment?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateCoachInput = {
  id: Scalars['ID']['input'];
  /** Each field given replaces the coach's; absent fields are kept. Offices added or removed must be the caller's. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  officeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  specialties?: InputMaybe<Array<Track>>;
  maxCaseload?: InputMaybe<Scalars['Int']['input']>;
  weeklyHours?: InputMaybe<Array<DailyWindowInput>>;
};

/** Another coach offered for a person's session, because its coach is leaving; the person accepts or declines. */
export type CoachChangeProposal = {
  sessionId: Scalars['ID']['output'];
  /** The coach proposed. */
  coach: Coach;
  previousCoachId: Scalars['ID']['output'];
  status: CoachChangeStatus;
  proposedAt: Scalars['DateTime']['output'];
  answeredAt: Maybe<Scalars['DateTime']['output']>;
};

export type CoachChangeStatus =
  | 'PENDING'
  | 'ACCEPTED'
  | 'DECLINED'
  /** Accepted too late: the proposed coach was no longer free, or the session had changed. */
  | 'LAPSED';

/** A booked session still ahead that a room or coach being deactivated holds, with where it could go. */
export type SessionToMove = {
  session: CoachingSession;
  /** Rooms of the office free at the same time, seating everyone (moving there: rescheduleSession with the same startsAt and the roomId). */
  freeRooms: Array<Room>;
  /** Active coaches of the office, of the person's track, working and free at the same time (proposeCoachChange). */
  freeCoaches: Array<Coach>;
  /** The latest coach change offered for it, if any. */
  coachChangeProposal: Maybe<CoachChangeProposal>;
};

/** What a room or coach being deactivated still holds. */
export type SessionsToMoveInput = {
  roomId?: InputMaybe<Scalars['ID']['input']>;
  coachId?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  office: Maybe<Office>;
  /** Ops: their offices (all for global ops); a coach: their own offices. */
  offices: Array<Office>;
  coach: Maybe<Coach>;
  /** Ops: the booked sessions still ahead a room or coach of their offices holds (exactly one of roomId, coachId), soonest first. */
  sessionsToMove: Array<SessionToMove>;
  /** A coach's current caseload (a coach: their own; ops: coaches of their offices). */
  caseload: Array<CoachAssignment>;
  /** People waiting for a coach in the caller's offices. */
  assignmentQueue: QueuedCandidatePage;
  /** Coaches missing per office and group of a programme, within the caller's offices (ops of the programme's offices). */
  capacityPlan: CapacityPlan;
  /** Free slots of one coach or of an office's coaches. */
  availableSlots: Array<AvailableSlot>;
  session: Maybe<CoachingSession>;
  /** A coach's sessions within a range (a coach: their own; ops: coaches of their offices). */
  coachCalendar: Array<CoachingSession>;
  /**
   * The group workshops still to come that a person may join (their programme's, in their offices),
   * full ones included, soonest first: for the person, their coach, or ops of their offices.
   */
  openWorkshops: Array<OpenWorkshop>;
  /** Aggregate session counts of a programme, every status (sponsor HR of the programme, or ops). */
  sessionCounts: Array<SessionCount>;
  /** The headings to start a note or summary from, for a kind of session, in French (fr) or English (en). */
  sessionNoteTemplate: SessionNoteTemplate;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCoachArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySessionsToMoveArgs = {
  input: SessionsToMoveInput;
};

export type QueryCaseloadArgs = {
  coachId: Scalars['ID']['input'];
};

export type QueryAssignmentQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

export type QueryCapacityPlanArgs = {
  programmeId: Scalars['ID']['input'];
  assumptions: InputMaybe<CapacityAssumptionsInput>;
};

export type QueryAvailableSlotsArgs = {
  input: AvailabilityInput;
};

export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCoachCalendarArgs = {
  coachId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type QueryOpenWorkshopsArgs = {
  candidateId: Scalars['ID']['input'];
  topic: InputMaybe<WorkshopTopic>;
  language: InputMaybe<Scalars['String']['input']>;
};

export type QuerySessionCountsArgs = {
  programmeId: Scalars['ID']['input'];
};

export type QuerySessionNoteTemplateArgs = {
  kind: SessionKind;
  type: SessionNoteType;
  language: Scalars['String']['input'];
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};

export type Mutation = {
  createOffice: Office;
  createRoom: Room;
  createCoach: Coach;
  addCoachException: CoachException;
  /** A new private address for the coach's calendar feed; the old one stops working. */
  rotateCalendarToken: CalendarFeed;
  /** Ops of the office. */
  updateOffice: Office;
  /** Ops of the room's office. */
  updateRoom: Room;
  /** Ops of the coach's offices. */
  updateCoach: Coach;
  /** Refused with OFFICE_IN_USE while an active room or coach remains in it. */
  deactivateOffice: Office;
  reactivateOffice: Office;
  /**
   * Refused with FUTURE_SESSIONS_REMAIN (extensions.count, sessionIds) while booked sessions ahead hold
   * the room, unless cancelRemaining gives the reason to cancel them with (each person told).
   */
  deactivateRoom: Room;
  reactivateRoom: Room;
  /** As deactivateRoom, for a coach: they then take no new booking nor assignment. */
  deactivateCoach: Coach;
  reactivateCoach: Coach;
  /** Ops offer another coach for one person's session; the person accepts or declines (answerCoachChange). */
  proposeCoachChange: CoachChangeProposal;
  /** The person answers a pending proposal for their session; accepted, the session changes coach and the person is told. */
  answerCoachChange: CoachChangeProposal;
  /** Ops give a person another coach, with a reason (CoachAssigned, mode reassignment). */
  reassignCoach: CoachAssignment;
  bookSession: CoachingSession;
  /** Ops create a group workshop with its details, open to the programmes they name. */
  createWorkshop: CoachingSession;
  /** Ops change a workshop's details or seats. */
  editWorkshop: CoachingSession;
  /**
   * A person takes a seat in a group workshop; WORKSHOP_FULL when every seat is taken.
   * @deprecated Use signUpForWorkshop, which puts the person on the waiting list of a full workshop.
   */
  joinWorkshop: CoachingSession;
  /**
   * A person takes a seat in a group workshop or, when it is full, a place on its waiting list
   * (`waitingPosition`); answers the workshop as they now see it.
   */
  signUpForWorkshop: OpenWorkshop;
  /**
   * A person gives up their seat in a group workshop before it starts, or their place on its waiting
   * list (the person, or ops for them). A seat freed goes to the first person waiting.
   */
  leaveWorkshop: CoachingSession;
  rescheduleSession: CoachingSession;
  cancelSession: CoachingSession;
  completeSession: CoachingSession;
  /** Records that these people (all when absent) did not come. */
  markNoShow: CoachingSession;
  /** The session's coach writes their confidential note about a person, once the session took place. */
  writeConfidentialNote: ConfidentialSessionNote;
  /** Its author amends it: a new version, the earlier ones kept. */
  amendConfidentialNote: ConfidentialSessionNote;
  /** The session's coach writes the summary and next steps of a session the person attended. */
  writeSessionSummary: SessionSummary;
  /** Its author amends it: a new version, the earlier ones kept and shown to the person. */
  amendSessionSummary: SessionSummary;
  /** The person acknowledges the version of their summary they read (the current one). */
  acknowledgeSessionSummary: SessionSummary;
};

export type MutationCreateOfficeArgs = {
  input: CreateOfficeInput;
};

export type MutationCreateRoomArgs = {
  input: CreateRoomInput;
};

export type MutationCreateCoachArgs = {
  input: CreateCoachInput;
};

export type MutationAddCoachExceptionArgs = {
  input: AddCoachExceptionInput;
};

export type MutationRotateCalendarTokenArgs = {
  coachId: Scalars['ID']['input'];
};

export type MutationUpdateOfficeArgs = {
  input: UpdateOfficeInput;
};

export type MutationUpdateRoomArgs = {
  input: UpdateRoomInput;
};

export type MutationUpdateCoachArgs = {
  input: UpdateCoachInput;
};

export type MutationDeactivateOfficeArgs = {
  id: Scalars['ID']['input'];
};

export type MutationReactivateOfficeArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeactivateRoomArgs = {
  id: Scalars['ID']['input'];
  cancelRemaining: InputMaybe<CancelReason>;
};

export type MutationReactivateRoomArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeactivateCoachArgs = {
  id: Scalars['ID']['input'];
  cancelRemaining: InputMaybe<CancelReason>;
};

export type MutationReactivateCoachArgs = {
  id: Scalars['ID']['input'];
};

export type MutationProposeCoachChangeArgs = {
  sessionId: Scalars['ID']['input'];
  coachId: Scalars['ID']['input'];
};

export type MutationAnswerCoachChangeArgs = {
  sessionId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
};

export type MutationReassignCoachArgs = {
  input: ReassignCoachInput;
};

export type MutationBookSessionArgs = {
  input: BookSessionInput;
};

export type MutationCreateWorkshopArgs = {
  input: CreateWorkshopInput;
};

export type MutationEditWorkshopArgs = {
  input: EditWorkshopInput;
};

export type MutationJoinWorkshopArgs = {
  sessionId: Scalars['ID']['input'];
  candidateId: Scalars['ID']['input'];
};

export type MutationSignUpForWorkshopArgs = {
  sessionId: Scalars['ID']['input'];
  candidateId: Scalars['ID']['input'];
};

export type MutationLeaveWorkshopArgs = {
  sessionId: Scalars['ID']['input'];
  candidateId: Scalars['ID']['input'];
};

export type MutationRescheduleSessionArgs = {
  input: RescheduleSessionInput;
};

export type MutationCancelSessionArgs = {
  input: CancelSessionInput;
};

export type MutationCompleteSessionArgs = {
  sessionId: Scalars['ID']['input'];
};

export type MutationMarkNoShowArgs = {
  sessionId: Scalars['ID']['input'];
  candidateIds: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MutationWriteConfidentialNoteArgs = {
  input: WriteConfidentialNoteInput;
};

export type MutationAmendConfidentialNoteArgs = {
  input: AmendConfidentialNoteInput;
};

export type MutationWriteSessionSummaryArgs = {
  input: WriteSessionSummaryInput;
};

export type MutationAmendSessionSummaryArgs = {
  input: AmendSessionSummaryInput;
};

export type MutationAcknowledgeSessionSummaryArgs = {
  sessionId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type AssignmentMode = 'AUTOMATIC' | 'REASSIGNMENT';

export type EligibleCoach = {
  coachId: Scalars['ID']['output'];
  activeCaseload: Scalars['Int']['output'];
  maxCaseload: Scalars['Int']['output'];
  loadRatio: Scalars['Float']['output'];
};

export type ExcludedCoach = {
  coachId: Scalars['ID']['output'];
  /** inactive, office_not_serving_programme, out_of_reach, no_common_language, specialty_mismatch, at_capacity */
  reasons: Array<Scalars['String']['output']>;
};

/** Why this coach: the eligible coaches by load, and why each other one was excluded. */
export type AssignmentExplanation = {
  summary: Scalars['String']['output'];
  rule: Scalars['String']['output'];
  officeIds: Array<Scalars['ID']['output']>;
  eligible: Array<EligibleCoach>;
  excluded: Array<ExcludedCoach>;
};

export type CoachAssignment = {
  candidateId: Scalars['ID']['output'];
  coach: Coach;
  officeId: Scalars['ID']['output'];
  mode: AssignmentMode;
  /** The ops reason of a reassignment. */
  reason: Maybe<Scalars['String']['output']>;
  explanation: Maybe<AssignmentExplanation>;
  assignedAt: Scalars['DateTime']['output'];
};

/** A person no coach fits yet, waiting for ops. */
export type QueuedCandidate = {
  candidateId: Scalars['ID']['output'];
  programmeId: Scalars['ID']['output'];
  officeIds: Array<Scalars['ID']['output']>;
  /** no_office_in_reach, no_coach_in_offices or no_eligible_coach */
  reasonCode: Scalars['String']['output'];
  explanation: AssignmentExplanation;
  queuedAt: Scalars['DateTime']['output'];
};

/** People waiting for a coach, longest waiting first. */
export type QueuedCandidatePage = {
  nodes: Array<QueuedCandidate>;
  pageInfo: PageInfo;
};

export type ReassignCoachInput = {
  candidateId: Scalars['ID']['input'];
  coachId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** What capacity planning takes as given; each has a default (docs/scheduling.md). */
export type CapacityAssumptionsInput = {
  /** Days within which everyone waiting should have had a first meeting (1 to 365; 14 when not said). */
  firstMeetingWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Length of a first meeting in minutes (15 to 480; 60 when not said). */
  firstMeetingMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Share of a coach's weekly hours open to first meetings (more than 0, at most 1; 0.25 when not said). */
  firstMeetingShare?: InputMaybe<Scalars['Float']['input']>;
  /** Caseload limit of a coach to add when a group has no coach (40 when not said). */
  defaultMaxCaseload?: InputMaybe<Scalars['Int']['input']>;
  /** Weekly minutes of a coach to add when a group's coaches have no hours (2100 when not said). */
  defaultWeeklyMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** The assumptions a capacity plan was computed with. */
export type CapacityAssumptions = {
  firstMeetingWithinDays: Scalars['Int']['output'];
  firstMeetingMinutes: Scalars['Int']['output'];
  firstMeetingShare: Scalars['Float']['output'];
  defaultMaxCaseload: Scalars['Int']['output'];
  defaultWeeklyMinutes: Scalars['Int']['output'];
};

/** Which limit decides how many coaches a group lacks. */
export type CapacityConstraint =
  /** Nobody is missing. */
  | 'NONE'
  /** Free caseload places. */
  | 'CASELOAD'
  /** First meetings the coaches can hold before the deadline. */
  | 'TIME';

/** People waiting for a coach who need the same kind of coach: office, track and language. */
export type CapacityGroup = {
  /** The first office of their reach serving the programme; null when none is within reach (a coach cannot help). */
  officeId: Maybe<Scalars['ID']['output']>;
  /** Null until diagnosed (any specialty will do). */
  track: Maybe<Track>;
  /** Their first language; null when unknown. */
  language: Maybe<Scalars['String']['output']>;
  waiting: Scalars['Int']['output'];
  oldestQueuedAt: Scalars['DateTime']['output'];
  /** Coaches who may take them (active, office, language, track). */
  coaches: Scalars['Int']['output'];
  /** Free caseload places of those coaches. */
  freePlaces: Scalars['Int']['output'];
  /** How many could get a coach today. */
  placeableNow: Scalars['Int']['output'];
  /** First meetings those coaches can hold before the deadline (each at most their free places). */
  firstMeetingSlots: Scalars['Int']['output'];
  /** Caseload limit counted for a coach to add (median of the group's coaches, or the default). */
  caseloadPerCoach: Scalars['Int']['output'];
  /** First meetings a coach to add can hold before the deadline. */
  firstMeetingsPerNewCoach: Scalars['Int']['output'];
  /** ceil((waiting - free places) / caseload per coach). */
  coachesMissingForCaseload: Scalars['Int']['output'];
  /** ceil((waiting - first meeting slots) / first meetings per new coach). */
  coachesMissingForTime: Scalars['Int']['output'];
  /** The larger of the two. */
  coachesMissing: Scalars['Int']['output'];
  binding: CapacityConstraint;
  /** When the current coaches would have met everyone waiting; null when they cannot without more coaches. */
  everyoneReachedBy: Maybe<Scalars['DateTime']['output']>;
};

/** The groups waiting for a coach in one office. */
export type OfficeCapacity = {
  /** Null for people with no office in reach. */
  officeId: Maybe<Scalars['ID']['output']>;
  waiting: Scalars['Int']['output'];
  coachesMissing: Scalars['Int']['output'];
  /** Oldest waiting first. */
  groups: Array<CapacityGroup>;
};

/** How many coaches a programme's offices lack to take everyone waiting in time. Ops only. */
export type CapacityPlan = {
  programmeId: Scalars['ID']['output'];
  computedAt: Scalars['DateTime']['output'];
  /** The rule, in words. */
  rule: Scalars['String']['output'];
  assumptions: CapacityAssumptions;
  waiting: Scalars['Int']['output'];
  /** The sum over the groups (a coach fitting several groups counts in each group's free places). */
  coachesMissing: Scalars['Int']['output'];
  /** Offices by coaches missing, most first. */
  offices: Array<OfficeCapacity>;
  /** The programme's people waiting, longest first (ids, since when, why). */
  longestWaiting: QueuedCandidatePage;
};

/** How many coaches a programme's offices lack to take everyone waiting in time. Ops only. */
export type CapacityPlanLongestWaitingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** A page of a list, and where the next one starts. */
export type PageInfo = {
  /** Pass it as `after` for the next page (null when the page is empty). */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type SessionKind = 'WELCOME' | 'DIAGNOSTIC' | 'DEBRIEF' | 'FOLLOW_UP' | 'GROUP_WORKSHOP';

export type SessionMode = 'IN_PERSON' | 'VIDEO' | 'PHONE';

export type SessionStatus = 'BOOKED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW';

/** A session between people and their coach (a group workshop has several people). */
export type CoachingSession = {
  id: Scalars['ID']['output'];
  kind: SessionKind;
  mode: SessionMode;
  startsAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  coach: Coach;
  officeId: Maybe<Scalars['ID']['output']>;
  room: Maybe<Room>;
  videoLink: Maybe<Scalars['String']['output']>;
  seatLimit: Scalars['Int']['output'];
  /** Seats taken (booked, attended or no-show). */
  seatsTaken: Scalars['Int']['output'];
  /** The people in the session: ops and the coach see all; a person sees only themself. */
  candidateIds: Array<Scalars['ID']['output']>;
  cancelReason: Maybe<CancelReason>;
  /** A group workshop's details; null for any other session. */
  workshop: Maybe<WorkshopDetails>;
  /** The latest coach change offered for this session (ops, its coach, the person). */
  coachChangeProposal: Maybe<CoachChangeProposal>;
  /**
   * The confidential notes of the session: its coach's alone (the author). Anyone else who sees the
   * session is refused (NOTE_CONFIDENTIAL), and the refusal recorded.
   */
  confidentialNotes: Maybe<Array<ConfidentialSessionNote>>;
  /**
   * The summaries of the session: the person's own; for the session's coach and each person's current
   * coach, those of the people they follow. Ops are refused (SUMMARY_PRIVATE).
   */
  summaries: Maybe<Array<SessionSummary>>;
};

/** What a group workshop is about. */
export type WorkshopTopic =
  /** CV, cover letters and applications */
  | 'CV_AND_APPLICATIONS'
  /** Job interviews */
  | 'INTERVIEWS'
  /** Networking, LinkedIn */
  | 'NETWORKING'
  /** The job market, hidden jobs, sectors that hire */
  | 'JOB_MARKET'
  /** Starting or taking over a business */
  | 'BUSINESS_CREATION'
  /** Training and how to fund it (CPF, transition projects) */
  | 'TRAINING_AND_FUNDING'
  /** Wellbeing, confidence, managing stress */
  | 'WELLBEING';

/** Where a workshop is held: in a room of an office, or remote (by video). */
export type WorkshopPlace = 'OFFICE' | 'REMOTE';

/** What people choose a group workshop by (workshops created before these existed have no title, topic, description nor language). */
export type WorkshopDetails = {
  title: Maybe<Scalars['String']['output']>;
  topic: Maybe<WorkshopTopic>;
  description: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 code of the language it is held in. */
  language: Maybe<Scalars['String']['output']>;
  place: WorkshopPlace;
};

/** A group workshop a person may join, with its seats as that person sees them. */
export type OpenWorkshop = {
  /** The workshop: its kind, times, mode, office, room, coach and seats; its video link only once joined. */
  session: CoachingSession;
  /** Seats still free (0 when full). */
  seatsLeft: Scalars['Int']['output'];
  /** Whether this person already holds a seat. */
  joined: Scalars['Boolean']['output'];
  /** The person's place on the waiting list (1 is next), or null when not waiting. */
  waitingPosition: Maybe<Scalars['Int']['output']>;
};

export type AvailableSlot = {
  startsAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  coachId: Scalars['ID']['output'];
};

export type AvailabilityInput = {
  /** One coach, or... */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  /** ...any eligible coach of this office. */
  officeId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  kind: SessionKind;
  mode: SessionMode;
  /** Defaults to the kind's usual length. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Only coaches with this specialty (office searches). */
  track?: InputMaybe<Track>;
  /** Only coaches speaking this language (office searches). */
  language?: InputMaybe<Scalars['String']['input']>;
};

export type BookSessionInput = {
  /** Defaults to the person's assigned coach. */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  candidateIds: Array<Scalars['ID']['input']>;
  kind: SessionKind;
  mode: SessionMode;
  startsAt: Scalars['DateTime']['input'];
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** In person: the room (its office is the session's). */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  /** Video: the link; generated when absent. */
  videoLink?: InputMaybe<Scalars['String']['input']>;
  /** Group workshops: the seats offered (at most the room's capacity). */
  seatLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateWorkshopInput = {
  /** The coach leading it (ops: a coach of their offices). */
  coachId: Scalars['ID']['input'];
  /** 3 to 120 characters. */
  title: Scalars['String']['input'];
  topic: WorkshopTopic;
  /** Up to 2,000 characters. */
  description: Scalars['String']['input'];
  /** ISO 639-1 code (fr, en, ...). */
  language: Scalars['String']['input'];
  place: WorkshopPlace;
  /** OFFICE: the room (its office is the workshop's). */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  /** REMOTE: the joining link, shown to participants only; generated when absent. */
  videoLink?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** Defaults to 120. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 500, at most the room's capacity. */
  seatLimit: Scalars['Int']['input'];
  /** The programmes whose people may join (each served by the workshop's office). */
  programmeIds: Array<Scalars['ID']['input']>;
};

/** What ops may change in a workshop; a field left out stays as it is. */
export type EditWorkshopInput = {
  sessionId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<WorkshopTopic>;
  description?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  /** Not below the seats taken; more seats go at once to the people waiting. */
  seatLimit?: InputMaybe<Scalars['Int']['input']>;
};

export type RescheduleSessionInput = {
  sessionId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
  /** Keeps the same coach unless ops name another. */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  /** Keeps the same room unless another is named. */
  roomId?: InputMaybe<Scalars['ID']['input']>;
};

export type CancelReason =
  'CANDIDATE_UNAVAILABLE' | 'COACH_UNAVAILABLE' | 'ILLNESS' | 'EMERGENCY' | 'BOOKED_BY_MISTAKE' | 'OTHER';

export type CancelSessionInput = {
  sessionId: Scalars['ID']['input'];
  reason: CancelReason;
};

/** Session counts for a programme, by status: what a sponsor may see, through the platform's disclosure control. */
export type SessionCount = {
  status: SessionStatus;
  /** Null when suppressed (for sponsor HR; ops see every count). */
  count: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  /** Why the count is hidden; null when shown. */
  suppression: Maybe<SuppressionReason>;
};

export type Candidate = {
  id: Scalars['ID']['output'];
  /** Sessions of the person (their own, for their coach, or for ops of their offices). */
  sessions: Array<CoachingSession>;
  /** The coach following the person, once assigned. */
  coach: Maybe<Coach>;
  /** The current assignment with its explanation. Coach and ops only. */
  coachAssignment: Maybe<CoachAssignment>;
};

/** A confidential note (the coach's own) or a summary with next steps (the person's). */
export type SessionNoteType = 'CONFIDENTIAL' | 'SUMMARY';

/** One version of a note or summary as written: versions are kept, never rewritten. */
export type SessionNoteVersion = {
  /** 1 for the first, then one more per amendment. */
  version: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  /** A summary's next steps; null for a confidential note. */
  nextSteps: Maybe<Scalars['String']['output']>;
  /** Why it was amended; null for the first version. */
  amendReason: Maybe<Scalars['String']['output']>;
  writtenByCoachId: Scalars['ID']['output'];
  writtenAt: Scalars['DateTime']['output'];
};

/**
 * The coach's confidential note about one person of a session: read by its author only (every read,
 * and every refusal, is recorded with who and when).
 */
export type ConfidentialSessionNote = {
  candidateId: Scalars['ID']['output'];
  authorCoachId: Scalars['ID']['output'];
  current: SessionNoteVersion;
  /** Every version, the first first. */
  versions: Array<SessionNoteVersion>;
};

/** The written summary and next steps of a session for one person, who reads and acknowledges it. */
export type SessionSummary = {
  candidateId: Scalars['ID']['output'];
  authorCoachId: Scalars['ID']['output'];
  current: SessionNoteVersion;
  /** Every version, the first first. */
  versions: Array<SessionNoteVersion>;
  /** Whether it was amended after it was first written (the person is shown that it was). */
  amended: Scalars['Boolean']['output'];
  /** Whether the person acknowledged the current version. */
  acknowledged: Scalars['Boolean']['output'];
  /** The version the person last acknowledged, and when; null before. */
  acknowledgedVersion: Maybe<Scalars['Int']['output']>;
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The headings a coach starts a note or a summary from. */
export type SessionNoteTemplate = {
  kind: SessionKind;
  type: SessionNoteType;
  /** fr or en. */
  language: Scalars['String']['output'];
  headings: Array<Scalars['String']['output']>;
  /** The headings as text to write under. */
  text: Scalars['String']['output'];
  /** A summary's next steps headings; empty for a confidential note. */
  nextStepsHeadings: Array<Scalars['String']['output']>;
  /** The next steps headings as text; null for a confidential note. */
  nextSteps: Maybe<Scalars['String']['output']>;
};

export type WriteConfidentialNoteInput = {
  sessionId: Scalars['ID']['input'];
  /** The person of the session it is about. */
  candidateId: Scalars['ID']['input'];
  /** 1 to 20,000 characters. */
  text: Scalars['String']['input'];
};

export type AmendConfidentialNoteInput = {
  sessionId: Scalars['ID']['input'];
  candidateId: Scalars['ID']['input'];
  /** The whole new text, 1 to 20,000 characters. */
  text: Scalars['String']['input'];
  /** Why it is amended, 3 to 500 characters. */
  reason: Scalars['String']['input'];
};

export type WriteSessionSummaryInput = {
  sessionId: Scalars['ID']['input'];
  candidateId: Scalars['ID']['input'];
  /** What was said, 1 to 20,000 characters. */
  text: Scalars['String']['input'];
  /** What comes next, 1 to 5,000 characters. */
  nextSteps: Scalars['String']['input'];
};

export type AmendSessionSummaryInput = {
  sessionId: Scalars['ID']['input'];
  candidateId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  nextSteps: Scalars['String']['input'];
  /** Why it is amended, 3 to 500 characters; the person sees it. */
  reason: Scalars['String']['input'];
};

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION'
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP';

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};

export type _Entity = Candidate | Coach | Office;
