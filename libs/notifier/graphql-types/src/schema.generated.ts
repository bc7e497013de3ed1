// Generated from the notifier subgraph's SDL by `npm run graphql-types`; do not edit.
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

/** A message the sender gave up on after its attempts, or one the mail server or SMS provider refused for good. */
export type ParkedMessage = {
  id: Scalars['ID']['output'];
  /** What it was: SESSION_BOOKED, INVITATION, ... */
  kind: MessageKind;
  channel: MessageChannel;
  /** Identity's account it was for. */
  recipientAccountId: Maybe<Scalars['ID']['output']>;
  /** An email address, or a mobile number (E.164) for a text. */
  toAddress: Maybe<Scalars['String']['output']>;
  subject: Maybe<Scalars['String']['output']>;
  attempts: Scalars['Int']['output'];
  /** What the mail server or SMS provider (or the way to it) said the last time. */
  lastError: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  parkedAt: Scalars['DateTime']['output'];
};

export type MessageChannel = 'EMAIL' | 'SMS';

export type MessageKind =
  | 'INVITATION'
  | 'SIGN_IN_LINK'
  | 'SESSION_BOOKED'
  | 'SESSION_RESCHEDULED'
  | 'SESSION_CANCELLED'
  | 'SESSION_REMINDER'
  | 'RESULTS_RELEASED'
  | 'JOB_LEADS_DIGEST'
  | 'DISTRESS_ALERT'
  | 'AT_RISK_DIGEST'
  | 'ASSIGNMENT_QUEUE_ALERT'
  /** Another coach offered for a session: the person is asked to accept it. */
  | 'COACH_CHANGE_PROPOSED'
  /** An application the person sent has had no answer for the delay they chose: a reminder to follow it up. */
  | 'APPLICATION_FOLLOW_UP';

export type ParkedMessagePage = {
  nodes: Array<ParkedMessage>;
  pageInfo: PageInfo;
};

/** A parked message handed back to the sender. */
export type RetriedMessage = {
  id: Scalars['ID']['output'];
  kind: MessageKind;
  /** When the sender will try it (now). */
  nextAttemptAt: Scalars['DateTime']['output'];
};

/** A page of a list, and where the next one starts. */
export type PageInfo = {
  /** Pass it as `after` for the next page (null when the page is empty). */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A message as it shows in the signed-in person's notification list. */
export type Notification = {
  id: Scalars['ID']['output'];
  kind: MessageKind;
  title: Scalars['String']['output'];
  /** One line; the message itself went by email. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
};

export type NotificationPage = {
  nodes: Array<Notification>;
  pageInfo: PageInfo;
};

/** The signed-in person's choices. Essential messages (invitation, sign-in link, session changes) always go by email. */
export type NotificationPreferences = {
  /** Kinds the person does not want by email. */
  mutedEmail: Array<MessageKind>;
  /** Kinds the person does not want in this list. */
  mutedInApp: Array<MessageKind>;
  /** Emails wait for the end of these hours (HH:mm, the office's time); null: none. */
  quietHours: Maybe<QuietHours>;
};

export type QuietHours = {
  start: Scalars['String']['output'];
  end: Scalars['String']['output'];
};

export type NotificationPreferencesInput = {
  mutedEmail: Array<MessageKind>;
  mutedInApp: Array<MessageKind>;
  quietHours?: InputMaybe<QuietHoursInput>;
};

export type QuietHoursInput = {
  start: Scalars['String']['input'];
  end: Scalars['String']['input'];
};

export type Query = {
  /** Ops: parked messages to people of their offices (or of all), most recently parked first. */
  parkedMessages: ParkedMessagePage;
  /** The signed-in person's notifications, newest first. */
  notifications: NotificationPage;
  /** How many of them are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The signed-in person's notification choices. */
  notificationPreferences: NotificationPreferences;
  _service: _Service;
};

export type QueryParkedMessagesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  /** Ops: send a parked message again, its attempts counted afresh. */
  retryParkedMessage: RetriedMessage;
  /** Marks the signed-in person's notifications read: those named, or all when ids is left out. Answers the unread count left. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Replaces the signed-in person's notification choices. ESSENTIAL_BY_EMAIL: an essential kind cannot be muted by email. */
  setNotificationPreferences: NotificationPreferences;
};

export type MutationRetryParkedMessageArgs = {
  id: Scalars['ID']['input'];
};

export type MutationMarkNotificationsReadArgs = {
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};
