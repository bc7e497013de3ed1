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
  /** The person's coach (or ops of their offices) says which ROME occupation their former job title is. */
  confirmFormerOccupation: FormerOccupationConfirmation;
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

export type MutationConfirmFormerOccupationArgs = {
  candidateId: Scalars['ID']['input'];
  occupationCode: Scalars['String']['input'];
};

export type Proximity = 'SAME' | 'CLOSE' | 'OFF_TRACK';

/** A skill or knowledge item of the ROME. */
export type RomeSkill = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type DemandArea = 'EMPLOYMENT_ZONE' | 'DEPARTMENT' | 'FRANCE';

/** Recruitment projects (BMO 2025) for a suggested occupation where the person lives. */
export type LocalDemand = {
  area: DemandArea;
  /** The zone's code, or the department codes; empty for France. */
  areaCodes: Array<Scalars['String']['output']>;
  /** The zone's name, when the area is a zone. */
  areaLabel: Maybe<Scalars['String']['output']>;
  /** True when the person's employment zone is unknown (or no BMO basin reaches it), so the figures are their departments' (or France's). */
  zoneUnknown: Scalars['Boolean']['output'];
  /** Zone figures are estimates: BMO counts by basin, brought to INSEE zones. */
  estimated: Scalars['Boolean']['output'];
  projects: Scalars['Int']['output'];
  hardToFill: Scalars['Int']['output'];
  hardToFillShare: Scalars['Float']['output'];
  seasonal: Scalars['Int']['output'];
};

export type CertificationLink =
  /** The certification names the occupation's ROME code. */
  | 'OCCUPATION'
  /** It names the ROME V3 code the occupation comes from. */
  | 'PARENT_OCCUPATION';

/** A certification suggested to close part of a suggestion's skill gap, with why. */
export type SuggestedCertification = {
  certification: Certification;
  score: Scalars['Float']['output'];
  linkedBy: CertificationLink;
  /** The skills of the gap its skill blocks and topics cover. */
  coveredSkills: Array<RomeSkill>;
  /** Why this one, in French (how much of the gap it covers, how specific, in blocks or not). */
  reason: Scalars['String']['output'];
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
  /** Recruitment projects and hard-to-fill share in the person's employment zone (or department, flagged). */
  localDemand: LocalDemand;
  /** A few current certifications that close the skill gap, best first. */
  certifications: Array<SuggestedCertification>;
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

/** An occupation the title resolver offers the coach for a person's former job title, best first. */
export type OfferedOccupation = {
  occupationCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** How close the title is to this occupation, from 0 to 1. */
  confidence: Scalars['Float']['output'];
};

export type FormerOccupationStatus = 'PENDING' | 'CONFIRMED';

/**
 * The coach's task when a person's former job title (as HR wrote it) did not give a sure occupation
 * code: confirm one of the candidates, or give another ROME code.
 */
export type FormerOccupationConfirmation = {
  candidate: Candidate;
  formerJobTitle: Scalars['String']['output'];
  /** At most three, best first; empty when the title matched nothing. */
  candidates: Array<OfferedOccupation>;
  status: FormerOccupationStatus;
  /** The code the coach confirmed. */
  occupationCode: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
};

export type Candidate = {
  id: Scalars['ID']['output'];
  /** The confirmation of the former occupation, when the title needed one (pending or done). */
  formerOccupationConfirmation: Maybe<FormerOccupationConfirmation>;
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

export type CertificationKind =
  /** Répertoire national des certifications professionnelles: diplomas, titles, CQP. */
  | 'RNCP'
  /** Répertoire spécifique: shorter certifications and licences. */
  | 'RS';

/** A training topic (Formacode) of a certification. */
export type CertificationTopic = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A skill block of a certification: a part that can be taken on its own. */
export type CertificationSkillBlock = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A current (not superseded) certification of France Compétences' RNCP/RS export. The export has no titles or levels: it is known by its number, its occupations, its topics and skill blocks, and its public page. */
export type Certification = {
  /** RNCP37876, RS5640... */
  number: Scalars['String']['output'];
  kind: CertificationKind;
  /** Its page at France Compétences (title, level, who delivers it). */
  url: Scalars['String']['output'];
  /** The ROME codes it leads to (ROME V3 codes, which ROME 4.0 occupations come from). */
  occupationCodes: Array<Scalars['String']['output']>;
  topics: Array<CertificationTopic>;
  skillBlocks: Array<CertificationSkillBlock>;
};

/** An INSEE employment zone (zones d'emploi 2020). */
export type EmploymentZone = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  departmentCodes: Array<Scalars['String']['output']>;
};

/** Recruitment projects of one BMO occupation (métier BMO) in an employment zone. */
export type LabourMarketOccupation = {
  familyCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The ROME codes asked for that this BMO occupation stands for (empty when none were asked). */
  occupationCodes: Array<Scalars['String']['output']>;
  projects: Scalars['Int']['output'];
  hardToFill: Scalars['Int']['output'];
  /** Share of projects employers expect to be hard to fill, 0..1. */
  hardToFillShare: Scalars['Float']['output'];
  seasonal: Scalars['Int']['output'];
  /** Share of projects that are seasonal, 0..1. */
  seasonalShare: Scalars['Float']['output'];
  /** BMO rows behind the figure masked for statistical secrecy (counted as 0). */
  maskedRows: Scalars['Int']['output'];
};

/** The labour market of an employment zone by occupation (BMO 2025 brought to INSEE zones: estimates, see namedShare). */
export type LabourMarket = {
  zone: EmploymentZone;
  /** Share of the zone's projects from BMO basins named after one of its towns; the rest is spread from its departments by commune count. */
  namedShare: Scalars['Float']['output'];
  /** The year of the BMO survey the figures come from. */
  sourceYear: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  occupations: Array<LabourMarketOccupation>;
};

export type Query = {
  normaliseJobTitle: Array<TitleMatch>;
  labourDemand: LabourDemand;
  /** Current certifications leading to an occupation (its ROME code or the ROME V3 code it comes from): specific ones first, then the newest. */
  certificationsFor: Array<Certification>;
  /** Employment zones whose name, or one of whose communes' names or codes, starts with the search. */
  employmentZones: Array<EmploymentZone>;
  /** The zone's labour market by BMO occupation, most projects first; only those behind occupationCodes when given. */
  labourMarket: LabourMarket;
  /** The coach's confirmations still to do, over the people they follow, oldest first. */
  pendingFormerOccupationConfirmations: Array<FormerOccupationConfirmation>;
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

export type QueryCertificationsForArgs = {
  romeCode: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryEmploymentZonesArgs = {
  search: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryLabourMarketArgs = {
  zoneCode: Scalars['String']['input'];
  occupationCodes: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
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
