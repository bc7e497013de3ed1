import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { AssignmentRepository, CapacityRepository } from '@passerelle/scheduling/data-access';
import { AssignCoachHandler } from './usecases/assign-coach/assign-coach.handler';
import { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';

/** Enrolment and diagnosis feed the assignment; programme terms say which offices serve whom. */
@Controller()
export class AssignmentEventsConsumer {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly assign: AssignCoachHandler,
    private readonly capacity: CapacityRepository,
    private readonly drain: DrainQueueHandler,
  ) {}

  @OnEvent('ProgrammeContracted.v1')
  async onContracted(
    @Payload() event: EventOf<'ProgrammeContracted.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { programmeId, sponsorId, officeIds, contractedAt } = event.payload;
    await this.assignments.recordProgrammeOffices(context.manager, {
      programmeId,
      sponsorId,
      officeIds,
      termsAt: new Date(contractedAt),
    });
  }

  /** New offices may fit people who were waiting: they are tried again. */
  @OnEvent('ProgrammeAmended.v1')
  async onAmended(
    @Payload() event: EventOf<'ProgrammeAmended.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { programmeId, sponsorId, officeIds, amendedAt } = event.payload;
    await this.assignments.recordProgrammeOffices(context.manager, {
      programmeId,
      sponsorId,
      officeIds,
      termsAt: new Date(amendedAt),
    });
    for (const candidateId of await this.assignments.queuedOf(context.manager, programmeId))
      await this.assign.execute(context.manager, { candidateId, trigger: 'programme_amended' });
  }

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, programmeId, officeIds, languages, enrolledAt } = event.payload;
    await this.assignments.recordEnrolment(context.manager, {
      candidateId,
      programmeId,
      officeIds,
      languages,
      updatedAt: new Date(enrolledAt),
    });
    await this.assign.execute(context.manager, { candidateId, trigger: 'enrolled' });
  }

  @OnEvent('CandidateDiagnosed.v1')
  async onDiagnosed(
    @Payload() event: EventOf<'CandidateDiagnosed.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, programmeId, languages, track, mobilityRadiusKm, diagnosedAt } = event.payload;
    await this.assignments.recordDiagnosis(context.manager, {
      candidateId,
      programmeId,
      languages,
      track,
      mobilityRadiusKm,
      updatedAt: new Date(diagnosedAt),
    });
    const before = await this.capacity.currentCoachOf(context.manager, candidateId);
    const decision = await this.assign.execute(context.manager, { candidateId, trigger: 'diagnosed' });
    // Moved to a coach of their track: the coach they leave has a place for someone waiting.
    if (before && decision?.outcome === 'assigned' && decision.coachId !== before)
      await this.drain.execute(context.manager, { coachId: before });
  }
}
