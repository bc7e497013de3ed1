/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CommitteeDimension =
  | 'AGE_BAND'
  | 'SEX'
  | 'SITE'
  | 'SOCIO_PROFESSIONAL_CATEGORY';

export type CommitteeOfferDecision =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REFUSED';

/** Where a person stands: in accompaniment (invited or active), paused, placed by an outcome, or exited. */
export type CommitteeStatus =
  | 'EXITED'
  | 'IN_ACCOMPANIMENT'
  | 'PAUSED'
  | 'PLACED';

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

/** A draft has no terms yet; a contracted programme runs; a closed one is over. */
export type ProgrammeStatus =
  | 'CLOSED'
  | 'CONTRACTED'
  | 'DRAFT';

/** The legal frame of a programme: PSE, congé de reclassement, CSP, or a voluntary scheme. */
export type ProgrammeType =
  | 'CONGE_DE_RECLASSEMENT'
  | 'CSP'
  | 'PSE'
  | 'VOLUNTARY';

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP'
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION';

export type CommitteeDashboardScreenQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type CommitteeDashboardScreenQuery = { committeeDashboard: { programmeId: string, asOf: string, suppressionThreshold: number, peopleConcerned: number, adhering: { count: number | null, suppression: SuppressionReason | null }, statuses: Array<{ status: CommitteeStatus, people: { count: number | null, suppression: SuppressionReason | null } }>, outcomes: Array<{ category: OutcomeCategory, targetPercent: number | null, targetPeople: number | null, people: { count: number | null, suppression: SuppressionReason | null } }>, outcomesTotal: { count: number | null, suppression: SuppressionReason | null }, withoutOutcome: { count: number | null, suppression: SuppressionReason | null }, validJobOffers: { proposed: { count: number | null, suppression: SuppressionReason | null }, decisions: Array<{ decision: CommitteeOfferDecision, offers: { count: number | null, suppression: SuppressionReason | null } }>, perPerson: { value: number | null, suppression: SuppressionReason | null } }, daysToFirstMeeting: { value: number | null, suppression: SuppressionReason | null }, sessionsPerPersonPerMonth: { value: number | null, suppression: SuppressionReason | null }, months: Array<{ month: string, enrolled: { count: number | null, suppression: SuppressionReason | null }, firstMeetings: { count: number | null, suppression: SuppressionReason | null }, outcomesRecorded: { count: number | null, suppression: SuppressionReason | null }, left: { count: number | null, suppression: SuppressionReason | null } }> } };

export type CommitteeBreakdownsScreenQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type CommitteeBreakdownsScreenQuery = { committeeDashboard: { suppressionThreshold: number, breakdowns: Array<{ dimension: CommitteeDimension, rows: Array<{ label: string | null, cells: Array<{ status: CommitteeStatus, people: { count: number | null, suppression: SuppressionReason | null } }>, total: { count: number | null, suppression: SuppressionReason | null } }>, columnTotals: Array<{ status: CommitteeStatus, people: { count: number | null, suppression: SuppressionReason | null } }>, total: { count: number | null, suppression: SuppressionReason | null } }> } };

export type CommissionProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionProgrammesQuery = { programmes: { nodes: Array<{ id: string, name: string, status: ProgrammeStatus, type: ProgrammeType | null, startDate: string | null, durationMonths: number | null, sponsor: { id: string, name: string } }> } };


export const CommitteeDashboardScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeDashboardScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"peopleConcerned"}},{"kind":"Field","name":{"kind":"Name","value":"adhering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validJobOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysToFirstMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerPersonPerMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeDashboardScreenQuery, CommitteeDashboardScreenQueryVariables>;
export const CommitteeBreakdownsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeBreakdownsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeBreakdownsScreenQuery, CommitteeBreakdownsScreenQueryVariables>;
export const CommissionProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionProgrammesQuery, CommissionProgrammesQueryVariables>;