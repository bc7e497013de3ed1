import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { AnyEvent, EventKey, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, OnEventBatch } from '@passerelle/shared/messaging';
import {
  ReadModelBatchWriter,
  type ReadModelFact,
  type SessionState,
} from '@passerelle/reporting/data-access';

/** Every event the read model applies (the rebuild replays their topics). */
export const READ_MODEL_EVENTS = [
  'ProgrammeContracted.v1',
  'ProgrammeAmended.v1',
  'CandidateEnrolled.v1',
  'CandidateDiagnosed.v1',
  'CoachAssigned.v1',
  'SessionBooked.v1',
  'SessionRescheduled.v1',
  'SessionCancelled.v1',
  'SessionCompleted.v1',
  'SessionNoShow.v1',
  'MilestoneReached.v1',
  'CandidateAtRisk.v1',
  'CandidateRiskCleared.v1',
  'PathwayCompleted.v1',
  'AssessmentCompleted.v1',
  'CandidateOutcomeRecorded.v1',
  'ValidJobOfferLogged.v1',
  'CandidateStatusChanged.v1',
  'CandidateErased.v1',
] as const satisfies readonly EventKey[];

type Slot = { sessionId: string; candidateId: string; startsAt: string; coachId?: string };

/** The optional coarse categories CandidateEnrolled carries (added to v1 as optional fields). */
type EnrolmentCategories = Partial<
  Record<'site' | 'ageBand' | 'sex' | 'socioProfessionalCategory' | 'seniorityBand', string | null>
>;

/**
 * The read model, fed only by events: each Kafka batch's new events applied together in the inbox's
 * transaction (decision 0035; a redelivery changes nothing), ids, codes and dates only. Programmes'
 * terms, enrolments with their categories, diagnoses, coaches, sessions, pathway progress and risk,
 * assessments, outcomes with their corrections, OVE, status changes (pauses, exits), and erasure.
 */
@Controller()
export class ReadModelEventsConsumer {
  constructor(private readonly writer: ReadModelBatchWriter) {}

  @OnEventBatch(...READ_MODEL_EVENTS)
  async apply(@Payload() events: readonly AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    await this.writer.apply(context.manager, events.flatMap(readModelFactsOf));
  }
}

type ReadModelKey = (typeof READ_MODEL_EVENTS)[number];

/** What an event tells the read model. */
export function readModelFactsOf(event: AnyEvent): ReadModelFact[] {
  const key = `${event.type}.v${event.version}` as ReadModelKey;
  return (FACTS[key] as (event: AnyEvent) => ReadModelFact[])(event);
}

const FACTS: { [K in ReadModelKey]: (event: EventOf<K>) => ReadModelFact[] } = {
  'ProgrammeContracted.v1': ({ payload }) => [
    {
      kind: 'programme',
      terms: { ...payload, status: 'contracted' },
      termsAt: new Date(payload.contractedAt),
    },
  ],
  'ProgrammeAmended.v1': ({ payload }) => [
    { kind: 'programme', terms: payload, termsAt: new Date(payload.amendedAt) },
  ],
  'CandidateEnrolled.v1': (event) => {
    const payload = event.payload as EventOf<'CandidateEnrolled.v1'>['payload'] & EnrolmentCategories;
    return [
      {
        kind: 'enrolment',
        enrolment: {
          candidateId: payload.candidateId,
          programmeId: payload.programmeId,
          enrolledAt: new Date(payload.enrolledAt),
          site: payload.site ?? null,
          ageBand: payload.ageBand ?? null,
          sex: payload.sex ?? null,
          socioProfessionalCategory: payload.socioProfessionalCategory ?? null,
          seniorityBand: payload.seniorityBand ?? null,
        },
      },
    ];
  },
  'CandidateDiagnosed.v1': ({ payload }) => [
    journey(payload.candidateId, { kind: 'diagnosed', at: new Date(payload.diagnosedAt) }),
  ],
  'CoachAssigned.v1': ({ eventId, payload: { candidateId, coachId, officeId, assignedAt } }) => [
    journey(candidateId, { kind: 'coach_assigned', at: new Date(assignedAt) }),
    // Every assignment, for the service levels' caseloads on a date.
    { kind: 'coach_assignment', eventId, candidateId, coachId, officeId, assignedAt: new Date(assignedAt) },
  ],
  'SessionBooked.v1': ({ payload }) => [session(payload, 'booked', payload.bookedAt)],
  'SessionRescheduled.v1': ({ payload }) => [session(payload, 'rescheduled', payload.rescheduledAt)],
  'SessionCancelled.v1': ({ payload }) => [session(payload, 'cancelled', payload.cancelledAt)],
  'SessionCompleted.v1': ({ payload }) => [session(payload, 'completed', payload.completedAt)],
  'SessionNoShow.v1': ({ payload }) => [session(payload, 'no_show', payload.recordedAt)],
  'MilestoneReached.v1': ({ payload }) => [journey(payload.candidateId, { kind: 'milestone_reached' })],
  'CandidateAtRisk.v1': ({ payload }) => [journey(payload.candidateId, { kind: 'at_risk', atRisk: true })],
  'CandidateRiskCleared.v1': ({ payload }) => [
    journey(payload.candidateId, { kind: 'at_risk', atRisk: false }),
  ],
  'PathwayCompleted.v1': ({ payload }) => [
    journey(payload.candidateId, { kind: 'pathway_completed', at: new Date(payload.completedAt) }),
  ],
  // Only that it happened: the scores stay with assessment.
  'AssessmentCompleted.v1': ({ payload }) => [journey(payload.candidateId, { kind: 'assessment_completed' })],
  'CandidateOutcomeRecorded.v1': ({
    payload: { outcomeId, candidateId, category, outcomeDate, recordedAt },
  }) => [
    { kind: 'outcome', outcomeId, candidateId, category, outcomeDate, recordedAt: new Date(recordedAt) },
  ],
  'ValidJobOfferLogged.v1': ({ payload: { validJobOfferId, candidateId, decision, loggedAt } }) => [
    { kind: 'valid_job_offer', validJobOfferId, candidateId, decision, loggedAt: new Date(loggedAt) },
  ],
  'CandidateStatusChanged.v1': ({ eventId, payload: { candidateId, to, changedAt } }) => [
    { kind: 'status_change', eventId, candidateId, to, changedAt: new Date(changedAt) },
  ],
  'CandidateErased.v1': ({ payload }) => [
    { kind: 'erasure', candidateId: payload.candidateId, erasedAt: new Date(payload.erasedAt) },
  ],
};

const journey = (
  candidateId: string,
  fact: Extract<ReadModelFact, { kind: 'journey' }>['fact'],
): ReadModelFact => ({ kind: 'journey', candidateId, fact });

const session = (slot: Slot, state: SessionState, at: string): ReadModelFact => ({
  kind: 'session',
  sessionId: slot.sessionId,
  candidateId: slot.candidateId,
  startsAt: new Date(slot.startsAt),
  coachId: slot.coachId ?? null,
  state,
  at: new Date(at),
});
