/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    programmeOutcomeTimeline(programmeId: $id) {\n      month\n      enrolled\n      enrolledSuppression\n      outcomes\n      outcomesSuppression\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n": typeof types.SponsorDashboardDocument,
    "\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SponsorProgrammesDocument,
};
const documents: Documents = {
    "\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    programmeOutcomeTimeline(programmeId: $id) {\n      month\n      enrolled\n      enrolledSuppression\n      outcomes\n      outcomesSuppression\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n": types.SponsorDashboardDocument,
    "\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SponsorProgrammesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    programmeOutcomeTimeline(programmeId: $id) {\n      month\n      enrolled\n      enrolledSuppression\n      outcomes\n      outcomesSuppression\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n"): (typeof documents)["\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    programmeOutcomeTimeline(programmeId: $id) {\n      month\n      enrolled\n      enrolledSuppression\n      outcomes\n      outcomesSuppression\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;