import type { z } from 'zod';
import { envelopeSchema, type EventEnvelope } from './envelope';
import { eventKey } from './event-definition';
import { candidateEnrolledV1 } from './events/candidate-enrolled.v1';
import { candidateErasedV1 } from './events/candidate-erased.v1';
import { pathwayDraftedV1 } from './events/pathway-drafted.v1';
import { programmeContractedV1 } from './events/programme-contracted.v1';
import { programmeAmendedV1 } from './events/programme-amended.v1';
import { candidateDiagnosedV1 } from './events/candidate-diagnosed.v1';
import { candidateOutcomeRecordedV1 } from './events/candidate-outcome-recorded.v1';
import { validJobOfferLoggedV1 } from './events/valid-job-offer-logged.v1';
import { coachAssignedV1 } from './events/coach-assigned.v1';
import { sessionBookedV1 } from './events/session-booked.v1';
import { sessionRescheduledV1 } from './events/session-rescheduled.v1';
import { sessionCancelledV1 } from './events/session-cancelled.v1';
import { sessionCompletedV1 } from './events/session-completed.v1';
import { sessionNoShowV1 } from './events/session-no-show.v1';
import { sessionReminderDueV1 } from './events/session-reminder-due.v1';
import { assessmentCompletedV1 } from './events/assessment-completed.v1';
import { resultsReleasedV1 } from './events/results-released.v1';
import { pathwayPlannedV1 } from './events/pathway-planned.v1';
import { milestoneReachedV1 } from './events/milestone-reached.v1';
import { pathwayCompletedV1 } from './events/pathway-completed.v1';
import { candidateAtRiskV1 } from './events/candidate-at-risk.v1';
import { occupationsRecommendedV1 } from './events/occupations-recommended.v1';
import { formerOccupationResolvedV1 } from './events/former-occupation-resolved.v1';
import { formerOccupationWithdrawnV1 } from './events/former-occupation-withdrawn.v1';
import { offersMatchedV1 } from './events/offers-matched.v1';
import { jobOfferPublishedV1 } from './events/job-offer-published.v1';
import { coachRegisteredV1 } from './events/coach-registered.v1';
import { invitationIssuedV1 } from './events/invitation-issued.v1';
import { consentRecordedV1 } from './events/consent-recorded.v1';
import { candidateStatusChangedV1 } from './events/candidate-status-changed.v1';
import { accountActivatedV1 } from './events/account-activated.v1';
import { candidateDetailsCorrectedV1 } from './events/candidate-details-corrected.v1';
import { candidateRiskClearedV1 } from './events/candidate-risk-cleared.v1';
import { coachChangeProposedV1 } from './events/coach-change-proposed.v1';
import { projectValidatedV1 } from './events/project-validated.v1';
import { projectChangedV1 } from './events/project-changed.v1';
import { applicationRecordedV1 } from './events/application-recorded.v1';
import { applicationStatusChangedV1 } from './events/application-status-changed.v1';
import { applicationFollowUpDueV1 } from './events/application-follow-up-due.v1';

/**
 * The event catalogue. Adding a version here makes it producible and consumable; a released
 * version is never edited (see released/ and the compatibility test).
 */
export const EVENT_CATALOGUE = {
  'CandidateEnrolled.v1': candidateEnrolledV1,
  'CandidateErased.v1': candidateErasedV1,
  'PathwayDrafted.v1': pathwayDraftedV1,
  'ProgrammeContracted.v1': programmeContractedV1,
  'ProgrammeAmended.v1': programmeAmendedV1,
  'CandidateDiagnosed.v1': candidateDiagnosedV1,
  'CandidateOutcomeRecorded.v1': candidateOutcomeRecordedV1,
  'ValidJobOfferLogged.v1': validJobOfferLoggedV1,
  'CoachAssigned.v1': coachAssignedV1,
  'SessionBooked.v1': sessionBookedV1,
  'SessionRescheduled.v1': sessionRescheduledV1,
  'SessionCancelled.v1': sessionCancelledV1,
  'SessionCompleted.v1': sessionCompletedV1,
  'SessionNoShow.v1': sessionNoShowV1,
  'SessionReminderDue.v1': sessionReminderDueV1,
  'AssessmentCompleted.v1': assessmentCompletedV1,
  'ResultsReleased.v1': resultsReleasedV1,
  'PathwayPlanned.v1': pathwayPlannedV1,
  'MilestoneReached.v1': milestoneReachedV1,
  'PathwayCompleted.v1': pathwayCompletedV1,
  'CandidateAtRisk.v1': candidateAtRiskV1,
  'OccupationsRecommended.v1': occupationsRecommendedV1,
  'FormerOccupationResolved.v1': formerOccupationResolvedV1,
  'FormerOccupationWithdrawn.v1': formerOccupationWithdrawnV1,
  'OffersMatched.v1': offersMatchedV1,
  'JobOfferPublished.v1': jobOfferPublishedV1,
  'CoachRegistered.v1': coachRegisteredV1,
  'InvitationIssued.v1': invitationIssuedV1,
  'ConsentRecorded.v1': consentRecordedV1,
  'CandidateStatusChanged.v1': candidateStatusChangedV1,
  'AccountActivated.v1': accountActivatedV1,
  'CandidateDetailsCorrected.v1': candidateDetailsCorrectedV1,
  'CandidateRiskCleared.v1': candidateRiskClearedV1,
  'CoachChangeProposed.v1': coachChangeProposedV1,
  'ProjectValidated.v1': projectValidatedV1,
  'ProjectChanged.v1': projectChangedV1,
  'ApplicationRecorded.v1': applicationRecordedV1,
  'ApplicationStatusChanged.v1': applicationStatusChangedV1,
  'ApplicationFollowUpDue.v1': applicationFollowUpDueV1,
} as const;

export type EventCatalogue = typeof EVENT_CATALOGUE;
export type EventKey = keyof EventCatalogue;
export type EventPayload<K extends EventKey> = z.infer<EventCatalogue[K]['schema']>;
export type EventOf<K extends EventKey> = EventEnvelope<EventCatalogue[K]['type'], EventPayload<K>>;
export type AnyEvent = { [K in EventKey]: EventOf<K> }[EventKey];

export class EventValidationError extends Error {
  constructor(
    readonly reason: string,
    readonly eventKey: string | null,
  ) {
    super(reason);
    this.name = 'EventValidationError';
  }
}

export function isEventKey(value: string): value is EventKey {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, value);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Validates an incoming envelope and its payload against the registered schema. Producers and
 * consumers both call this, so a bad event is stopped at the door on either side.
 */
export function parseEvent(raw: unknown): AnyEvent {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new EventValidationError(`invalid envelope: ${describeIssues(envelope.error)}`, null);
  }
  const key = eventKey(envelope.data.type, envelope.data.version);
  if (!isEventKey(key)) {
    throw new EventValidationError(`unknown event ${key}`, key);
  }
  const definition = EVENT_CATALOGUE[key];
  if (definition.producer !== envelope.data.producer) {
    throw new EventValidationError(
      `${key} is produced by ${definition.producer}, not ${envelope.data.producer}`,
      key,
    );
  }
  const payload = definition.schema.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new EventValidationError(`invalid ${key} payload: ${describeIssues(payload.error)}`, key);
  }
  return { ...envelope.data, payload: payload.data } as AnyEvent;
}
