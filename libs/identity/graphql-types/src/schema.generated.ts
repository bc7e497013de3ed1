// Generated from the identity subgraph's SDL by `npm run graphql-types`; do not edit.
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

export type AccountRole =
  | 'CANDIDATE'
  | 'COACH'
  | 'OPS'
  | 'SPONSOR'
  /** A member of a programme's commission de suivi (staff representatives): the committee's figures, read-only. */
  | 'COMMITTEE';

/** The roles ops open accounts for; coaches' come with the coach, people's with their enrolment. */
export type StaffRole =
  | 'OPS'
  | 'SPONSOR'
  /** A member of a programme's commission de suivi (staff representatives): the committee's figures, read-only. */
  | 'COMMITTEE';

/** INVITED until the person sets a password; DISABLED keeps nobody in. */
export type AccountStatus = 'INVITED' | 'ACTIVE' | 'DISABLED';

export type AccountLanguage = 'FR' | 'EN';

/** Someone who may sign in to Passerelle. */
export type Account = {
  id: Scalars['ID']['output'];
  /** The sign-in address, where invitations and messages go. */
  email: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  role: AccountRole;
  status: AccountStatus;
  /** The language of their pages and messages. */
  language: AccountLanguage;
  /** The person's id in intake, for a candidate's account. */
  candidateId: Maybe<Scalars['ID']['output']>;
  /** The coach's id in scheduling, for a coach's account. */
  coachId: Maybe<Scalars['ID']['output']>;
  /** The offices a staff account works in, or a person's programme is served by. */
  officeIds: Array<Scalars['ID']['output']>;
  allOffices: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
};

/** A single-use invitation to set a first password, sent by email. */
export type Invitation = {
  id: Scalars['ID']['output'];
  accountId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** Why an enrolled person has no account. */
export type AccountNotOpenedReason =
  /** Their address (as intake holds it) is already another account's sign-in address: no invitation was sent. */
  'EMAIL_ALREADY_USED';

/**
 * An enrolled person identity opened no account for, for ops to resolve: correct the person's
 * address in intake; their next enrolment (a re-import) then opens the account and invites them.
 */
export type AccountNotOpened = {
  /** The person's id in intake. */
  candidateId: Scalars['ID']['output'];
  /** The offices serving their programme. */
  officeIds: Array<Scalars['ID']['output']>;
  reason: AccountNotOpenedReason;
  /** When an enrolment first found them without an account. */
  since: Scalars['DateTime']['output'];
  /** The latest enrolment that found them so. */
  lastSeenAt: Scalars['DateTime']['output'];
};

export type CreateStaffAccountInput = {
  email: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  role: StaffRole;
  /** French unless said otherwise. */
  language?: InputMaybe<AccountLanguage>;
  /** The offices an ops account works in (its creator's, or some of them). */
  officeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An ops account of every office: only ops of every office open one. */
  allOffices?: InputMaybe<Scalars['Boolean']['input']>;
  /** The sponsors a sponsor-HR or committee-member account sees the aggregates of. */
  sponsorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Query = {
  /** The signed-in person's own account. */
  myAccount: Maybe<Account>;
  /** An account ops of its offices manage, or a person's account their coach follows; null otherwise. */
  account: Maybe<Account>;
  /** The account of an enrolled person, for ops of their offices or their coach; null otherwise. */
  accountOfCandidate: Maybe<Account>;
  /**
   * Enrolled people without an account, and why (ops: those of their offices; ops of every office:
   * all), the longest waiting first.
   */
  accountsNotOpened: Array<AccountNotOpened>;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAccountOfCandidateArgs = {
  candidateId: Scalars['ID']['input'];
};

export type QueryAccountsNotOpenedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query_EntitiesArgs = {
  representations: Array<Scalars['_Any']['input']>;
};

export type Mutation = {
  /** Ops open an ops or sponsor-HR account; the person receives an invitation by email. */
  createStaffAccount: Account;
  /** Sends a new invitation to someone who has not set a password yet; the earlier link stops working. */
  resendInvitation: Invitation;
  /**
   * Ends every session of an account (your own when accountId is left out; ops: an account of their
   * offices). No refresh succeeds afterwards; an access token already issued works until it expires
   * (10 minutes by default). Returns how many sessions, grants and tokens were ended.
   */
  revokeSessions: Scalars['Int']['output'];
};

export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};

export type MutationResendInvitationArgs = {
  accountId: Scalars['ID']['input'];
};

export type MutationRevokeSessionsArgs = {
  accountId: InputMaybe<Scalars['ID']['input']>;
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';

export type _Service = {
  sdl: Maybe<Scalars['String']['output']>;
};

export type _Entity = Account;
