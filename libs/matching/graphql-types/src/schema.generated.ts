// Generated from the matching subgraph's SDL by `npm run graphql-types`; do not edit.
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

export type ContractType = 'PERMANENT' | 'FIXED_TERM' | 'TEMPORARY' | 'APPRENTICESHIP' | 'FREELANCE';

export type JobOffer = {
  id: Scalars['ID']['output'];
  occupationCode: Scalars['String']['output'];
  title: Scalars['String']['output'];
  communeCode: Scalars['String']['output'];
  departmentCode: Scalars['String']['output'];
  contractType: ContractType;
  skillCodes: Array<Scalars['String']['output']>;
  publishedOn: Scalars['String']['output'];
  expiresOn: Maybe<Scalars['String']['output']>;
};

export type PublishJobOfferInput = {
  /** Leave out to create a new offer; give it to change one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  occupationCode: Scalars['String']['input'];
  title: Scalars['String']['input'];
  communeCode: Scalars['String']['input'];
  contractType: ContractType;
  skillCodes: Array<Scalars['String']['input']>;
  publishedOn: Scalars['String']['input'];
  expiresOn?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  publishJobOffer: JobOffer;
  withdrawJobOffer: Scalars['Boolean']['output'];
  giveOfferFeedback: Scalars['Boolean']['output'];
  /** Departments the person will work in (none = anywhere): drives local demand and offer reach. */
  setJobSearchArea: Scalars['Boolean']['output'];
};

export type MutationPublishJobOfferArgs = {
  input: PublishJobOfferInput;
};

export type MutationWithdrawJobOfferArgs = {
  id: Scalars['ID']['input'];
};

export type MutationGiveOfferFeedbackArgs = {
  candidateId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
  verdict: OfferVerdict;
};

export type MutationSetJobSearchAreaArgs = {
  candidateId: Scalars['ID']['input'];
  departmentCodes: Array<Scalars['String']['input']>;
};

export type Proximity = 'SAME' | 'CLOSE' | 'OFF_TRACK';

/** A skill or knowledge item of the ROME. */
export type RomeSkill = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A ranked target occupation for a person, with why it fits. */
export type OccupationRecommendation = {
  id: Scalars['ID']['output'];
  occupationCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  proximity: Proximity;
  /** Why, in plain French a person understands when read aloud: the specific skills shared, what is left to learn, a usual next step, the interests that fit, the demand, the training or diploma it asks for. No codes. */
  explanation: Scalars['String']['output'];
  /** The same explanation in English. */
  explanationEn: Scalars['String']['output'];
  /** The step in qualification: the occupation's usual entry level minus the person's (French national levels 2 = no diploma asked ... 8 = doctorate); positive means training to plan; null when either is unknown. */
  levelStep: Maybe<Scalars['Int']['output']>;
  sharedSkills: Array<RomeSkill>;
  /** The skill gap, most telling first. */
  missingSkills: Array<RomeSkill>;
  /** ROME's rank for this occupation among the mobilities from the person's former one. */
  mobilityOrder: Maybe<Scalars['Int']['output']>;
  computedAt: Scalars['DateTime']['output'];
};

export type OfferVerdict = 'INTERESTED' | 'NOT_RELEVANT';

/** An offer in a person's ranked list. */
export type OfferMatch = {
  offer: JobOffer;
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  computedAt: Scalars['DateTime']['output'];
};

/** An occupation among the person's recommendations where local demand is high: the hidden market. */
export type HiddenMarketOccupation = {
  occupationCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  proximity: Proximity;
  projects: Scalars['Int']['output'];
  hardToFillShare: Scalars['Float']['output'];
};

export type Candidate = {
  id: Scalars['ID']['output'];
  recommendations: Array<OccupationRecommendation>;
  matches: Array<OfferMatch>;
  hiddenMarket: Array<HiddenMarketOccupation>;
};

/** Recruitment projects of one BMO family behind an occupation (BMO 2025; masked figures count as 0). */
export type BmoFamilyDemand = {
  familyCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** How the family was reached from the ROME code: CROSSWALK, DOMAIN_FALLBACK or GRAND_DOMAIN_FALLBACK. */
  mapping: Scalars['String']['output'];
  projects: Scalars['Int']['output'];
  hardToFill: Scalars['Int']['output'];
  seasonal: Scalars['Int']['output'];
  /** Basin rows whose figures BMO masks for statistical secrecy. */
  maskedRows: Scalars['Int']['output'];
};

/** Labour demand for an occupation in an area (a department, or France when none is given). */
export type LabourDemand = {
  occupationCode: Scalars['String']['output'];
  occupationLabel: Scalars['String']['output'];
  departmentCode: Maybe<Scalars['String']['output']>;
  projects: Scalars['Int']['output'];
  hardToFill: Scalars['Int']['output'];
  /** Share of projects employers expect to be hard to fill, 0..1. */
  hardToFillShare: Scalars['Float']['output'];
  families: Array<BmoFamilyDemand>;
};

/** ROME occupations a free-text job title points to. */
export type TitleMatch = {
  occupationCode: Scalars['String']['output'];
  occupationLabel: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  matchedTitle: Scalars['String']['output'];
};

export type Query = {
  normaliseJobTitle: Array<TitleMatch>;
  labourDemand: LabourDemand;
  _entities: Array<Maybe<_Entity>>;
  _service: _Service;
};

export type QueryNormaliseJobTitleArgs = {
  title: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryLabourDemandArgs = {
  occupationCode: Scalars['String']['input'];
  departmentCode: InputMaybe<Scalars['String']['input']>;
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

export type _Entity = Candidate;
