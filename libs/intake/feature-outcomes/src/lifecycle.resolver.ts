import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  CandidateLifecycleRepository,
  type CandidateStatusChangeEntity,
} from '@passerelle/intake/data-access';
import type { CandidateStatusChange } from '@passerelle/intake/graphql-types';
import { parseInput, toGraphQLEnum } from '@passerelle/shared/graphql';
import { invalidOutcomesInput } from './outcomes.error';
import { changeCandidateStatusCommandSchema } from './usecases/change-candidate-status/change-candidate-status.command';
import { ChangeCandidateStatusHandler } from './usecases/change-candidate-status/change-candidate-status.handler';

/** A person's lifecycle: their coach and ops of their offices read it and change it. */
@Resolver('Candidate')
export class CandidateLifecycleResolver {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly lifecycle: CandidateLifecycleRepository,
    private readonly changeStatus: ChangeCandidateStatusHandler,
  ) {}

  @ResolveField('statusHistory')
  @Roles('candidate', 'coach', 'ops')
  async statusHistory(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CandidateStatusChange[]> {
    if (identity.role !== 'coach' && identity.role !== 'ops') return [];
    if (!(await this.access.findFor(identity, candidate.id, ['coach', 'ops']))) return [];
    return (await this.lifecycle.history(candidate.id)).map(toStatusChangeObject);
  }

  @Mutation('changeCandidateStatus')
  @Roles('coach', 'ops')
  async changeCandidateStatus(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CandidateStatusChange> {
    const command = parseInput(changeCandidateStatusCommandSchema, input, invalidOutcomesInput);
    return toStatusChangeObject(await this.changeStatus.execute(identity, command));
  }
}

const toStatusChangeObject = (row: CandidateStatusChangeEntity): CandidateStatusChange => ({
  id: row.id,
  from: toGraphQLEnum(row.fromStatus),
  to: toGraphQLEnum(row.toStatus),
  reason: toGraphQLEnum(row.reason),
  expectedReturnOn: row.expectedReturnOn,
  note: row.note,
  changedBy: row.changedBy,
  changedAt: row.changedAt,
});
