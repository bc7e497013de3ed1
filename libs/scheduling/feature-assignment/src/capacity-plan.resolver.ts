import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput, toPage } from '@passerelle/shared/graphql';
import { CapacityRepository } from '@passerelle/scheduling/data-access';
import { visibleOffices } from '@passerelle/scheduling/domain';
import { invalidAssignmentInput } from './assignment.error';
import { toCapacityPlanObject, type CapacityPlanObject } from './capacity-plan.object';
import { PlanCapacityHandler } from './usecases/plan-capacity/plan-capacity.handler';
import { planCapacityQuerySchema } from './usecases/plan-capacity/plan-capacity.query';

/**
 * Capacity planning, for ops only: it names no person, but it is the firm's operations (coaches'
 * load and hours), not a sponsor's aggregate; a sponsor, a coach or a person is refused (FORBIDDEN).
 */
@Resolver('CapacityPlan')
export class CapacityPlanResolver {
  constructor(
    private readonly plan: PlanCapacityHandler,
    private readonly capacity: CapacityRepository,
  ) {}

  @Query('capacityPlan')
  @Roles('ops')
  async capacityPlan(
    @Args('programmeId') programmeId: string,
    @Args('assumptions') assumptions: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CapacityPlanObject> {
    const query = parseInput(planCapacityQuerySchema, { programmeId, assumptions }, invalidAssignmentInput);
    return toCapacityPlanObject(await this.plan.execute(identity, query));
  }

  /** Only reached through `capacityPlan`, which checked the programme is the caller's. */
  @ResolveField('longestWaiting')
  @Roles('ops')
  async longestWaiting(
    @Parent() plan: CapacityPlanObject,
    @Args('first') first: number | null,
    @Args('after') after: string | null,
    @CurrentIdentity() identity: Identity,
  ) {
    const request = pageRequest(first, after);
    const [queuedAt, candidateId] = request.after ?? [];
    const rows = await this.capacity.longestWaiting(plan.programmeId, visibleOffices(identity), {
      after: request.after ? { queuedAt: String(queuedAt), candidateId: String(candidateId) } : null,
      limit: request.first + 1,
    });
    return toPage(rows, request, (row) => [row.queuedAt.toISOString(), row.candidateId]);
  }
}
