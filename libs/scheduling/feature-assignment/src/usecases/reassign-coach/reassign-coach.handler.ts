import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  AssignmentRepository,
  DirectoryRepository,
  type CoachAssignmentEntity,
} from '@passerelle/scheduling/data-access';
import { opsServes } from '@passerelle/scheduling/domain';
import { AssignmentError, AssignmentErrorCode } from '../../assignment.error';
import { AssignCoachHandler } from '../assign-coach/assign-coach.handler';
import { DrainQueueHandler } from '../drain-queue/drain-queue.handler';
import type { ReassignCoachCommand } from './reassign-coach.command';

/**
 * Ops give a person another coach (or a first one, from the queue), saying why; the place the
 * previous coach had drains the queue in the same transaction.
 */
@Injectable()
export class ReassignCoachHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentRepository,
    private readonly directory: DirectoryRepository,
    private readonly assign: AssignCoachHandler,
    private readonly drain: DrainQueueHandler,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: ReassignCoachCommand): Promise<CoachAssignmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.assignments.findProfile(command.candidateId, manager);
      const programme =
        profile && (await this.assignments.findProgrammeOffices(profile.programmeId, manager));
      const programmeOfficeIds = programme?.officeIds ?? profile?.officeIds ?? [];
      if (!profile || !opsServes(identity, programmeOfficeIds))
        throw new AssignmentError(
          AssignmentErrorCode.CandidateNotFound,
          `candidate ${command.candidateId} is unknown or not in your offices`,
          { field: 'candidateId' },
        );
      const coach = await this.directory.findCoach(command.coachId, manager);
      if (!coach || !opsServes(identity, coach.officeIds))
        throw new AssignmentError(
          AssignmentErrorCode.CoachNotFound,
          `coach ${command.coachId} is unknown or not in your offices`,
          {
            field: 'coachId',
          },
        );
      const officeId = coach.officeIds.find((office) => programmeOfficeIds.includes(office));
      if (!officeId)
        throw new AssignmentError(
          AssignmentErrorCode.CoachNotServingProgramme,
          `coach ${coach.id} works in no office serving the person's programme`,
          { field: 'coachId' },
        );
      const current = await this.assignments.currentAssignmentOf(command.candidateId, manager);
      if (current?.coachId === coach.id)
        throw new AssignmentError(AssignmentErrorCode.SameCoach, 'this coach already follows the person', {
          field: 'coachId',
        });
      const row: CoachAssignmentEntity = {
        id: randomUUID(),
        candidateId: command.candidateId,
        programmeId: profile.programmeId,
        coachId: coach.id,
        officeId,
        mode: 'reassignment',
        reason: command.reason,
        explanation: null,
        assignedBy: identity.subject,
        assignedAt: this.clock.now(),
        endedAt: null,
      };
      await this.assign.record(manager, row, current?.coachId ?? null);
      // The previous coach has a place again: people waiting for them get it.
      if (current) await this.drain.execute(manager, { coachId: current.coachId });
      return row;
    });
  }
}
