import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { parseInput } from '@passerelle/shared/graphql';
import type {
  CoachWorkloadView,
  ServiceLevelBreaches,
  ServiceLevelSummary,
} from '@passerelle/reporting/graphql-types';
import { invalidServiceLevelsInput } from './service-levels.error';
import { toBreachesObject, toSummaryObject, toWorkloadObject } from './service-levels.object';
import { ReadCoachWorkloadHandler } from './usecases/read-coach-workload/read-coach-workload.handler';
import { ReadServiceLevelBreachesHandler } from './usecases/read-service-level-breaches/read-service-level-breaches.handler';
import { readServiceLevelsSchema } from './usecases/read-service-level-breaches/read-service-level-breaches.query';
import { ReadServiceLevelSummaryHandler } from './usecases/read-service-level-summary/read-service-level-summary.handler';

@Resolver()
export class ServiceLevelsResolver {
  constructor(
    private readonly breaches: ReadServiceLevelBreachesHandler,
    private readonly workload: ReadCoachWorkloadHandler,
    private readonly summary: ReadServiceLevelSummaryHandler,
    private readonly clock: Clock,
  ) {}

  private query(programmeId: string, asOf: Date | null | undefined) {
    return parseInput(
      readServiceLevelsSchema(this.clock.now()),
      { programmeId, asOf },
      invalidServiceLevelsInput,
    );
  }

  /** People named (by id): ops of the programme's offices, and a coach for their own caseload. */
  @Query('serviceLevelBreaches')
  @Roles('ops', 'coach')
  async serviceLevelBreaches(
    @Args('programmeId') programmeId: string,
    @Args('asOf') asOf: Date | null | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceLevelBreaches> {
    return toBreachesObject(await this.breaches.execute(identity, this.query(programmeId, asOf)));
  }

  /** For managers: ops of the programme's offices. */
  @Query('coachWorkload')
  @Roles('ops')
  async coachWorkload(
    @Args('programmeId') programmeId: string,
    @Args('asOf') asOf: Date | null | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachWorkloadView> {
    return toWorkloadObject(await this.workload.execute(identity, this.query(programmeId, asOf)));
  }

  /** Counts only, suppressed: the programme's sponsor HR, committee members and ops. */
  @Query('serviceLevelSummary')
  @Roles('sponsor', 'committee', 'ops')
  async serviceLevelSummary(
    @Args('programmeId') programmeId: string,
    @Args('asOf') asOf: Date | null | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceLevelSummary> {
    return toSummaryObject(await this.summary.execute(identity, this.query(programmeId, asOf)));
  }
}
