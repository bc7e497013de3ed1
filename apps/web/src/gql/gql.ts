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
    "\n  query CandidateHome($id: ID!) {\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n    }\n  }\n": typeof types.CandidateHomeDocument,
    "\n  fragment DiagnosticProgress on Diagnostic {\n    id\n    status\n    unansweredQuestionIds\n    answers {\n      questionId\n      choice\n      choices\n      number\n    }\n  }\n": typeof types.DiagnosticProgressFragmentDoc,
    "\n  query DiagnosticForm($id: ID!) {\n    diagnosticQuestionnaire {\n      version\n      questions {\n        id\n        theme\n        kind\n        required\n        min\n        max\n        text {\n          fr\n          en\n        }\n        options {\n          value\n          label {\n            fr\n            en\n          }\n        }\n      }\n    }\n    candidate(id: $id) {\n      id\n      diagnostic {\n        ...DiagnosticProgress\n      }\n    }\n  }\n": typeof types.DiagnosticFormDocument,
    "\n  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {\n    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {\n      ...DiagnosticProgress\n    }\n  }\n": typeof types.SaveDiagnosticAnswerDocument,
    "\n  mutation SubmitDiagnostic($id: ID!) {\n    submitDiagnostic(candidateId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitDiagnosticDocument,
    "\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProgrammePeopleDocument,
    "\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      role\n      candidateId\n      coachId\n      officeIds\n      allOffices\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n": typeof types.SponsorDashboardDocument,
    "\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SponsorProgrammesDocument,
};
const documents: Documents = {
    "\n  query CandidateHome($id: ID!) {\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n    }\n  }\n": types.CandidateHomeDocument,
    "\n  fragment DiagnosticProgress on Diagnostic {\n    id\n    status\n    unansweredQuestionIds\n    answers {\n      questionId\n      choice\n      choices\n      number\n    }\n  }\n": types.DiagnosticProgressFragmentDoc,
    "\n  query DiagnosticForm($id: ID!) {\n    diagnosticQuestionnaire {\n      version\n      questions {\n        id\n        theme\n        kind\n        required\n        min\n        max\n        text {\n          fr\n          en\n        }\n        options {\n          value\n          label {\n            fr\n            en\n          }\n        }\n      }\n    }\n    candidate(id: $id) {\n      id\n      diagnostic {\n        ...DiagnosticProgress\n      }\n    }\n  }\n": types.DiagnosticFormDocument,
    "\n  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {\n    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {\n      ...DiagnosticProgress\n    }\n  }\n": types.SaveDiagnosticAnswerDocument,
    "\n  mutation SubmitDiagnostic($id: ID!) {\n    submitDiagnostic(candidateId: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitDiagnosticDocument,
    "\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProgrammePeopleDocument,
    "\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      role\n      candidateId\n      coachId\n      officeIds\n      allOffices\n    }\n  }\n": types.MyAccountDocument,
    "\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n": types.SponsorDashboardDocument,
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
export function graphql(source: "\n  query CandidateHome($id: ID!) {\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateHome($id: ID!) {\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiagnosticProgress on Diagnostic {\n    id\n    status\n    unansweredQuestionIds\n    answers {\n      questionId\n      choice\n      choices\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment DiagnosticProgress on Diagnostic {\n    id\n    status\n    unansweredQuestionIds\n    answers {\n      questionId\n      choice\n      choices\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiagnosticForm($id: ID!) {\n    diagnosticQuestionnaire {\n      version\n      questions {\n        id\n        theme\n        kind\n        required\n        min\n        max\n        text {\n          fr\n          en\n        }\n        options {\n          value\n          label {\n            fr\n            en\n          }\n        }\n      }\n    }\n    candidate(id: $id) {\n      id\n      diagnostic {\n        ...DiagnosticProgress\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiagnosticForm($id: ID!) {\n    diagnosticQuestionnaire {\n      version\n      questions {\n        id\n        theme\n        kind\n        required\n        min\n        max\n        text {\n          fr\n          en\n        }\n        options {\n          value\n          label {\n            fr\n            en\n          }\n        }\n      }\n    }\n    candidate(id: $id) {\n      id\n      diagnostic {\n        ...DiagnosticProgress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {\n    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {\n      ...DiagnosticProgress\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {\n    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {\n      ...DiagnosticProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDiagnostic($id: ID!) {\n    submitDiagnostic(candidateId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDiagnostic($id: ID!) {\n    submitDiagnostic(candidateId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      role\n      candidateId\n      coachId\n      officeIds\n      allOffices\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      role\n      candidateId\n      coachId\n      officeIds\n      allOffices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n"): (typeof documents)["\n  query SponsorDashboard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      startDate\n      durationMonths\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    programmeOutcomeSummary(programmeId: $id) {\n      people\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppression\n      }\n    }\n    programmePathwayProgress(programmeId: $id) {\n      total\n      totalSuppression\n      suppressionThreshold\n      phases {\n        phase\n        people\n        suppression\n      }\n    }\n    sessionCounts(programmeId: $id) {\n      status\n      count\n      suppression\n    }\n    assessmentCompletion(programmeId: $id) {\n      instrumentCode\n      assigned\n      inProgress\n      completed\n      released\n      assignedSuppression\n      inProgressSuppression\n      completedSuppression\n      releasedSuppression\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorProgrammes {\n    programmes(first: 200) {\n      nodes {\n        id\n        name\n        status\n        type\n        startDate\n        durationMonths\n        sponsor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;