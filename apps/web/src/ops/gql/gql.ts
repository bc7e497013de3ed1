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
    "\n  query OpsAssignmentQueue($after: String) {\n    assignmentQueue(first: 50, after: $after) {\n      nodes {\n        candidateId\n        programmeId\n        officeIds\n        reasonCode\n        queuedAt\n        explanation {\n          officeIds\n          eligible {\n            coachId\n          }\n          excluded {\n            coachId\n            reasons\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n        active\n        activeCaseload\n        maxCaseload\n      }\n    }\n  }\n": typeof types.OpsAssignmentQueueDocument,
    "\n  query OpsQueuedPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      programme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OpsQueuedPersonDocument,
    "\n  mutation OpsReassignCoach($input: ReassignCoachInput!) {\n    reassignCoach(input: $input) {\n      candidateId\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OpsReassignCoachDocument,
    "\n  query OpsCapacityPlan($programmeId: ID!, $days: Int, $after: String) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    offices {\n      id\n      name\n    }\n    capacityPlan(programmeId: $programmeId, assumptions: { firstMeetingWithinDays: $days }) {\n      waiting\n      coachesMissing\n      assumptions {\n        firstMeetingWithinDays\n        firstMeetingMinutes\n        firstMeetingShare\n        defaultMaxCaseload\n      }\n      offices {\n        officeId\n        waiting\n        coachesMissing\n        groups {\n          track\n          language\n          waiting\n          coaches\n          freePlaces\n          firstMeetingSlots\n          caseloadPerCoach\n          coachesMissing\n          binding\n          everyoneReachedBy\n        }\n      }\n      longestWaiting(first: 50, after: $after) {\n        nodes {\n          candidateId\n          reasonCode\n          queuedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.OpsCapacityPlanDocument,
    "\n  query OpsCapacityProgrammeName($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.OpsCapacityProgrammeNameDocument,
    "\n  query OpsWaitingPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.OpsWaitingPersonDocument,
    "\n  query OpsCoachCaseload($id: ID!) {\n    coach(id: $id) {\n      id\n      displayName\n      email\n      activeCaseload\n      maxCaseload\n    }\n    caseload(coachId: $id) {\n      candidateId\n      assignedAt\n      mode\n      reason\n    }\n  }\n": typeof types.OpsCoachCaseloadDocument,
    "\n  query OpsPersonName($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.OpsPersonNameDocument,
    "\n  mutation OpsUpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      name\n      address\n    }\n  }\n": typeof types.OpsUpdateOfficeDocument,
    "\n  mutation OpsUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      id\n      name\n      capacity\n    }\n  }\n": typeof types.OpsUpdateRoomDocument,
    "\n  mutation OpsUpdateCoach($input: UpdateCoachInput!) {\n    updateCoach(input: $input) {\n      id\n      displayName\n      languages\n      specialties\n      maxCaseload\n    }\n  }\n": typeof types.OpsUpdateCoachDocument,
    "\n  mutation OpsSetOfficeActive($id: ID!, $active: Boolean!) {\n    deactivateOffice(id: $id) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateOffice(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n": typeof types.OpsSetOfficeActiveDocument,
    "\n  mutation OpsSetRoomActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateRoom(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateRoom(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n": typeof types.OpsSetRoomActiveDocument,
    "\n  mutation OpsSetCoachActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateCoach(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateCoach(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n": typeof types.OpsSetCoachActiveDocument,
    "\n  query OpsSessionsToMove($input: SessionsToMoveInput!) {\n    sessionsToMove(input: $input) {\n      session {\n        id\n        kind\n        startsAt\n        candidateIds\n      }\n      freeRooms {\n        id\n        name\n      }\n      freeCoaches {\n        id\n        displayName\n      }\n      coachChangeProposal {\n        status\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.OpsSessionsToMoveDocument,
    "\n  mutation OpsMoveToRoom($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n": typeof types.OpsMoveToRoomDocument,
    "\n  mutation OpsProposeCoachChange($sessionId: ID!, $coachId: ID!) {\n    proposeCoachChange(sessionId: $sessionId, coachId: $coachId) {\n      sessionId\n      status\n    }\n  }\n": typeof types.OpsProposeCoachChangeDocument,
    "\n  query OpsErasureRequests {\n    erasureRequests(first: 200) {\n      candidateId\n      requestedAt\n      dueBy\n      firstName\n      lastName\n      employeeNumber\n      programmeName\n    }\n  }\n": typeof types.OpsErasureRequestsDocument,
    "\n  mutation OpsEraseCandidate($id: ID!) {\n    eraseCandidate(candidateId: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n": typeof types.OpsEraseCandidateDocument,
    "\n  query OpsImportBatch($id: ID!, $offset: Int!, $limit: Int!) {\n    importBatch(id: $id) {\n      id\n      filename\n      status\n      failureCode\n      failureReason\n      rowsTotal\n      rowsRead\n      rowsEnrolled\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      finishedAt\n      errors(offset: $offset, limit: $limit) {\n        total\n        items {\n          row\n          column\n          reason\n          value\n        }\n      }\n    }\n  }\n": typeof types.OpsImportBatchDocument,
    "\n  query OpsImportReport($id: ID!) {\n    importBatch(id: $id) {\n      id\n      errorReport {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n": typeof types.OpsImportReportDocument,
    "\n  query OpsImportProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.OpsImportProgrammeDocument,
    "\n  mutation OpsChangeStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      to\n    }\n  }\n": typeof types.OpsChangeStatusDocument,
    "\n  mutation OpsCreateSponsor($input: CreateSponsorInput!) {\n    createSponsor(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OpsCreateSponsorDocument,
    "\n  mutation OpsCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpsCreateProgrammeDocument,
    "\n  mutation OpsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OpsCreateRoomDocument,
    "\n  mutation OpsCreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.OpsCreateCoachDocument,
    "\n  query OpsOffices {\n    offices {\n      id\n      name\n      address\n      rooms {\n        id\n      }\n      coaches {\n        id\n      }\n    }\n  }\n": typeof types.OpsOfficesDocument,
    "\n  query OpsOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      address\n      active\n      timeZone\n      openingHours {\n        weekday\n        start\n        end\n      }\n      rooms {\n        id\n        name\n        capacity\n        active\n      }\n      coaches {\n        id\n        displayName\n        email\n        languages\n        specialties\n        maxCaseload\n        activeCaseload\n        active\n      }\n    }\n  }\n": typeof types.OpsOfficeDocument,
    "\n  mutation OpsCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OpsCreateOfficeDocument,
    "\n  mutation OpsRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.OpsRecordOutcomeDocument,
    "\n  mutation OpsCorrectOutcome($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.OpsCorrectOutcomeDocument,
    "\n  mutation OpsLogValidJobOffer($input: LogValidJobOfferInput!) {\n    logValidJobOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.OpsLogValidJobOfferDocument,
    "\n  query OpsOveRegister($id: ID!) {\n    validJobOfferRegister(candidateId: $id) {\n      candidateId\n      definition {\n        maxPayDropPercent\n        minContractMonths\n      }\n      offered\n      accepted\n      refused\n      refusedMeetingDefinition\n      entries {\n        offer {\n          id\n          employerName\n          jobTitle\n          place\n          offeredOn\n          contractType\n          contractMonths\n          grossAnnualPay\n          previousGrossAnnualPay\n          decision\n          decisionReason\n          decidedAt\n        }\n        payPercentOfPrevious\n        meetsDefinition\n        criteria {\n          criterion\n          met\n        }\n      }\n    }\n  }\n": typeof types.OpsOveRegisterDocument,
    "\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        risk\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProgrammePeopleDocument,
    "\n  query OpsPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      status\n      statusHistory {\n        id\n        from\n        to\n        reason\n        expectedReturnOn\n        note\n        changedBy\n        changedAt\n      }\n      programme {\n        id\n        name\n        status\n      }\n      outcome {\n        id\n        category\n        outcomeDate\n        employerName\n        jobTitle\n        contractMonths\n        recordedAt\n      }\n    }\n  }\n": typeof types.OpsPersonDocument,
    "\n  query OpsOfficeChoices {\n    offices {\n      id\n      name\n    }\n  }\n": typeof types.OpsOfficeChoicesDocument,
    "\n  query OpsProgrammeOutcomes($id: ID!) {\n    programmeOutcomeSummary(programmeId: $id) {\n      programmeId\n      people\n      peopleSuppressed\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppressed\n        suppression\n      }\n    }\n  }\n": typeof types.OpsProgrammeOutcomesDocument,
    "\n  query OpsProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      officeIds\n      createdAt\n      amendedAt\n      closedAt\n      sponsor {\n        id\n        name\n      }\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    offices {\n      id\n      name\n    }\n    importBatches(programmeId: $id) {\n      id\n      filename\n      status\n      rowsEnrolled\n      rowsRejected\n      createdAt\n    }\n  }\n": typeof types.OpsProgrammeDocument,
    "\n  mutation OpsAmendProgramme($input: AmendProgrammeInput!) {\n    amendProgramme(input: $input) {\n      id\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      amendedAt\n    }\n  }\n": typeof types.OpsAmendProgrammeDocument,
    "\n  mutation OpsCloseProgramme($id: ID!) {\n    closeProgramme(programmeId: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.OpsCloseProgrammeDocument,
    "\n  query OpsProgrammes($after: String) {\n    programmes(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        headcount\n        startDate\n        createdAt\n        sponsor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OpsProgrammesDocument,
    "\n  mutation OpsImportCandidates($input: ImportCandidatesInput!) {\n    importCandidates(input: $input) {\n      id\n      status\n      filename\n    }\n  }\n": typeof types.OpsImportCandidatesDocument,
};
const documents: Documents = {
    "\n  query OpsAssignmentQueue($after: String) {\n    assignmentQueue(first: 50, after: $after) {\n      nodes {\n        candidateId\n        programmeId\n        officeIds\n        reasonCode\n        queuedAt\n        explanation {\n          officeIds\n          eligible {\n            coachId\n          }\n          excluded {\n            coachId\n            reasons\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n        active\n        activeCaseload\n        maxCaseload\n      }\n    }\n  }\n": types.OpsAssignmentQueueDocument,
    "\n  query OpsQueuedPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      programme {\n        id\n        name\n      }\n    }\n  }\n": types.OpsQueuedPersonDocument,
    "\n  mutation OpsReassignCoach($input: ReassignCoachInput!) {\n    reassignCoach(input: $input) {\n      candidateId\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n": types.OpsReassignCoachDocument,
    "\n  query OpsCapacityPlan($programmeId: ID!, $days: Int, $after: String) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    offices {\n      id\n      name\n    }\n    capacityPlan(programmeId: $programmeId, assumptions: { firstMeetingWithinDays: $days }) {\n      waiting\n      coachesMissing\n      assumptions {\n        firstMeetingWithinDays\n        firstMeetingMinutes\n        firstMeetingShare\n        defaultMaxCaseload\n      }\n      offices {\n        officeId\n        waiting\n        coachesMissing\n        groups {\n          track\n          language\n          waiting\n          coaches\n          freePlaces\n          firstMeetingSlots\n          caseloadPerCoach\n          coachesMissing\n          binding\n          everyoneReachedBy\n        }\n      }\n      longestWaiting(first: 50, after: $after) {\n        nodes {\n          candidateId\n          reasonCode\n          queuedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.OpsCapacityPlanDocument,
    "\n  query OpsCapacityProgrammeName($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n  }\n": types.OpsCapacityProgrammeNameDocument,
    "\n  query OpsWaitingPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.OpsWaitingPersonDocument,
    "\n  query OpsCoachCaseload($id: ID!) {\n    coach(id: $id) {\n      id\n      displayName\n      email\n      activeCaseload\n      maxCaseload\n    }\n    caseload(coachId: $id) {\n      candidateId\n      assignedAt\n      mode\n      reason\n    }\n  }\n": types.OpsCoachCaseloadDocument,
    "\n  query OpsPersonName($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.OpsPersonNameDocument,
    "\n  mutation OpsUpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      name\n      address\n    }\n  }\n": types.OpsUpdateOfficeDocument,
    "\n  mutation OpsUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      id\n      name\n      capacity\n    }\n  }\n": types.OpsUpdateRoomDocument,
    "\n  mutation OpsUpdateCoach($input: UpdateCoachInput!) {\n    updateCoach(input: $input) {\n      id\n      displayName\n      languages\n      specialties\n      maxCaseload\n    }\n  }\n": types.OpsUpdateCoachDocument,
    "\n  mutation OpsSetOfficeActive($id: ID!, $active: Boolean!) {\n    deactivateOffice(id: $id) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateOffice(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n": types.OpsSetOfficeActiveDocument,
    "\n  mutation OpsSetRoomActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateRoom(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateRoom(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n": types.OpsSetRoomActiveDocument,
    "\n  mutation OpsSetCoachActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateCoach(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateCoach(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n": types.OpsSetCoachActiveDocument,
    "\n  query OpsSessionsToMove($input: SessionsToMoveInput!) {\n    sessionsToMove(input: $input) {\n      session {\n        id\n        kind\n        startsAt\n        candidateIds\n      }\n      freeRooms {\n        id\n        name\n      }\n      freeCoaches {\n        id\n        displayName\n      }\n      coachChangeProposal {\n        status\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n": types.OpsSessionsToMoveDocument,
    "\n  mutation OpsMoveToRoom($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n": types.OpsMoveToRoomDocument,
    "\n  mutation OpsProposeCoachChange($sessionId: ID!, $coachId: ID!) {\n    proposeCoachChange(sessionId: $sessionId, coachId: $coachId) {\n      sessionId\n      status\n    }\n  }\n": types.OpsProposeCoachChangeDocument,
    "\n  query OpsErasureRequests {\n    erasureRequests(first: 200) {\n      candidateId\n      requestedAt\n      dueBy\n      firstName\n      lastName\n      employeeNumber\n      programmeName\n    }\n  }\n": types.OpsErasureRequestsDocument,
    "\n  mutation OpsEraseCandidate($id: ID!) {\n    eraseCandidate(candidateId: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n": types.OpsEraseCandidateDocument,
    "\n  query OpsImportBatch($id: ID!, $offset: Int!, $limit: Int!) {\n    importBatch(id: $id) {\n      id\n      filename\n      status\n      failureCode\n      failureReason\n      rowsTotal\n      rowsRead\n      rowsEnrolled\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      finishedAt\n      errors(offset: $offset, limit: $limit) {\n        total\n        items {\n          row\n          column\n          reason\n          value\n        }\n      }\n    }\n  }\n": types.OpsImportBatchDocument,
    "\n  query OpsImportReport($id: ID!) {\n    importBatch(id: $id) {\n      id\n      errorReport {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n": types.OpsImportReportDocument,
    "\n  query OpsImportProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": types.OpsImportProgrammeDocument,
    "\n  mutation OpsChangeStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      to\n    }\n  }\n": types.OpsChangeStatusDocument,
    "\n  mutation OpsCreateSponsor($input: CreateSponsorInput!) {\n    createSponsor(input: $input) {\n      id\n      name\n    }\n  }\n": types.OpsCreateSponsorDocument,
    "\n  mutation OpsCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      status\n    }\n  }\n": types.OpsCreateProgrammeDocument,
    "\n  mutation OpsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n": types.OpsCreateRoomDocument,
    "\n  mutation OpsCreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.OpsCreateCoachDocument,
    "\n  query OpsOffices {\n    offices {\n      id\n      name\n      address\n      rooms {\n        id\n      }\n      coaches {\n        id\n      }\n    }\n  }\n": types.OpsOfficesDocument,
    "\n  query OpsOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      address\n      active\n      timeZone\n      openingHours {\n        weekday\n        start\n        end\n      }\n      rooms {\n        id\n        name\n        capacity\n        active\n      }\n      coaches {\n        id\n        displayName\n        email\n        languages\n        specialties\n        maxCaseload\n        activeCaseload\n        active\n      }\n    }\n  }\n": types.OpsOfficeDocument,
    "\n  mutation OpsCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      name\n    }\n  }\n": types.OpsCreateOfficeDocument,
    "\n  mutation OpsRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.OpsRecordOutcomeDocument,
    "\n  mutation OpsCorrectOutcome($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n    }\n  }\n": types.OpsCorrectOutcomeDocument,
    "\n  mutation OpsLogValidJobOffer($input: LogValidJobOfferInput!) {\n    logValidJobOffer(input: $input) {\n      id\n    }\n  }\n": types.OpsLogValidJobOfferDocument,
    "\n  query OpsOveRegister($id: ID!) {\n    validJobOfferRegister(candidateId: $id) {\n      candidateId\n      definition {\n        maxPayDropPercent\n        minContractMonths\n      }\n      offered\n      accepted\n      refused\n      refusedMeetingDefinition\n      entries {\n        offer {\n          id\n          employerName\n          jobTitle\n          place\n          offeredOn\n          contractType\n          contractMonths\n          grossAnnualPay\n          previousGrossAnnualPay\n          decision\n          decisionReason\n          decidedAt\n        }\n        payPercentOfPrevious\n        meetsDefinition\n        criteria {\n          criterion\n          met\n        }\n      }\n    }\n  }\n": types.OpsOveRegisterDocument,
    "\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        risk\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProgrammePeopleDocument,
    "\n  query OpsPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      status\n      statusHistory {\n        id\n        from\n        to\n        reason\n        expectedReturnOn\n        note\n        changedBy\n        changedAt\n      }\n      programme {\n        id\n        name\n        status\n      }\n      outcome {\n        id\n        category\n        outcomeDate\n        employerName\n        jobTitle\n        contractMonths\n        recordedAt\n      }\n    }\n  }\n": types.OpsPersonDocument,
    "\n  query OpsOfficeChoices {\n    offices {\n      id\n      name\n    }\n  }\n": types.OpsOfficeChoicesDocument,
    "\n  query OpsProgrammeOutcomes($id: ID!) {\n    programmeOutcomeSummary(programmeId: $id) {\n      programmeId\n      people\n      peopleSuppressed\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppressed\n        suppression\n      }\n    }\n  }\n": types.OpsProgrammeOutcomesDocument,
    "\n  query OpsProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      officeIds\n      createdAt\n      amendedAt\n      closedAt\n      sponsor {\n        id\n        name\n      }\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    offices {\n      id\n      name\n    }\n    importBatches(programmeId: $id) {\n      id\n      filename\n      status\n      rowsEnrolled\n      rowsRejected\n      createdAt\n    }\n  }\n": types.OpsProgrammeDocument,
    "\n  mutation OpsAmendProgramme($input: AmendProgrammeInput!) {\n    amendProgramme(input: $input) {\n      id\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      amendedAt\n    }\n  }\n": types.OpsAmendProgrammeDocument,
    "\n  mutation OpsCloseProgramme($id: ID!) {\n    closeProgramme(programmeId: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.OpsCloseProgrammeDocument,
    "\n  query OpsProgrammes($after: String) {\n    programmes(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        headcount\n        startDate\n        createdAt\n        sponsor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.OpsProgrammesDocument,
    "\n  mutation OpsImportCandidates($input: ImportCandidatesInput!) {\n    importCandidates(input: $input) {\n      id\n      status\n      filename\n    }\n  }\n": types.OpsImportCandidatesDocument,
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
export function graphql(source: "\n  query OpsAssignmentQueue($after: String) {\n    assignmentQueue(first: 50, after: $after) {\n      nodes {\n        candidateId\n        programmeId\n        officeIds\n        reasonCode\n        queuedAt\n        explanation {\n          officeIds\n          eligible {\n            coachId\n          }\n          excluded {\n            coachId\n            reasons\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n        active\n        activeCaseload\n        maxCaseload\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsAssignmentQueue($after: String) {\n    assignmentQueue(first: 50, after: $after) {\n      nodes {\n        candidateId\n        programmeId\n        officeIds\n        reasonCode\n        queuedAt\n        explanation {\n          officeIds\n          eligible {\n            coachId\n          }\n          excluded {\n            coachId\n            reasons\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n        active\n        activeCaseload\n        maxCaseload\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsQueuedPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      programme {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsQueuedPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      programme {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsReassignCoach($input: ReassignCoachInput!) {\n    reassignCoach(input: $input) {\n      candidateId\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpsReassignCoach($input: ReassignCoachInput!) {\n    reassignCoach(input: $input) {\n      candidateId\n      coach {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsCapacityPlan($programmeId: ID!, $days: Int, $after: String) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    offices {\n      id\n      name\n    }\n    capacityPlan(programmeId: $programmeId, assumptions: { firstMeetingWithinDays: $days }) {\n      waiting\n      coachesMissing\n      assumptions {\n        firstMeetingWithinDays\n        firstMeetingMinutes\n        firstMeetingShare\n        defaultMaxCaseload\n      }\n      offices {\n        officeId\n        waiting\n        coachesMissing\n        groups {\n          track\n          language\n          waiting\n          coaches\n          freePlaces\n          firstMeetingSlots\n          caseloadPerCoach\n          coachesMissing\n          binding\n          everyoneReachedBy\n        }\n      }\n      longestWaiting(first: 50, after: $after) {\n        nodes {\n          candidateId\n          reasonCode\n          queuedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsCapacityPlan($programmeId: ID!, $days: Int, $after: String) {\n    programme(id: $programmeId) {\n      id\n      name\n    }\n    offices {\n      id\n      name\n    }\n    capacityPlan(programmeId: $programmeId, assumptions: { firstMeetingWithinDays: $days }) {\n      waiting\n      coachesMissing\n      assumptions {\n        firstMeetingWithinDays\n        firstMeetingMinutes\n        firstMeetingShare\n        defaultMaxCaseload\n      }\n      offices {\n        officeId\n        waiting\n        coachesMissing\n        groups {\n          track\n          language\n          waiting\n          coaches\n          freePlaces\n          firstMeetingSlots\n          caseloadPerCoach\n          coachesMissing\n          binding\n          everyoneReachedBy\n        }\n      }\n      longestWaiting(first: 50, after: $after) {\n        nodes {\n          candidateId\n          reasonCode\n          queuedAt\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsCapacityProgrammeName($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OpsCapacityProgrammeName($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsWaitingPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  query OpsWaitingPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsCoachCaseload($id: ID!) {\n    coach(id: $id) {\n      id\n      displayName\n      email\n      activeCaseload\n      maxCaseload\n    }\n    caseload(coachId: $id) {\n      candidateId\n      assignedAt\n      mode\n      reason\n    }\n  }\n"): (typeof documents)["\n  query OpsCoachCaseload($id: ID!) {\n    coach(id: $id) {\n      id\n      displayName\n      email\n      activeCaseload\n      maxCaseload\n    }\n    caseload(coachId: $id) {\n      candidateId\n      assignedAt\n      mode\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsPersonName($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  query OpsPersonName($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsUpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      name\n      address\n    }\n  }\n"): (typeof documents)["\n  mutation OpsUpdateOffice($input: UpdateOfficeInput!) {\n    updateOffice(input: $input) {\n      id\n      name\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      id\n      name\n      capacity\n    }\n  }\n"): (typeof documents)["\n  mutation OpsUpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      id\n      name\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsUpdateCoach($input: UpdateCoachInput!) {\n    updateCoach(input: $input) {\n      id\n      displayName\n      languages\n      specialties\n      maxCaseload\n    }\n  }\n"): (typeof documents)["\n  mutation OpsUpdateCoach($input: UpdateCoachInput!) {\n    updateCoach(input: $input) {\n      id\n      displayName\n      languages\n      specialties\n      maxCaseload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsSetOfficeActive($id: ID!, $active: Boolean!) {\n    deactivateOffice(id: $id) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateOffice(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation OpsSetOfficeActive($id: ID!, $active: Boolean!) {\n    deactivateOffice(id: $id) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateOffice(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsSetRoomActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateRoom(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateRoom(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation OpsSetRoomActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateRoom(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateRoom(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsSetCoachActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateCoach(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateCoach(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation OpsSetCoachActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {\n    deactivateCoach(id: $id, cancelRemaining: $cancel) @skip(if: $active) {\n      id\n      active\n    }\n    reactivateCoach(id: $id) @include(if: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsSessionsToMove($input: SessionsToMoveInput!) {\n    sessionsToMove(input: $input) {\n      session {\n        id\n        kind\n        startsAt\n        candidateIds\n      }\n      freeRooms {\n        id\n        name\n      }\n      freeCoaches {\n        id\n        displayName\n      }\n      coachChangeProposal {\n        status\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsSessionsToMove($input: SessionsToMoveInput!) {\n    sessionsToMove(input: $input) {\n      session {\n        id\n        kind\n        startsAt\n        candidateIds\n      }\n      freeRooms {\n        id\n        name\n      }\n      freeCoaches {\n        id\n        displayName\n      }\n      coachChangeProposal {\n        status\n        coach {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsMoveToRoom($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpsMoveToRoom($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsProposeCoachChange($sessionId: ID!, $coachId: ID!) {\n    proposeCoachChange(sessionId: $sessionId, coachId: $coachId) {\n      sessionId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpsProposeCoachChange($sessionId: ID!, $coachId: ID!) {\n    proposeCoachChange(sessionId: $sessionId, coachId: $coachId) {\n      sessionId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsErasureRequests {\n    erasureRequests(first: 200) {\n      candidateId\n      requestedAt\n      dueBy\n      firstName\n      lastName\n      employeeNumber\n      programmeName\n    }\n  }\n"): (typeof documents)["\n  query OpsErasureRequests {\n    erasureRequests(first: 200) {\n      candidateId\n      requestedAt\n      dueBy\n      firstName\n      lastName\n      employeeNumber\n      programmeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsEraseCandidate($id: ID!) {\n    eraseCandidate(candidateId: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpsEraseCandidate($id: ID!) {\n    eraseCandidate(candidateId: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsImportBatch($id: ID!, $offset: Int!, $limit: Int!) {\n    importBatch(id: $id) {\n      id\n      filename\n      status\n      failureCode\n      failureReason\n      rowsTotal\n      rowsRead\n      rowsEnrolled\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      finishedAt\n      errors(offset: $offset, limit: $limit) {\n        total\n        items {\n          row\n          column\n          reason\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsImportBatch($id: ID!, $offset: Int!, $limit: Int!) {\n    importBatch(id: $id) {\n      id\n      filename\n      status\n      failureCode\n      failureReason\n      rowsTotal\n      rowsRead\n      rowsEnrolled\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      finishedAt\n      errors(offset: $offset, limit: $limit) {\n        total\n        items {\n          row\n          column\n          reason\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsImportReport($id: ID!) {\n    importBatch(id: $id) {\n      id\n      errorReport {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsImportReport($id: ID!) {\n    importBatch(id: $id) {\n      id\n      errorReport {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsImportProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query OpsImportProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsChangeStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      to\n    }\n  }\n"): (typeof documents)["\n  mutation OpsChangeStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreateSponsor($input: CreateSponsorInput!) {\n    createSponsor(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreateSponsor($input: CreateSponsorInput!) {\n    createSponsor(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreateCoach($input: CreateCoachInput!) {\n    createCoach(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsOffices {\n    offices {\n      id\n      name\n      address\n      rooms {\n        id\n      }\n      coaches {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsOffices {\n    offices {\n      id\n      name\n      address\n      rooms {\n        id\n      }\n      coaches {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      address\n      active\n      timeZone\n      openingHours {\n        weekday\n        start\n        end\n      }\n      rooms {\n        id\n        name\n        capacity\n        active\n      }\n      coaches {\n        id\n        displayName\n        email\n        languages\n        specialties\n        maxCaseload\n        activeCaseload\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      address\n      active\n      timeZone\n      openingHours {\n        weekday\n        start\n        end\n      }\n      rooms {\n        id\n        name\n        capacity\n        active\n      }\n      coaches {\n        id\n        displayName\n        email\n        languages\n        specialties\n        maxCaseload\n        activeCaseload\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCreateOffice($input: CreateOfficeInput!) {\n    createOffice(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpsRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCorrectOutcome($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCorrectOutcome($input: CorrectOutcomeInput!) {\n    correctOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsLogValidJobOffer($input: LogValidJobOfferInput!) {\n    logValidJobOffer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpsLogValidJobOffer($input: LogValidJobOfferInput!) {\n    logValidJobOffer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsOveRegister($id: ID!) {\n    validJobOfferRegister(candidateId: $id) {\n      candidateId\n      definition {\n        maxPayDropPercent\n        minContractMonths\n      }\n      offered\n      accepted\n      refused\n      refusedMeetingDefinition\n      entries {\n        offer {\n          id\n          employerName\n          jobTitle\n          place\n          offeredOn\n          contractType\n          contractMonths\n          grossAnnualPay\n          previousGrossAnnualPay\n          decision\n          decisionReason\n          decidedAt\n        }\n        payPercentOfPrevious\n        meetsDefinition\n        criteria {\n          criterion\n          met\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsOveRegister($id: ID!) {\n    validJobOfferRegister(candidateId: $id) {\n      candidateId\n      definition {\n        maxPayDropPercent\n        minContractMonths\n      }\n      offered\n      accepted\n      refused\n      refusedMeetingDefinition\n      entries {\n        offer {\n          id\n          employerName\n          jobTitle\n          place\n          offeredOn\n          contractType\n          contractMonths\n          grossAnnualPay\n          previousGrossAnnualPay\n          decision\n          decisionReason\n          decidedAt\n        }\n        payPercentOfPrevious\n        meetsDefinition\n        criteria {\n          criterion\n          met\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        risk\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammePeople(\n    $programmeId: ID!\n    $search: String\n    $filter: PeopleFilter\n    $orderBy: PeopleOrder\n    $after: String\n  ) {\n    people(\n      programmeId: $programmeId\n      search: $search\n      filter: $filter\n      orderBy: $orderBy\n      first: 50\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        track\n        coachId\n        outcome\n        risk\n        candidate {\n          id\n          employeeNumber\n          firstName\n          lastName\n          status\n          enrolledAt\n        }\n      }\n    }\n    offices {\n      id\n      name\n      coaches {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      status\n      statusHistory {\n        id\n        from\n        to\n        reason\n        expectedReturnOn\n        note\n        changedBy\n        changedAt\n      }\n      programme {\n        id\n        name\n        status\n      }\n      outcome {\n        id\n        category\n        outcomeDate\n        employerName\n        jobTitle\n        contractMonths\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsPerson($id: ID!) {\n    candidate(id: $id) {\n      id\n      firstName\n      lastName\n      email\n      status\n      statusHistory {\n        id\n        from\n        to\n        reason\n        expectedReturnOn\n        note\n        changedBy\n        changedAt\n      }\n      programme {\n        id\n        name\n        status\n      }\n      outcome {\n        id\n        category\n        outcomeDate\n        employerName\n        jobTitle\n        contractMonths\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsOfficeChoices {\n    offices {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OpsOfficeChoices {\n    offices {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsProgrammeOutcomes($id: ID!) {\n    programmeOutcomeSummary(programmeId: $id) {\n      programmeId\n      people\n      peopleSuppressed\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppressed\n        suppression\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsProgrammeOutcomes($id: ID!) {\n    programmeOutcomeSummary(programmeId: $id) {\n      programmeId\n      people\n      peopleSuppressed\n      peopleSuppression\n      suppressionThreshold\n      outcomes {\n        category\n        count\n        suppressed\n        suppression\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      officeIds\n      createdAt\n      amendedAt\n      closedAt\n      sponsor {\n        id\n        name\n      }\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    offices {\n      id\n      name\n    }\n    importBatches(programmeId: $id) {\n      id\n      filename\n      status\n      rowsEnrolled\n      rowsRejected\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query OpsProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      officeIds\n      createdAt\n      amendedAt\n      closedAt\n      sponsor {\n        id\n        name\n      }\n      outcomeTargets {\n        category\n        sharePercent\n      }\n    }\n    offices {\n      id\n      name\n    }\n    importBatches(programmeId: $id) {\n      id\n      filename\n      status\n      rowsEnrolled\n      rowsRejected\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsAmendProgramme($input: AmendProgrammeInput!) {\n    amendProgramme(input: $input) {\n      id\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      amendedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpsAmendProgramme($input: AmendProgrammeInput!) {\n    amendProgramme(input: $input) {\n      id\n      status\n      type\n      sites\n      headcount\n      startDate\n      durationMonths\n      sessionBudgetPerPerson\n      amendedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsCloseProgramme($id: ID!) {\n    closeProgramme(programmeId: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpsCloseProgramme($id: ID!) {\n    closeProgramme(programmeId: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsProgrammes($after: String) {\n    programmes(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        headcount\n        startDate\n        createdAt\n        sponsor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsProgrammes($after: String) {\n    programmes(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        headcount\n        startDate\n        createdAt\n        sponsor {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpsImportCandidates($input: ImportCandidatesInput!) {\n    importCandidates(input: $input) {\n      id\n      status\n      filename\n    }\n  }\n"): (typeof documents)["\n  mutation OpsImportCandidates($input: ImportCandidatesInput!) {\n    importCandidates(input: $input) {\n      id\n      status\n      filename\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;