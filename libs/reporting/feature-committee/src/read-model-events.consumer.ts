import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventKey, EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { ReportingRepository, type SessionState } from '@passerelle/reporting/data-access';

/** Every event the read model applies (the rebuild replays their topics). */
export const READ_MODEL_EVENTS: readonly EventKey[] = [
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
];

type Slot = { sessionId: string; candidateId: string; startsAt: string; coachId?: string };

/** The optional coarse categories CandidateEnrolled carries (added to v1 as optional fields). */
type EnrolmentCategories = Partial<
  Record<'site' | 'ageBand' | 'sex' | 'socioProfessionalCategory' | 'seniorityBand', string | null>
>;

/**
 * The read model, fed only by events: each one's facts copied in the inbox's transaction (a
 * redelivery changes nothing), ids, codes and dates only. Programmes' terms, enrolments with their
 * categories, diagnoses, coaches, sessions, pathway progress and risk, assessments, outcomes with
 * their corrections, OVE, status changes (pauses, exits), and erasure.
 */
@Controller()
export class ReadModelEventsConsumer {
  constructor(private readonly reporting: ReportingRepository) {}

  @OnEvent('ProgrammeContracted.v1')
  async onContracted(@Payload() event: EventOf<'ProgrammeContracted.v1'>, @Ctx() context: InboxContext) {
    const terms = event.payload;
    await this.reporting.recordProgramme(
      context.manager,
      { ...terms, status: 'contracted' },
      new Date(terms.contractedAt),
    );
  }

  @OnEvent('ProgrammeAmended.v1')
  async onAmended(@Payload() event: EventOf<'ProgrammeAmended.v1'>, @Ctx() context: InboxContext) {
    const terms = event.payload;
    await this.reporting.recordProgramme(context.manager, terms, new Date(terms.amendedAt));
  }

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(@Payload() event: EventOf<'CandidateEnrolled.v1'>, @Ctx() context: InboxContext) {
    const payload = event.payload as EventOf<'CandidateEnrolled.v1'>['payload'] & EnrolmentCategories;
    await this.reporting.recordEnrolment(context.manager, {
      candidateId: payload.candidateId,
      programmeId: payload.programmeId,
      enrolledAt: new Date(payload.enrolledAt),
      site: payload.site ?? null,
      ageBand: payload.ageBand ?? null,
      sex: payload.sex ?? null,
      socioProfessionalCategory: payload.socioProfessionalCategory ?? null,
      seniorityBand: payload.seniorityBand ?? null,
    });
  }

  @OnEvent('CandidateDiagnosed.v1')
  async onDiagnosed(@Payload() event: EventOf<'CandidateDiagnosed.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'diagnosed',
      at: new Date(event.payload.diagnosedAt),
    });
  }

  @OnEvent('CoachAssigned.v1')
  async onCoachAssigned(@Payload() event: EventOf<'CoachAssigned.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'coach_assigned',
      at: new Date(event.payload.assignedAt),
    });
    // Every assignment, for the service levels' caseloads on a date.
    await this.reporting.recordCoachAssignment(context.manager, event.eventId, {
      candidateId: event.payload.candidateId,
      coachId: event.payload.coachId,
      officeId: event.payload.officeId,
      assignedAt: new Date(event.payload.assignedAt),
    });
  }

  @OnEvent('SessionBooked.v1')
  async onBooked(@Payload() event: EventOf<'SessionBooked.v1'>, @Ctx() context: InboxContext) {
    await this.session(context, event.payload, 'booked', event.payload.bookedAt);
  }

  @OnEvent('SessionRescheduled.v1')
  async onRescheduled(@Payload() event: EventOf<'SessionRescheduled.v1'>, @Ctx() context: InboxContext) {
    await this.session(context, event.payload, 'rescheduled', event.payload.rescheduledAt);
  }

  @OnEvent('SessionCancelled.v1')
  async onCancelled(@Payload() event: EventOf<'SessionCancelled.v1'>, @Ctx() context: InboxContext) {
    await this.session(context, event.payload, 'cancelled', event.payload.cancelledAt);
  }

  @OnEvent('SessionCompleted.v1')
  async onCompleted(@Payload() event: EventOf<'SessionCompleted.v1'>, @Ctx() context: InboxContext) {
    await this.session(context, event.payload, 'completed', event.payload.completedAt);
  }

  @OnEvent('SessionNoShow.v1')
  async onNoShow(@Payload() event: EventOf<'SessionNoShow.v1'>, @Ctx() context: InboxContext) {
    await this.session(context, event.payload, 'no_show', event.payload.recordedAt);
  }

  @OnEvent('MilestoneReached.v1')
  async onMilestone(@Payload() event: EventOf<'MilestoneReached.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'milestone_reached',
    });
  }

  @OnEvent('CandidateAtRisk.v1')
  async onAtRisk(@Payload() event: EventOf<'CandidateAtRisk.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'at_risk',
      atRisk: true,
    });
  }

  @OnEvent('CandidateRiskCleared.v1')
  async onRiskCleared(@Payload() event: EventOf<'CandidateRiskCleared.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'at_risk',
      atRisk: false,
    });
  }

  @OnEvent('PathwayCompleted.v1')
  async onPathwayCompleted(@Payload() event: EventOf<'PathwayCompleted.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'pathway_completed',
      at: new Date(event.payload.completedAt),
    });
  }

  @OnEvent('AssessmentCompleted.v1')
  async onAssessmentCompleted(
    @Payload() event: EventOf<'AssessmentCompleted.v1'>,
    @Ctx() context: InboxContext,
  ) {
    // Only that it happened: the scores stay with assessment.
    await this.reporting.recordJourney(context.manager, event.payload.candidateId, {
      kind: 'assessment_completed',
    });
  }

  @OnEvent('CandidateOutcomeRecorded.v1')
  async onOutcome(@Payload() event: EventOf<'CandidateOutcomeRecorded.v1'>, @Ctx() context: InboxContext) {
    const { outcomeId, candidateId, category, outcomeDate, recordedAt } = event.payload;
    await this.reporting.recordOutcome(context.manager, {
      outcomeId,
      candidateId,
      category,
      outcomeDate,
      recordedAt: new Date(recordedAt),
    });
  }

  @OnEvent('ValidJobOfferLogged.v1')
  async onValidJobOffer(@Payload() event: EventOf<'ValidJobOfferLogged.v1'>, @Ctx() context: InboxContext) {
    const { validJobOfferId, candidateId, decision, loggedAt } = event.payload;
    await this.reporting.recordValidJobOffer(context.manager, {
      validJobOfferId,
      candidateId,
      decision,
      loggedAt: new Date(loggedAt),
    });
  }

  @OnEvent('CandidateStatusChanged.v1')
  async onStatusChanged(
    @Payload() event: EventOf<'CandidateStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ) {
    const { candidateId, to, changedAt } = event.payload;
    await this.reporting.recordStatusChange(
      context.manager,
      event.eventId,
      candidateId,
      to,
      new Date(changedAt),
    );
  }

  @OnEvent('CandidateErased.v1')
  async onErased(@Payload() event: EventOf<'CandidateErased.v1'>, @Ctx() context: InboxContext) {
    await this.reporting.erase(context.manager, event.payload.candidateId, new Date(event.payload.erasedAt));
  }

  private async session(context: InboxContext, slot: Slot, state: SessionState, at: string): Promise<void> {
    await this.reporting.recordSession(
      context.manager,
      {
        sessionId: slot.sessionId,
        candidateId: slot.candidateId,
        startsAt: new Date(slot.startsAt),
        coachId: slot.coachId ?? null,
      },
      state,
      new Date(at),
    );
  }
}
