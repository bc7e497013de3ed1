export * from './envelope';
export * from './event-definition';
export * from './registry';
export * from './topics';
export * from './vocabulary';
export { candidateEnrolledV1 } from './events/candidate-enrolled.v1';
export { candidateErasedV1 } from './events/candidate-erased.v1';
export { pathwayDraftedV1 } from './events/pathway-drafted.v1';
export { programmeContractedV1 } from './events/programme-contracted.v1';
export { programmeAmendedV1 } from './events/programme-amended.v1';
export { candidateDiagnosedV1 } from './events/candidate-diagnosed.v1';
export { candidateOutcomeRecordedV1 } from './events/candidate-outcome-recorded.v1';
export { validJobOfferLoggedV1 } from './events/valid-job-offer-logged.v1';
export { coachAssignedV1 } from './events/coach-assigned.v1';
export { sessionBookedV1 } from './events/session-booked.v1';
export { sessionRescheduledV1 } from './events/session-rescheduled.v1';
export { sessionCancelledV1 } from './events/session-cancelled.v1';
export { sessionCompletedV1 } from './events/session-completed.v1';
export { sessionNoShowV1 } from './events/session-no-show.v1';
export { sessionReminderDueV1 } from './events/session-reminder-due.v1';
export { assessmentCompletedV1 } from './events/assessment-completed.v1';
export { resultsReleasedV1 } from './events/results-released.v1';
export { pathwayPlannedV1 } from './events/pathway-planned.v1';
export { milestoneReachedV1 } from './events/milestone-reached.v1';
export { pathwayCompletedV1 } from './events/pathway-completed.v1';
export { candidateAtRiskV1 } from './events/candidate-at-risk.v1';
export { occupationsRecommendedV1 } from './events/occupations-recommended.v1';
export { formerOccupationResolvedV1 } from './events/former-occupation-resolved.v1';
export { formerOccupationWithdrawnV1 } from './events/former-occupation-withdrawn.v1';
export { offersMatchedV1 } from './events/offers-matched.v1';
export { jobOfferPublishedV1 } from './events/job-offer-published.v1';
export {
  programmeTermsSchema,
  serviceLevelTermsSchema,
  DEFAULT_SERVICE_LEVEL_TERMS,
  type ServiceLevelTerms,
} from './events/programme-contracted.v1';
export { sessionSlotSchema } from './events/session-booked.v1';
export { PATHWAY_PHASES } from './events/pathway-planned.v1';
export { coachRegisteredV1 } from './events/coach-registered.v1';
export { invitationIssuedV1 } from './events/invitation-issued.v1';
export { consentRecordedV1, CONSENT_PURPOSES } from './events/consent-recorded.v1';
export * from './events/candidate-status-changed.v1';
export { accountActivatedV1 } from './events/account-activated.v1';
export { candidateDetailsCorrectedV1 } from './events/candidate-details-corrected.v1';
export { candidateRiskClearedV1 } from './events/candidate-risk-cleared.v1';
export { coachChangeProposedV1 } from './events/coach-change-proposed.v1';
export * from './events/project-validated.v1';
export { projectChangedV1 } from './events/project-changed.v1';
export * from './events/application-recorded.v1';
export * from './events/application-status-changed.v1';
export { applicationFollowUpDueV1 } from './events/application-follow-up-due.v1';
export * from './personal-data';
