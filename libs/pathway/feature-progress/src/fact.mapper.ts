import type { EventOf } from '@passerelle/shared/contracts';
import type { PathwayFact } from '@passerelle/pathway/domain';

type FactEvent =
  | EventOf<'SessionBooked.v1'>
  | EventOf<'SessionCancelled.v1'>
  | EventOf<'SessionCompleted.v1'>
  | EventOf<'SessionNoShow.v1'>
  | EventOf<'AssessmentCompleted.v1'>
  | EventOf<'ResultsReleased.v1'>
  | EventOf<'CandidateOutcomeRecorded.v1'>
  | EventOf<'ProjectValidated.v1'>
  | EventOf<'ProjectChanged.v1'>
  | EventOf<'ApplicationRecorded.v1'>
  | EventOf<'ApplicationStatusChanged.v1'>;

/** An upstream event in the pathway's own terms, timed by when it happened in the world. */
export function factFromEvent(event: FactEvent): PathwayFact {
  const eventId = event.eventId;
  switch (event.type) {
    case 'SessionBooked': {
      const p = event.payload;
      return { type: 'session_booked', eventId, at: p.bookedAt, sessionId: p.sessionId, sessionKind: p.kind };
    }
    case 'SessionCancelled': {
      const p = event.payload;
      return {
        type: 'session_cancelled',
        eventId,
        at: p.cancelledAt,
        sessionId: p.sessionId,
        sessionKind: p.kind,
      };
    }
    case 'SessionCompleted': {
      const p = event.payload;
      return {
        type: 'session_completed',
        eventId,
        at: p.completedAt,
        sessionId: p.sessionId,
        sessionKind: p.kind,
      };
    }
    case 'SessionNoShow': {
      const p = event.payload;
      return {
        type: 'session_no_show',
        eventId,
        at: p.recordedAt,
        sessionId: p.sessionId,
        sessionKind: p.kind,
      };
    }
    case 'AssessmentCompleted': {
      const p = event.payload;
      return {
        type: 'assessment_completed',
        eventId,
        at: p.completedAt,
        instrumentCode: p.instrumentCode,
        milestoneId: p.milestoneId,
      };
    }
    case 'ResultsReleased':
      return {
        type: 'results_released',
        eventId,
        at: event.payload.releasedAt,
        milestoneId: event.payload.milestoneId,
      };
    case 'CandidateOutcomeRecorded':
      return {
        type: 'outcome_recorded',
        eventId,
        at: event.payload.recordedAt,
        category: event.payload.category,
      };
    case 'ProjectValidated':
    case 'ProjectChanged': {
      const p = event.payload;
      return {
        type: 'project_validated',
        eventId,
        at: p.validatedAt,
        projectId: p.projectId,
        version: p.version,
        trainingNeeded: p.trainingNeeded,
      };
    }
    // An application counts as the person's activity when they recorded it (the envelope's time),
    // not on the day they say they sent it, which may be weeks before.
    case 'ApplicationRecorded':
      return {
        type: 'application_recorded',
        eventId,
        at: event.occurredAt,
        applicationId: event.payload.applicationId,
      };
    case 'ApplicationStatusChanged':
      return {
        type: 'application_status_changed',
        eventId,
        at: event.occurredAt,
        applicationId: event.payload.applicationId,
        status: event.payload.status,
      };
  }
}

/** Facts are stored as JSON; normalise instants so the replay order compares like with like. */
export function normaliseFact(fact: PathwayFact): PathwayFact {
  return { ...fact, at: new Date(fact.at).toISOString() };
}
