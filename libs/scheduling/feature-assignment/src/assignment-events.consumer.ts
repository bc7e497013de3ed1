import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { Clock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { AssignmentRepository, CapacityRepository } from '@passerelle/scheduling/data-access';
import { AssignCoachHandler } from './usecases/assign-coach/assign-coach.handler';
import { AssignCoachesHandler } from './usecases/assign-coaches/assign-coaches.handler';
import { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';

/** Enrolment and diagnosis feed the assignment; programme terms say which offices serve whom. */
@Controller()
export class AssignmentEventsConsumer {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly assign: AssignCoachHandler,
    private readonly capacity: CapacityRepository,
    private readonly drain: DrainQueueHandler,
    private readonly assignCoaches: AssignCoachesHandler,
    private readonly scopes: CandidateScopeRepository,
    private readonly clock: Clock,
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

  /**
   * An HR file's people arrive by the thousand: a Kafka batch's enrolments are assigned together
   * (decisions 0035 and 0047; `AssignCoachesHandler`), with the result of assigning them one by one
   * (`AssignCoachesOneByOne`). A person's diagnosis in the same batch is applied after their
   * enrolment, on its own (the inbox ends the run there).
   */
  @OnEventBatch('CandidateEnrolled.v1')
  async onEnrolled(@Payload() events: readonly AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    const enrolled = events as readonly EventOf<'CandidateEnrolled.v1'>[];
    // The access projection's row, as CandidateScopeModule's per-event consumer writes it elsewhere.
    await this.scopes.recordEnrolments(context.manager, enrolled);
    await this.assignCoaches.execute(context.manager, {
      enrolments: enrolled.map(({ eventId, correlationId, payload }) => ({
        eventId,
        correlationId,
        candidateId: payload.candidateId,
        programmeId: payload.programmeId,
        officeIds: payload.officeIds,
        languages: payload.languages,
        enrolledAt: new Date(payload.enrolledAt),
      })),
      now: this.clock.now(),
    });
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
