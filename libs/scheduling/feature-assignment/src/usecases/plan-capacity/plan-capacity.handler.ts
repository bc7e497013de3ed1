import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { AssignmentRepository, CapacityRepository } from '@passerelle/scheduling/data-access';
import {
  opsServes,
  planCapacity,
  visibleOffices,
  type CapacityAssumptions,
  type GroupCapacity,
} from '@passerelle/scheduling/domain';
import { AssignmentError, AssignmentErrorCode } from '../../assignment.error';
import type { PlanCapacityQuery } from './plan-capacity.query';

export interface OfficeCapacityPlan {
  officeId: string | null;
  waiting: number;
  coachesMissing: number;
  groups: GroupCapacity[];
}

export interface CapacityPlanResult {
  programmeId: string;
  computedAt: Date;
  assumptions: CapacityAssumptions;
  waiting: number;
  coachesMissing: number;
  offices: OfficeCapacityPlan[];
}

/**
 * The capacity plan of a programme within the caller's offices: two set-based reads (the queue
 * grouped by office, track and language; the offices' coaches with their load), then the domain's
 * `planCapacity`. Ops of none of the programme's offices learn nothing of it: PROGRAMME_NOT_FOUND.
 */
@Injectable()
export class PlanCapacityHandler {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly capacity: CapacityRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, query: PlanCapacityQuery): Promise<CapacityPlanResult> {
    const { programmeId, assumptions } = query;
    const programme = await this.assignments.programmeOwnership(programmeId);
    if (!programme || !opsServes(identity, programme.officeIds))
      throw new AssignmentError(
        AssignmentErrorCode.ProgrammeNotFound,
        `programme ${programmeId} is unknown or served by none of your offices`,
        { field: 'programmeId' },
      );
    const scope = visibleOffices(identity);
    const officeIds =
      scope === 'all' ? programme.officeIds : programme.officeIds.filter((id) => scope.includes(id));
    const [groups, coaches] = await Promise.all([
      this.capacity.waitingGroups(programmeId, scope),
      this.capacity.coachesWithLoad(officeIds),
    ]);
    const plans = planCapacity(groups, coaches, assumptions, this.clock.now());
    const offices = new Map<string | null, OfficeCapacityPlan>();
    for (const plan of plans) {
      const office = offices.get(plan.officeId) ?? {
        officeId: plan.officeId,
        waiting: 0,
        coachesMissing: 0,
        groups: [],
      };
      office.waiting += plan.waiting;
      office.coachesMissing += plan.coachesMissing;
      office.groups.push(plan);
      offices.set(plan.officeId, office);
    }
    const byNeed = [...offices.values()].sort(
      (a, b) =>
        Number(a.officeId === null) - Number(b.officeId === null) ||
        b.coachesMissing - a.coachesMissing ||
        b.waiting - a.waiting ||
        (a.officeId ?? '').localeCompare(b.officeId ?? ''),
    );
    return {
      programmeId,
      computedAt: this.clock.now(),
      assumptions,
      waiting: byNeed.reduce((total, office) => total + office.waiting, 0),
      coachesMissing: byNeed.reduce((total, office) => total + office.coachesMissing, 0),
      offices: byNeed,
    };
  }
}
