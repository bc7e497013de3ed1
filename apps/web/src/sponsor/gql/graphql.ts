/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type SessionStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NO_SHOW';

/** Why a count is hidden from sponsor HR (docs/decisions/0012-statistical-disclosure-control.md). */
export type SuppressionReason =
  /** This count, or another in its row or column, is under k: they are hidden together, zeros included, so that none can be worked out from the totals. */
  | 'SMALL_GROUP'
  /** The table, or the row or column the count belongs to, holds fewer than k people: nothing in it is shown. */
  | 'SMALL_POPULATION';

export type SponsorDashboardQueryVariables = Exact<{
  id: string;
}>;


export type SponsorDashboardQuery = { programme: { id: string, name: string, status: ProgrammeStatus, type: ProgrammeType | null, startDate: string | null, durationMonths: number | null, outcomeTargets: Array<{ category: OutcomeCategory, sharePercent: number }> } | null, programmeOutcomeSummary: { people: number | null, peopleSuppression: SuppressionReason | null, suppressionThreshold: number, outcomes: Array<{ category: OutcomeCategory, count: number | null, suppression: SuppressionReason | null }> }, programmePathwayProgress: { total: number | null, totalSuppression: SuppressionReason | null, suppressionThreshold: number, phases: Array<{ phase: string, people: number | null, suppression: SuppressionReason | null }> } | null, programmeOutcomeTimeline: Array<{ month: string, enrolled: number | null, enrolledSuppression: SuppressionReason | null, outcomes: number | null, outcomesSuppression: SuppressionReason | null }>, sessionCounts: Array<{ status: SessionStatus, count: number | null, suppression: SuppressionReason | null }>, assessmentCompletion: Array<{ instrumentCode: string, assigned: number | null, inProgress: number | null, completed: number | null, released: number | null, assignedSuppression: SuppressionReason | null, inProgressSuppression: SuppressionReason | null, completedSuppression: SuppressionReason | null, releasedSuppression: SuppressionReason | null }> };

export type SponsorProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type SponsorProgrammesQuery = { programmes: { nodes: Array<{ id: string, name: string, status: ProgrammeStatus, type: ProgrammeType | null, startDate: string | null, durationMonths: number | null, sponsor: { id: string, name: string } }> } };


export const SponsorDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SponsorDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeOutcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"peopleSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmePathwayProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeOutcomeTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"outcomesSuppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"inProgressSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"completedSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"releasedSuppression"}}]}}]}}]} as unknown as DocumentNode<SponsorDashboardQuery, SponsorDashboardQueryVariables>;
export const SponsorProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SponsorProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SponsorProgrammesQuery, SponsorProgrammesQueryVariables>;