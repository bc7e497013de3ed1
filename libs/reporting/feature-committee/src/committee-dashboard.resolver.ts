import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { parseInput } from '@passerelle/shared/graphql';
import type { CommitteeDashboard } from '@passerelle/reporting/graphql-types';
import { invalidCommitteeInput } from './committee.error';
import { toCommitteeDashboardObject } from './committee-dashboard.object';
import { ReadCommitteeDashboardHandler } from './usecases/read-committee-dashboard/read-committee-dashboard.handler';
import { readCommitteeDashboardSchema } from './usecases/read-committee-dashboard/read-committee-dashboard.query';

@Resolver('CommitteeDashboard')
export class CommitteeDashboardResolver {
  constructor(
    private readonly dashboard: ReadCommitteeDashboardHandler,
    private readonly clock: Clock,
  ) {}

  /**
   * Aggregates only, for the programme's sponsor HR, members of its commission de suivi and ops of
   * its offices (docs/reporting.md).
   */
  @Query('committeeDashboard')
  @Roles('sponsor', 'committee', 'ops')
  async committeeDashboard(
    @Args('programmeId') programmeId: string,
    @Args('asOf') asOf: Date | null | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<CommitteeDashboard> {
    const query = parseInput(
      readCommitteeDashboardSchema(this.clock.now()),
      { programmeId, asOf },
      invalidCommitteeInput,
    );
    return toCommitteeDashboardObject(query.programmeId, await this.dashboard.execute(identity, query));
  }
}
