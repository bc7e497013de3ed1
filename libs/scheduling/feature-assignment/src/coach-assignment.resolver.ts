import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput, toPage } from '@passerelle/shared/graphql';
import { AssignmentRepository, DirectoryRepository } from '@passerelle/scheduling/data-access';
import { canManageCoach, visibleOffices } from '@passerelle/scheduling/domain';
import { invalidAssignmentInput } from './assignment.error';
import { toCoachAssignmentObject, type CoachAssignmentObject } from './coach-assignment.object';
import { reassignCoachCommandSchema } from './usecases/reassign-coach/reassign-coach.command';
import { ReassignCoachHandler } from './usecases/reassign-coach/reassign-coach.handler';

@Resolver('CoachAssignment')
export class CoachAssignmentResolver {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly directory: DirectoryRepository,
    private readonly reassign: ReassignCoachHandler,
  ) {}

  @Query('assignmentQueue')
  @Roles('ops')
  async assignmentQueue(
    @Args('first') first: number | null,
    @Args('after') after: string | null,
    @CurrentIdentity() identity: Identity,
  ) {
    const request = pageRequest(first, after);
    const [queuedAt, candidateId] = request.after ?? [];
    const rows = await this.assignments.listQueue(visibleOffices(identity), {
      after: request.after ? { queuedAt: String(queuedAt), candidateId: String(candidateId) } : null,
      limit: request.first + 1,
    });
    return toPage(rows, request, (row) => [row.queuedAt.toISOString(), row.candidateId]);
  }

  @Query('caseload')
  @Roles('coach', 'ops')
  async caseload(
    @Args('coachId') coachId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachAssignmentObject[]> {
    const coach = await this.directory.findCoach(coachId);
    if (!coach || !canManageCoach(identity, coach)) return [];
    return (await this.assignments.caseloadOf(coachId)).map(toCoachAssignmentObject);
  }

  @Mutation('reassignCoach')
  @Roles('ops')
  async reassignCoach(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachAssignmentObject> {
    const command = parseInput(reassignCoachCommandSchema, input, invalidAssignmentInput);
    return toCoachAssignmentObject(await this.reassign.execute(identity, command));
  }
}
