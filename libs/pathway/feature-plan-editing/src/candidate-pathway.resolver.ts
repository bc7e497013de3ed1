import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { PathwayAccess } from './pathway-access';
import { PathwayReader } from './pathway-reader';
import type { PathwayObject } from './pathway.object';

@Resolver('Candidate')
export class CandidatePathwayResolver {
  constructor(
    private readonly access: PathwayAccess,
    private readonly reader: PathwayReader,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('pathway')
  @Roles('candidate', 'coach', 'ops')
  async pathway(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject | null> {
    if (!(await this.access.canRead(identity, candidate.id))) return null;
    return this.reader.read(candidate.id, identity);
  }
}
