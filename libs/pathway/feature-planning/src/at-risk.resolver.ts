import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import { PathwayAccess } from './pathway-access';
import { riskOf } from './pathway.object';
import { PlanningError, PlanningErrorCode } from './planning.error';

const MAX_FIRST = 500;

@Resolver('AtRiskCandidate')
export class AtRiskResolver {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly access: PathwayAccess,
  ) {}

  /** The coach sees their caseload, ops their offices (or all); most urgent first, with the next action. */
  @Query('atRiskCandidates')
  @Roles('coach', 'ops')
  async atRiskCandidates(@Args('first') first: number | undefined, @CurrentIdentity() identity: Identity) {
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIRST) {
      throw new PlanningError(PlanningErrorCode.InvalidInput, `first: between 1 and ${MAX_FIRST}`);
    }
    let scope: { candidateIds?: string[]; officeIds?: string[] };
    if (identity.role === 'coach') scope = { candidateIds: await this.access.caseloadOf(identity.coachId) };
    else if (identity.role === 'ops') scope = identity.allOffices ? {} : { officeIds: identity.officeIds };
    else return [];
    const rows = await this.pathways.atRisk(scope, limit);
    return rows.flatMap((p) => {
      const risk = riskOf(p);
      return risk
        ? [
            {
              candidateId: p.candidateId,
              pathwayId: p.id,
              ...risk,
              currentPhase: p.currentPhase?.toUpperCase() ?? null,
            },
          ]
        : [];
    });
  }
}
