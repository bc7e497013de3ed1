import type { CapacityPlan } from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';
import { CAPACITY_RULE } from '@passerelle/scheduling/domain';
import type { CapacityPlanResult } from './usecases/plan-capacity/plan-capacity.handler';

/** A capacity plan as GraphQL shows it; `longestWaiting` is resolved from the programme id. */
export type CapacityPlanObject = Omit<CapacityPlan, 'longestWaiting'>;

export const toCapacityPlanObject = (plan: CapacityPlanResult): CapacityPlanObject => ({
  programmeId: plan.programmeId,
  computedAt: plan.computedAt,
  rule: CAPACITY_RULE,
  assumptions: plan.assumptions,
  waiting: plan.waiting,
  coachesMissing: plan.coachesMissing,
  offices: plan.offices.map((office) => ({
    officeId: office.officeId,
    waiting: office.waiting,
    coachesMissing: office.coachesMissing,
    groups: office.groups.map((group) => ({
      ...group,
      track: group.track && toGraphQLEnum(group.track),
      binding: toGraphQLEnum(group.binding),
    })),
  })),
});
