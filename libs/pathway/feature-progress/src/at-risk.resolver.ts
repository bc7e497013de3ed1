import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import type { AtRiskCandidate } from '@passerelle/pathway/graphql-types';
import { toAtRiskCandidateObject } from './at-risk.object';
import { ProgressError, ProgressErrorCode } from './progress.error';

const MAX_FIRST = 500;

@Resolver('AtRiskCandidate')
export class AtRiskResolver {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  /** The coach sees their caseload, ops their offices (or all); most urgent first, with the next action. */
  @Query('atRiskCandidates')
  @Roles('coach', 'ops')
  async atRiskCandidates(
    @Args('first') first: number | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<AtRiskCandidate[]> {
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIRST) {
      throw new ProgressError(ProgressErrorCode.InvalidInput, `first: between 1 and ${MAX_FIRST}`);
    }
    let scope: { candidateIds?: string[]; officeIds?: string[] };
    if (identity.role === 'coach') scope = { candidateIds: await this.scopes.caseloadOf(identity.coachId) };
    else if (identity.role === 'ops') scope = identity.allOffices ? {} : { officeIds: identity.officeIds };
    else return [];
    const rows = await this.pathways.atRisk(scope, limit);
    return rows.flatMap((p) => toAtRiskCandidateObject(p) ?? []);
  }
}
