import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@passerelle/shared/auth';
import { DirectoryRepository } from '@passerelle/scheduling/data-access';
import { toCoachObject, type CoachObject } from './coach.object';

/** The coach of an assignment (a field of the assignment area's CoachAssignment). */
@Resolver('CoachAssignment')
export class AssignmentCoachResolver {
  constructor(private readonly directory: DirectoryRepository) {}

  @ResolveField('coach')
  @Roles('coach', 'ops')
  async coach(@Parent() assignment: { coachId: string }): Promise<CoachObject> {
    const coach = await this.directory.findCoach(assignment.coachId);
    if (!coach) throw new Error(`coach ${assignment.coachId} of an assignment is missing`);
    return toCoachObject(coach);
  }
}
