import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { AssessmentRepository } from '@passerelle/assessment/data-access';
import { toAssessmentObject, type AssessmentObject } from './assessment.object';

@Resolver('Candidate')
export class CandidateAssessmentsResolver {
  constructor(
    private readonly rows: AssessmentRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  /** The sessions themselves; what each field of a session shows depends on the reader's role. */
  @ResolveField('assessments')
  @Roles('candidate', 'coach', 'ops')
  async assessments(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentObject[]> {
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return [];
    return (await this.rows.listForCandidate(candidate.id)).map(toAssessmentObject);
  }
}
