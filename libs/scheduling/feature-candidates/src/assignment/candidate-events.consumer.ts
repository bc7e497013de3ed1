import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { AssignmentRepository } from '@passerelle/scheduling/data-access';
import { AssignCoachHandler } from './assign-coach.handler';

/** Enrolment and diagnosis feed the assignment; programme terms say which offices serve whom. */
@Controller()
export class AssignmentEventsConsumer {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly assign: AssignCoachHandler,
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
    const waiting: { candidate_id: string }[] = await context.manager.query(
      `SELECT candidate_id FROM assignment_queue WHERE programme_id = $1 ORDER BY queued_at`,
      [programmeId],
    );
    for (const { candidate_id } of waiting)
      await this.assign.execute(context.manager, candidate_id, 'programme_amended');
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
    await this.assign.execute(context.manager, candidateId, 'enrolled');
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
    await this.assign.execute(context.manager, candidateId, 'diagnosed');
  }
}
