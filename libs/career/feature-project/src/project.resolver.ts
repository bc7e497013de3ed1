import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import type { ProfessionalProject } from '@passerelle/career/graphql-types';
import { invalidProjectInput } from './project.error';
import { toProjectObject } from './project.object';
import { readProjectQuerySchema } from './usecases/read-project/read-project.query';
import { ReadProjectHandler } from './usecases/read-project/read-project.handler';
import { reviewProjectFeasibilityCommandSchema } from './usecases/review-project-feasibility/review-project-feasibility.command';
import { ReviewProjectFeasibilityHandler } from './usecases/review-project-feasibility/review-project-feasibility.handler';
import { saveProjectDraftCommandSchema } from './usecases/save-project-draft/save-project-draft.command';
import { SaveProjectDraftHandler } from './usecases/save-project-draft/save-project-draft.handler';
import { validateProjectCommandSchema } from './usecases/validate-project/validate-project.command';
import { ValidateProjectHandler } from './usecases/validate-project/validate-project.handler';

/**
 * The professional project: the person and their coach read and draft it; the coach reviews and
 * validates. Ops, sponsor HR and committee members are refused (decision 0030).
 */
@Resolver('ProfessionalProject')
export class ProjectResolver {
  constructor(
    private readonly read: ReadProjectHandler,
    private readonly save: SaveProjectDraftHandler,
    private readonly review: ReviewProjectFeasibilityHandler,
    private readonly validate: ValidateProjectHandler,
  ) {}

  @Query('professionalProject')
  @Roles('candidate', 'coach')
  async professionalProject(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProfessionalProject | null> {
    const query = parseInput(readProjectQuerySchema, { candidateId }, invalidProjectInput);
    const found = await this.read.execute(identity, query);
    return found && toProjectObject(found);
  }

  @Mutation('saveProjectDraft')
  @Roles('candidate', 'coach')
  async saveProjectDraft(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProfessionalProject> {
    const command = parseInput(saveProjectDraftCommandSchema, input, invalidProjectInput);
    return toProjectObject(await this.save.execute(identity, command));
  }

  @Mutation('reviewProjectFeasibility')
  @Roles('coach')
  async reviewProjectFeasibility(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProfessionalProject> {
    const command = parseInput(reviewProjectFeasibilityCommandSchema, input, invalidProjectInput);
    return toProjectObject(await this.review.execute(identity, command));
  }

  @Mutation('validateProfessionalProject')
  @Roles('coach')
  async validateProfessionalProject(
    @Args('candidateId') candidateId: string,
    @Args('version') version: number,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProfessionalProject> {
    const command = parseInput(validateProjectCommandSchema, { candidateId, version }, invalidProjectInput);
    return toProjectObject(await this.validate.execute(identity, command));
  }
}
