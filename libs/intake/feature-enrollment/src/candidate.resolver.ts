import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import {
  CandidateAccessRepository,
  CandidateRepository,
  ProgrammeRepository,
  type CandidateEntity,
} from '@passerelle/intake/data-access';
import {
  toCandidateObject,
  toProgrammeObject,
  type CandidateObject,
  type ProgrammeObject,
} from './candidate.object';
import { invalidEnrollmentInput } from './enrollment.error';
import { enrollCandidateCommandSchema } from './usecases/enroll-candidate/enroll-candidate.command';
import { EnrollCandidateHandler } from './usecases/enroll-candidate/enroll-candidate.handler';

@Resolver('Candidate')
export class CandidateResolver {
  constructor(
    private readonly candidates: CandidateRepository,
    private readonly programmes: ProgrammeRepository,
    private readonly enrollCandidate: EnrollCandidateHandler,
    private readonly access: CandidateAccessRepository,
  ) {}

  @Query('candidate')
  @Roles('candidate', 'coach', 'ops')
  async candidate(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<CandidateObject | null> {
    return this.readable(identity, await this.candidates.findWithOfficeIds(id));
  }

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  async resolveReference(
    // Decorated: beside a decorated parameter, an undecorated one receives nothing.
    @Parent() reference: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CandidateObject | null> {
    return this.readable(identity, await this.candidates.findWithOfficeIds(reference.id));
  }

  @ResolveField('programme')
  @Roles('candidate', 'coach', 'ops')
  async programme(@Parent() candidate: CandidateObject): Promise<ProgrammeObject> {
    const programme = await this.programmes.findProgramme(candidate.programmeId);
    if (!programme)
      throw new Error(`programme ${candidate.programmeId} of candidate ${candidate.id} is missing`);
    return toProgrammeObject(programme);
  }

  @Mutation('enrollCandidate')
  @Roles('ops')
  async enroll(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CandidateObject> {
    const command = parseInput(enrollCandidateCommandSchema, input, invalidEnrollmentInput);
    return toCandidateObject(await this.enrollCandidate.execute(identity, command));
  }

  /** Not found and not allowed look the same, so ids cannot be probed. */
  private async readable(
    identity: Identity,
    found: { candidate: CandidateEntity; officeIds: string[] } | null,
  ): Promise<CandidateObject | null> {
    if (!found) return null;
    const { candidate: row, officeIds } = found;
    const coachId = identity.role === 'coach' ? await this.access.coachOf(row.id) : null;
    const scope = { candidateId: row.id, officeIds, coachId };
    return canReadCandidate(identity, scope) ? toCandidateObject(row) : null;
  }
}
