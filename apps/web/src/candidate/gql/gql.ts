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
    "\n  query AssessmentScreen($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    assessment(id: $id) {\n      id\n      instrumentCode\n      status\n      progress {\n        answered\n        total\n      }\n      items(language: $language) {\n        itemId\n        text\n        answer\n      }\n      responseFormat(language: $language) {\n        min\n        max\n        anchors {\n          value\n          label\n        }\n      }\n      profile {\n        riasec {\n          hollandCode\n          scores {\n            type\n            score\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssessmentScreenDocument,
    "\n  mutation CandidateSaveAssessmentAnswer($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      id\n      status\n      progress {\n        answered\n        total\n      }\n    }\n  }\n": typeof types.CandidateSaveAssessmentAnswerDocument,
    "\n  mutation CandidateSubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CandidateSubmitAssessmentDocument,
    "\n  query CandidateAssessments($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    candidate(id: $id) {\n      id\n      assessments {\n        id\n        instrumentCode\n        status\n        assignedAt\n        releasedAt\n        progress {\n          answered\n          total\n        }\n      }\n    }\n  }\n": typeof types.CandidateAssessmentsDocument,
    "\n  query CandidateHome($id: ID!) {\n    unreadNotificationCount\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n          sessionKind\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n      assessments {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CandidateHomeDocument,
    "\n  mutation CandidateAnswerCoachChange($sessionId: ID!, $accept: Boolean!) {\n    answerCoachChange(sessionId: $sessionId, accept: $accept) {\n      sessionId\n      status\n    }\n  }\n": typeof types.CandidateAnswerCoachChangeDocument,
    "\n  fragment DiagnosticProgress on Diagnostic {\n    id\n    status\n    unansweredQuestionIds\n    answers {\n      questionId\n      choice\n      choices\n      number\n    }\n  }\n": typeof types.DiagnosticProgressFragmentDoc,
    "\n  query DiagnosticForm($id: ID!) {\n    diagnosticQuestionnaire {\n      version\n      questions {\n        id\n        theme\n        kind\n        required\n        min\n        max\n        text {\n          fr\n          en\n        }\n        options {\n          value\n          label {\n            fr\n            en\n          }\n        }\n      }\n    }\n    candidate(id: $id) {\n      id\n      diagnostic {\n        ...DiagnosticProgress\n      }\n    }\n  }\n": typeof types.DiagnosticFormDocument,
    "\n  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {\n    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {\n      ...DiagnosticProgress\n    }\n  }\n": typeof types.SaveDiagnosticAnswerDocument,
    "\n  mutation SubmitDiagnostic($id: ID!) {\n    submitDiagnostic(candidateId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitDiagnosticDocument,
    "\n  query CandidateInbox {\n    unreadNotificationCount\n    notifications(first: 30) {\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.CandidateInboxDocument,
    "\n  mutation CandidateMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.CandidateMarkReadDocument,
    "\n  query CandidatePlan($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    pathway(candidateId: $id) {\n      id\n      status\n      track\n      currentPhase\n      startOn\n      endOn\n      budget {\n        budget\n        used\n        remaining\n      }\n      milestones {\n        id\n        phase\n        kind\n        title\n        dueOn\n        status\n        reachedAt\n        sessionKind\n        instrumentCode\n      }\n    }\n  }\n": typeof types.CandidatePlanDocument,
    "\n  query CandidateNotificationPreferences {\n    notificationPreferences {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n": typeof types.CandidateNotificationPreferencesDocument,
    "\n  mutation CandidateSetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n": typeof types.CandidateSetNotificationPreferencesDocument,
    "\n  query CandidatePrivacy($id: ID!) {\n    privacyNotice {\n      version\n    }\n    candidate(id: $id) {\n      id\n      phone\n      consent {\n        noticeVersion\n        granted\n        current\n        recordedAt\n      }\n      smsReminders {\n        granted\n        mobile\n        recordedAt\n      }\n      erasureRequest {\n        candidateId\n        requestedAt\n        dueBy\n      }\n    }\n  }\n": typeof types.CandidatePrivacyDocument,
    "\n  mutation CandidateRequestErasure($id: ID!) {\n    requestErasure(candidateId: $id) {\n      candidateId\n      requestedAt\n      dueBy\n    }\n  }\n": typeof types.CandidateRequestErasureDocument,
    "\n  mutation CandidateRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      noticeVersion\n      granted\n      current\n      recordedAt\n    }\n  }\n": typeof types.CandidateRecordConsentDocument,
    "\n  mutation CandidateRecordSmsConsent($input: RecordSmsConsentInput!) {\n    recordSmsConsent(input: $input) {\n      granted\n      mobile\n      recordedAt\n    }\n  }\n": typeof types.CandidateRecordSmsConsentDocument,
    "\n  query CandidateExport($id: ID!) {\n    exportPersonalData(candidateId: $id) {\n      fileName\n      contentType\n      generatedAt\n      document\n      complete\n      summaryFileName\n      summaryHtml\n      services {\n        service\n        answered\n        sections {\n          name\n          records\n        }\n      }\n    }\n  }\n": typeof types.CandidateExportDocument,
    "\n  query CandidateSessions($id: ID!) {\n    candidate(id: $id) {\n      id\n      coach {\n        id\n        displayName\n      }\n      sessions {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        status\n        videoLink\n        cancelReason\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n        coachChangeProposal {\n          status\n          coach {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CandidateSessionsDocument,
    "\n  mutation CandidateBookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n": typeof types.CandidateBookSessionDocument,
    "\n  mutation CandidateRescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n": typeof types.CandidateRescheduleSessionDocument,
    "\n  mutation CandidateCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n": typeof types.CandidateCancelSessionDocument,
    "\n  query CandidateFreeSlots($input: AvailabilityInput!) {\n    availableSlots(input: $input) {\n      startsAt\n      endsAt\n      coachId\n    }\n  }\n": typeof types.CandidateFreeSlotsDocument,
    "\n  query CandidateSuggestions($id: ID!) {\n    candidate(id: $id) {\n      id\n      homePostcode\n      recommendations {\n        id\n        occupationCode\n        label\n        rank\n        proximity\n        explanation\n        missingSkills {\n          code\n          label\n        }\n      }\n      matches {\n        rank\n        explanation\n        offer {\n          id\n          title\n          contractType\n          departmentCode\n          publishedOn\n        }\n      }\n    }\n  }\n": typeof types.CandidateSuggestionsDocument,
    "\n  query CandidateLocalDemand($code: String!, $department: String) {\n    labourDemand(occupationCode: $code, departmentCode: $department) {\n      occupationCode\n      departmentCode\n      projects\n      hardToFillShare\n    }\n  }\n": typeof types.CandidateLocalDemandDocument,
    "\n  mutation CandidateOfferFeedback($id: ID!, $offerId: ID!, $verdict: OfferVerdict!) {\n    giveOfferFeedback(candidateId: $id, offerId: $offerId, verdict: $verdict)\n  }\n": typeof types.CandidateOfferFeedbackDocument,
    "\n  query OpenWorkshops($candidateId: ID!) {\n    openWorkshops(candidateId: $candidateId) {\n      seatsLeft\n      joined\n      waitingPosition\n      session {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        videoLink\n        seatLimit\n        workshop {\n          title\n          topic\n          description\n          language\n          place\n        }\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OpenWorkshopsDocument,
    "\n  mutation CandidateJoinWorkshop($sessionId: ID!, $candidateId: ID!) {\n    signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      joined\n      waitingPosition\n      session {\n        id\n        seatsTaken\n      }\n    }\n  }\n": typeof types.CandidateJoinWorkshopDocument,
    "\n  mutation CandidateLeaveWorkshop($sessionId: ID!, $candidateId: ID!) {\n    leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      id\n      seatsTaken\n    }\n  }\n": typeof types.CandidateLeaveWorkshopDocument,
};
const documents: Documents = {
    "\n  query AssessmentScreen($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    assessment(id: $id) {\n      id\n      instrumentCode\n      status\n      progress {\n        answered\n        total\n      }\n      items(language: $language) {\n        itemId\n        text\n        answer\n      }\n      responseFormat(language: $language) {\n        min\n        max\n        anchors {\n          value\n          label\n        }\n      }\n      profile {\n        riasec {\n          hollandCode\n          scores {\n            type\n            score\n          }\n        }\n      }\n    }\n  }\n": types.AssessmentScreenDocument,
    "\n  mutation CandidateSaveAssessmentAnswer($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      id\n      status\n      progress {\n        answered\n        total\n      }\n    }\n  }\n": types.CandidateSaveAssessmentAnswerDocument,
    "\n  mutation CandidateSubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n": types.CandidateSubmitAssessmentDocument,
    "\n  query CandidateAssessments($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    candidate(id: $id) {\n      id\n      assessments {\n        id\n        instrumentCode\n        status\n        assignedAt\n        releasedAt\n        progress {\n          answered\n          total\n        }\n      }\n    }\n  }\n": types.CandidateAssessmentsDocument,
    "\n  query CandidateHome($id: ID!) {\n    unreadNotificationCount\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n          sessionKind\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n      assessments {\n        id\n        status\n      }\n    }\n  }\n": types.CandidateHomeDocument,
    "\n  mutation CandidateAnswerCoachChange($sessionId: ID!, $accept: Boolean!) {\n    answerCoachChange(sessionId: $sessionId, accept: $accept) {\n      sessionId\n      status\n    }\n  }\n": types.CandidateAnswerCoachChangeDocument,
    "\n  fragment DiagnosticProgress on Diagnostic {\n    id\n    status\n    unansweredQuestionIds\n    answers {\n      questionId\n      choice\n      choices\n      number\n    }\n  }\n": types.DiagnosticProgressFragmentDoc,
    "\n  query DiagnosticForm($id: ID!) {\n    diagnosticQuestionnaire {\n      version\n      questions {\n        id\n        theme\n        kind\n        required\n        min\n        max\n        text {\n          fr\n          en\n        }\n        options {\n          value\n          label {\n            fr\n            en\n          }\n        }\n      }\n    }\n    candidate(id: $id) {\n      id\n      diagnostic {\n        ...DiagnosticProgress\n      }\n    }\n  }\n": types.DiagnosticFormDocument,
    "\n  mutation SaveDiagnosticAnswer($id: ID!, $answers: [DiagnosticAnswerInput!]!) {\n    saveDiagnosticAnswers(candidateId: $id, answers: $answers) {\n      ...DiagnosticProgress\n    }\n  }\n": types.SaveDiagnosticAnswerDocument,
    "\n  mutation SubmitDiagnostic($id: ID!) {\n    submitDiagnostic(candidateId: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitDiagnosticDocument,
    "\n  query CandidateInbox {\n    unreadNotificationCount\n    notifications(first: 30) {\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.CandidateInboxDocument,
    "\n  mutation CandidateMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.CandidateMarkReadDocument,
    "\n  query CandidatePlan($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    pathway(candidateId: $id) {\n      id\n      status\n      track\n      currentPhase\n      startOn\n      endOn\n      budget {\n        budget\n        used\n        remaining\n      }\n      milestones {\n        id\n        phase\n        kind\n        title\n        dueOn\n        status\n        reachedAt\n        sessionKind\n        instrumentCode\n      }\n    }\n  }\n": types.CandidatePlanDocument,
    "\n  query CandidateNotificationPreferences {\n    notificationPreferences {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n": types.CandidateNotificationPreferencesDocument,
    "\n  mutation CandidateSetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n": types.CandidateSetNotificationPreferencesDocument,
    "\n  query CandidatePrivacy($id: ID!) {\n    privacyNotice {\n      version\n    }\n    candidate(id: $id) {\n      id\n      phone\n      consent {\n        noticeVersion\n        granted\n        current\n        recordedAt\n      }\n      smsReminders {\n        granted\n        mobile\n        recordedAt\n      }\n      erasureRequest {\n        candidateId\n        requestedAt\n        dueBy\n      }\n    }\n  }\n": types.CandidatePrivacyDocument,
    "\n  mutation CandidateRequestErasure($id: ID!) {\n    requestErasure(candidateId: $id) {\n      candidateId\n      requestedAt\n      dueBy\n    }\n  }\n": types.CandidateRequestErasureDocument,
    "\n  mutation CandidateRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      noticeVersion\n      granted\n      current\n      recordedAt\n    }\n  }\n": types.CandidateRecordConsentDocument,
    "\n  mutation CandidateRecordSmsConsent($input: RecordSmsConsentInput!) {\n    recordSmsConsent(input: $input) {\n      granted\n      mobile\n      recordedAt\n    }\n  }\n": types.CandidateRecordSmsConsentDocument,
    "\n  query CandidateExport($id: ID!) {\n    exportPersonalData(candidateId: $id) {\n      fileName\n      contentType\n      generatedAt\n      document\n      complete\n      summaryFileName\n      summaryHtml\n      services {\n        service\n        answered\n        sections {\n          name\n          records\n        }\n      }\n    }\n  }\n": types.CandidateExportDocument,
    "\n  query CandidateSessions($id: ID!) {\n    candidate(id: $id) {\n      id\n      coach {\n        id\n        displayName\n      }\n      sessions {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        status\n        videoLink\n        cancelReason\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n        coachChangeProposal {\n          status\n          coach {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CandidateSessionsDocument,
    "\n  mutation CandidateBookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n": types.CandidateBookSessionDocument,
    "\n  mutation CandidateRescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n": types.CandidateRescheduleSessionDocument,
    "\n  mutation CandidateCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n": types.CandidateCancelSessionDocument,
    "\n  query CandidateFreeSlots($input: AvailabilityInput!) {\n    availableSlots(input: $input) {\n      startsAt\n      endsAt\n      coachId\n    }\n  }\n": types.CandidateFreeSlotsDocument,
    "\n  query CandidateSuggestions($id: ID!) {\n    candidate(id: $id) {\n      id\n      homePostcode\n      recommendations {\n        id\n        occupationCode\n        label\n        rank\n        proximity\n        explanation\n        missingSkills {\n          code\n          label\n        }\n      }\n      matches {\n        rank\n        explanation\n        offer {\n          id\n          title\n          contractType\n          departmentCode\n          publishedOn\n        }\n      }\n    }\n  }\n": types.CandidateSuggestionsDocument,
    "\n  query CandidateLocalDemand($code: String!, $department: String) {\n    labourDemand(occupationCode: $code, departmentCode: $department) {\n      occupationCode\n      departmentCode\n      projects\n      hardToFillShare\n    }\n  }\n": types.CandidateLocalDemandDocument,
    "\n  mutation CandidateOfferFeedback($id: ID!, $offerId: ID!, $verdict: OfferVerdict!) {\n    giveOfferFeedback(candidateId: $id, offerId: $offerId, verdict: $verdict)\n  }\n": types.CandidateOfferFeedbackDocument,
    "\n  query OpenWorkshops($candidateId: ID!) {\n    openWorkshops(candidateId: $candidateId) {\n      seatsLeft\n      joined\n      waitingPosition\n      session {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        videoLink\n        seatLimit\n        workshop {\n          title\n          topic\n          description\n          language\n          place\n        }\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.OpenWorkshopsDocument,
    "\n  mutation CandidateJoinWorkshop($sessionId: ID!, $candidateId: ID!) {\n    signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      joined\n      waitingPosition\n      session {\n        id\n        seatsTaken\n      }\n    }\n  }\n": types.CandidateJoinWorkshopDocument,
    "\n  mutation CandidateLeaveWorkshop($sessionId: ID!, $candidateId: ID!) {\n    leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      id\n      seatsTaken\n    }\n  }\n": types.CandidateLeaveWorkshopDocument,
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
export function graphql(source: "\n  query AssessmentScreen($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    assessment(id: $id) {\n      id\n      instrumentCode\n      status\n      progress {\n        answered\n        total\n      }\n      items(language: $language) {\n        itemId\n        text\n        answer\n      }\n      responseFormat(language: $language) {\n        min\n        max\n        anchors {\n          value\n          label\n        }\n      }\n      profile {\n        riasec {\n          hollandCode\n          scores {\n            type\n            score\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentScreen($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    assessment(id: $id) {\n      id\n      instrumentCode\n      status\n      progress {\n        answered\n        total\n      }\n      items(language: $language) {\n        itemId\n        text\n        answer\n      }\n      responseFormat(language: $language) {\n        min\n        max\n        anchors {\n          value\n          label\n        }\n      }\n      profile {\n        riasec {\n          hollandCode\n          scores {\n            type\n            score\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateSaveAssessmentAnswer($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      id\n      status\n      progress {\n        answered\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateSaveAssessmentAnswer($input: SaveAssessmentAnswersInput!) {\n    saveAssessmentAnswers(input: $input) {\n      id\n      status\n      progress {\n        answered\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateSubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateSubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateAssessments($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    candidate(id: $id) {\n      id\n      assessments {\n        id\n        instrumentCode\n        status\n        assignedAt\n        releasedAt\n        progress {\n          answered\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateAssessments($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    candidate(id: $id) {\n      id\n      assessments {\n        id\n        instrumentCode\n        status\n        assignedAt\n        releasedAt\n        progress {\n          answered\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateHome($id: ID!) {\n    unreadNotificationCount\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n          sessionKind\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n      assessments {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateHome($id: ID!) {\n    unreadNotificationCount\n    candidate(id: $id) {\n      id\n      diagnostic {\n        status\n      }\n      pathway {\n        status\n        milestones {\n          id\n          title\n          dueOn\n          status\n          sessionKind\n        }\n      }\n      sessions {\n        id\n        kind\n        startsAt\n        status\n      }\n      assessments {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateAnswerCoachChange($sessionId: ID!, $accept: Boolean!) {\n    answerCoachChange(sessionId: $sessionId, accept: $accept) {\n      sessionId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateAnswerCoachChange($sessionId: ID!, $accept: Boolean!) {\n    answerCoachChange(sessionId: $sessionId, accept: $accept) {\n      sessionId\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query CandidateInbox {\n    unreadNotificationCount\n    notifications(first: 30) {\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateInbox {\n    unreadNotificationCount\n    notifications(first: 30) {\n      nodes {\n        id\n        kind\n        title\n        body\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation CandidateMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatePlan($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    pathway(candidateId: $id) {\n      id\n      status\n      track\n      currentPhase\n      startOn\n      endOn\n      budget {\n        budget\n        used\n        remaining\n      }\n      milestones {\n        id\n        phase\n        kind\n        title\n        dueOn\n        status\n        reachedAt\n        sessionKind\n        instrumentCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidatePlan($id: ID!, $language: AssessmentLanguage!) {\n    instruments {\n      code\n      title(language: $language)\n    }\n    pathway(candidateId: $id) {\n      id\n      status\n      track\n      currentPhase\n      startOn\n      endOn\n      budget {\n        budget\n        used\n        remaining\n      }\n      milestones {\n        id\n        phase\n        kind\n        title\n        dueOn\n        status\n        reachedAt\n        sessionKind\n        instrumentCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateNotificationPreferences {\n    notificationPreferences {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateNotificationPreferences {\n    notificationPreferences {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateSetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateSetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      mutedEmail\n      mutedInApp\n      quietHours {\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatePrivacy($id: ID!) {\n    privacyNotice {\n      version\n    }\n    candidate(id: $id) {\n      id\n      phone\n      consent {\n        noticeVersion\n        granted\n        current\n        recordedAt\n      }\n      smsReminders {\n        granted\n        mobile\n        recordedAt\n      }\n      erasureRequest {\n        candidateId\n        requestedAt\n        dueBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidatePrivacy($id: ID!) {\n    privacyNotice {\n      version\n    }\n    candidate(id: $id) {\n      id\n      phone\n      consent {\n        noticeVersion\n        granted\n        current\n        recordedAt\n      }\n      smsReminders {\n        granted\n        mobile\n        recordedAt\n      }\n      erasureRequest {\n        candidateId\n        requestedAt\n        dueBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateRequestErasure($id: ID!) {\n    requestErasure(candidateId: $id) {\n      candidateId\n      requestedAt\n      dueBy\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateRequestErasure($id: ID!) {\n    requestErasure(candidateId: $id) {\n      candidateId\n      requestedAt\n      dueBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      noticeVersion\n      granted\n      current\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      noticeVersion\n      granted\n      current\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateRecordSmsConsent($input: RecordSmsConsentInput!) {\n    recordSmsConsent(input: $input) {\n      granted\n      mobile\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateRecordSmsConsent($input: RecordSmsConsentInput!) {\n    recordSmsConsent(input: $input) {\n      granted\n      mobile\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateExport($id: ID!) {\n    exportPersonalData(candidateId: $id) {\n      fileName\n      contentType\n      generatedAt\n      document\n      complete\n      summaryFileName\n      summaryHtml\n      services {\n        service\n        answered\n        sections {\n          name\n          records\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateExport($id: ID!) {\n    exportPersonalData(candidateId: $id) {\n      fileName\n      contentType\n      generatedAt\n      document\n      complete\n      summaryFileName\n      summaryHtml\n      services {\n        service\n        answered\n        sections {\n          name\n          records\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateSessions($id: ID!) {\n    candidate(id: $id) {\n      id\n      coach {\n        id\n        displayName\n      }\n      sessions {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        status\n        videoLink\n        cancelReason\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n        coachChangeProposal {\n          status\n          coach {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateSessions($id: ID!) {\n    candidate(id: $id) {\n      id\n      coach {\n        id\n        displayName\n      }\n      sessions {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        status\n        videoLink\n        cancelReason\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n        coachChangeProposal {\n          status\n          coach {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateBookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateBookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      startsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateRescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateRescheduleSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateFreeSlots($input: AvailabilityInput!) {\n    availableSlots(input: $input) {\n      startsAt\n      endsAt\n      coachId\n    }\n  }\n"): (typeof documents)["\n  query CandidateFreeSlots($input: AvailabilityInput!) {\n    availableSlots(input: $input) {\n      startsAt\n      endsAt\n      coachId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateSuggestions($id: ID!) {\n    candidate(id: $id) {\n      id\n      homePostcode\n      recommendations {\n        id\n        occupationCode\n        label\n        rank\n        proximity\n        explanation\n        missingSkills {\n          code\n          label\n        }\n      }\n      matches {\n        rank\n        explanation\n        offer {\n          id\n          title\n          contractType\n          departmentCode\n          publishedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateSuggestions($id: ID!) {\n    candidate(id: $id) {\n      id\n      homePostcode\n      recommendations {\n        id\n        occupationCode\n        label\n        rank\n        proximity\n        explanation\n        missingSkills {\n          code\n          label\n        }\n      }\n      matches {\n        rank\n        explanation\n        offer {\n          id\n          title\n          contractType\n          departmentCode\n          publishedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateLocalDemand($code: String!, $department: String) {\n    labourDemand(occupationCode: $code, departmentCode: $department) {\n      occupationCode\n      departmentCode\n      projects\n      hardToFillShare\n    }\n  }\n"): (typeof documents)["\n  query CandidateLocalDemand($code: String!, $department: String) {\n    labourDemand(occupationCode: $code, departmentCode: $department) {\n      occupationCode\n      departmentCode\n      projects\n      hardToFillShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateOfferFeedback($id: ID!, $offerId: ID!, $verdict: OfferVerdict!) {\n    giveOfferFeedback(candidateId: $id, offerId: $offerId, verdict: $verdict)\n  }\n"): (typeof documents)["\n  mutation CandidateOfferFeedback($id: ID!, $offerId: ID!, $verdict: OfferVerdict!) {\n    giveOfferFeedback(candidateId: $id, offerId: $offerId, verdict: $verdict)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenWorkshops($candidateId: ID!) {\n    openWorkshops(candidateId: $candidateId) {\n      seatsLeft\n      joined\n      waitingPosition\n      session {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        videoLink\n        seatLimit\n        workshop {\n          title\n          topic\n          description\n          language\n          place\n        }\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenWorkshops($candidateId: ID!) {\n    openWorkshops(candidateId: $candidateId) {\n      seatsLeft\n      joined\n      waitingPosition\n      session {\n        id\n        kind\n        mode\n        startsAt\n        endsAt\n        videoLink\n        seatLimit\n        workshop {\n          title\n          topic\n          description\n          language\n          place\n        }\n        room {\n          id\n          name\n        }\n        coach {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateJoinWorkshop($sessionId: ID!, $candidateId: ID!) {\n    signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      joined\n      waitingPosition\n      session {\n        id\n        seatsTaken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateJoinWorkshop($sessionId: ID!, $candidateId: ID!) {\n    signUpForWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      joined\n      waitingPosition\n      session {\n        id\n        seatsTaken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateLeaveWorkshop($sessionId: ID!, $candidateId: ID!) {\n    leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      id\n      seatsTaken\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateLeaveWorkshop($sessionId: ID!, $candidateId: ID!) {\n    leaveWorkshop(sessionId: $sessionId, candidateId: $candidateId) {\n      id\n      seatsTaken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;