import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import type { CustomisePlanCommand } from './customise-plan.command';
import { CustomisePlanHandler } from './customise-plan.handler';
import {
  addMilestoneSchema,
  idSchema,
  parseInput,
  redateMilestoneSchema,
  removeMilestoneSchema,
  reorderMilestonesSchema,
} from './parse-input';
import { PathwayAccess } from './pathway-access';
import { PathwayReader } from './pathway-reader';
import { toHistoryObject, type PathwayObject } from './pathway.object';

@Resolver('Pathway')
export class PathwayResolver {
  constructor(
    private readonly access: PathwayAccess,
    private readonly reader: PathwayReader,
    private readonly pathways: PathwayRepository,
    private readonly customise: CustomisePlanHandler,
    private readonly clock: Clock,
  ) {}

  @Query('pathway')
  @Roles('candidate', 'coach', 'ops')
  async pathway(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject | null> {
    parseInput(idSchema, candidateId);
    if (!(await this.access.canRead(identity, candidateId))) return null;
    return this.reader.read(candidateId, identity);
  }

  @ResolveField('history')
  @Roles('candidate', 'coach', 'ops')
  async history(@Parent() pathway: PathwayObject) {
    return (await this.pathways.history(pathway.id)).map(toHistoryObject);
  }

  @Mutation('addMilestone')
  @Roles('coach', 'ops')
  addMilestone(@Args('input') input: unknown, @CurrentIdentity() identity: Identity): Promise<PathwayObject> {
    const { candidateId, reason, ...rest } = parseInput(addMilestoneSchema, input);
    return this.change(identity, { type: 'add', candidateId, reason, ...rest });
  }

  @Mutation('removeMilestone')
  @Roles('coach', 'ops')
  removeMilestone(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    return this.change(identity, { type: 'remove', ...parseInput(removeMilestoneSchema, input) });
  }

  @Mutation('reorderMilestones')
  @Roles('coach', 'ops')
  reorderMilestones(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    return this.change(identity, { type: 'reorder', ...parseInput(reorderMilestonesSchema, input) });
  }

  @Mutation('redateMilestone')
  @Roles('coach', 'ops')
  redateMilestone(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    return this.change(identity, { type: 'redate', ...parseInput(redateMilestoneSchema, input) });
  }

  @Mutation('completeMilestone')
  @Roles('coach', 'ops')
  completeMilestone(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    return this.change(identity, { type: 'complete', ...parseInput(removeMilestoneSchema, input) });
  }

  private async change(
    identity: Identity,
    command: DistributiveOmit<CustomisePlanCommand, 'actor' | 'now'>,
  ): Promise<PathwayObject> {
    await this.access.assertCanCustomise(identity, command.candidateId);
    await this.customise.execute({
      ...command,
      actor: identity,
      now: this.clock.now(),
    } as CustomisePlanCommand);
    const pathway = await this.reader.read(command.candidateId, identity);
    if (!pathway) throw new Error(`the pathway of ${command.candidateId} vanished after a change`);
    return pathway;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
