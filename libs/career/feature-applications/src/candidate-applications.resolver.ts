import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import type { JobApplication, JobApplicationCounts } from '@passerelle/career/graphql-types';
import { toApplicationObject, toCountsObject } from './application.object';
import { ReadApplicationsHandler } from './usecases/read-applications/read-applications.handler';

/**
 * The federated Candidate as career's applications know them: the counts on the person's file,
 * and the answered offers their coach has to log as OVE.
 */
@Resolver('Candidate')
export class CandidateApplicationsResolver {
  constructor(private readonly read: ReadApplicationsHandler) {}

  @ResolveReference()
  @Roles('candidate', 'coach')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('jobApplicationCounts')
  @Roles('candidate', 'coach')
  async jobApplicationCounts(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplicationCounts> {
    return toCountsObject(await this.read.counts(identity, candidate.id));
  }

  @ResolveField('ovesToLog')
  @Roles('coach')
  async ovesToLog(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication[]> {
    return (await this.read.ovesToLog(identity, candidate.id)).map(toApplicationObject);
  }
}
