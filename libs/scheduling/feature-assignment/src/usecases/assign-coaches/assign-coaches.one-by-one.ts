import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import type { EventOf } from '@passerelle/shared/contracts';
import { AssignmentRepository } from '@passerelle/scheduling/data-access';
import { AssignCoachHandler } from '../assign-coach/assign-coach.handler';

/**
 * An enrolment applied on its own, as the consumer did before batches (about a dozen statements):
 * the access projection's row, the profile, then `AssignCoachHandler` (coaches locked, the choice,
 * the assignment or the queue entry, CoachAssigned). The reference `AssignCoachesHandler` is
 * compared with (`apps/scheduling/src/assign-batch.int-spec.ts`, `npm run bench:scheduling-assignment`).
 */
@Injectable()
export class AssignCoachesOneByOne {
  constructor(
    private readonly scopes: CandidateScopeRepository,
    private readonly assignments: AssignmentRepository,
    private readonly assign: AssignCoachHandler,
  ) {}

  async enrolled(manager: EntityManager, event: EventOf<'CandidateEnrolled.v1'>): Promise<void> {
    const { candidateId, programmeId, officeIds, languages, enrolledAt } = event.payload;
    await this.scopes.recordEnrolment(manager, event);
    await this.assignments.recordEnrolment(manager, {
      candidateId,
      programmeId,
      officeIds,
      languages,
      updatedAt: new Date(enrolledAt),
    });
    await this.assign.execute(manager, { candidateId, trigger: 'enrolled' });
  }
}
