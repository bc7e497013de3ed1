import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import type { PathwayHistoryEntry } from '@passerelle/pathway/graphql-types';
import { PathwayAccess } from './pathway-access';
import { PathwayReader } from './pathway-reader';
import { toHistoryObject, type PathwayObject } from './pathway.object';
import { invalidPlanEditInput } from './plan-editing.error';
import { addMilestoneSchema } from './usecases/add-milestone/add-milestone.command';
import { AddMilestoneHandler } from './usecases/add-milestone/add-milestone.handler';
import { completeMilestoneSchema } from './usecases/complete-milestone/complete-milestone.command';
import { CompleteMilestoneHandler } from './usecases/complete-milestone/complete-milestone.handler';
import { idSchema } from './usecases/plan-edit.schemas';
import type { PlanEditCommand } from './usecases/plan-editor';
import { redateMilestoneSchema } from './usecases/redate-milestone/redate-milestone.command';
import { RedateMilestoneHandler } from './usecases/redate-milestone/redate-milestone.handler';
import { removeMilestoneSchema } from './usecases/remove-milestone/remove-milestone.command';
import { RemoveMilestoneHandler } from './usecases/remove-milestone/remove-milestone.handler';
import { reorderMilestonesSchema } from './usecases/reorder-milestones/reorder-milestones.command';
import { ReorderMilestonesHandler } from './usecases/reorder-milestones/reorder-milestones.handler';

@Resolver('Pathway')
export class PathwayResolver {
  constructor(
    private readonly access: PathwayAccess,
    private readonly reader: PathwayReader,
    private readonly pathways: PathwayRepository,
    private readonly addHandler: AddMilestoneHandler,
    private readonly removeHandler: RemoveMilestoneHandler,
    private readonly reorderHandler: ReorderMilestonesHandler,
    private readonly redateHandler: RedateMilestoneHandler,
    private readonly completeHandler: CompleteMilestoneHandler,
    private readonly clock: Clock,
  ) {}

  @Query('pathway')
  @Roles('candidate', 'coach', 'ops')
  async pathway(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject | null> {
    parseInput(idSchema, candidateId, invalidPlanEditInput);
    if (!(await this.access.canRead(identity, candidateId))) return null;
    return this.reader.read(candidateId, identity);
  }

  @ResolveField('history')
  @Roles('candidate', 'coach', 'ops')
  async history(@Parent() pathway: PathwayObject): Promise<PathwayHistoryEntry[]> {
    return (await this.pathways.history(pathway.id)).map(toHistoryObject);
  }

  @Mutation('addMilestone')
  @Roles('coach', 'ops')
  addMilestone(@Args('input') input: unknown, @CurrentIdentity() identity: Identity): Promise<PathwayObject> {
    const parsed = parseInput(addMilestoneSchema, input, invalidPlanEditInput);
    return this.change(identity, parsed, (command) => this.addHandler.execute(command));
  }

  @Mutation('removeMilestone')
  @Roles('coach', 'ops')
  removeMilestone(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    const parsed = parseInput(removeMilestoneSchema, input, invalidPlanEditInput);
    return this.change(identity, parsed, (command) => this.removeHandler.execute(command));
  }

  @Mutation('reorderMilestones')
  @Roles('coach', 'ops')
  reorderMilestones(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    const parsed = parseInput(reorderMilestonesSchema, input, invalidPlanEditInput);
    return this.change(identity, parsed, (command) => this.reorderHandler.execute(command));
  }

  @Mutation('redateMilestone')
  @Roles('coach', 'ops')
  redateMilestone(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    const parsed = parseInput(redateMilestoneSchema, input, invalidPlanEditInput);
    return this.change(identity, parsed, (command) => this.redateHandler.execute(command));
  }

  @Mutation('completeMilestone')
  @Roles('coach', 'ops')
  completeMilestone(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject> {
    const parsed = parseInput(completeMilestoneSchema, input, invalidPlanEditInput);
    return this.change(identity, parsed, (command) => this.completeHandler.execute(command));
  }

  /** Checks who may change the plan, runs the edit, and answers with the plan as it now stands. */
  private async change<TInput extends { candidateId: string }>(
    identity: Identity,
    input: TInput,
    execute: (command: TInput & Pick<PlanEditCommand, 'actor' | 'now'>) => Promise<void>,
  ): Promise<PathwayObject> {
    await this.access.assertCanCustomise(identity, input.candidateId);
    await execute({ ...input, actor: identity, now: this.clock.now() });
    const pathway = await this.reader.read(input.candidateId, identity);
    if (!pathway) throw new Error(`the pathway of ${input.candidateId} vanished after a change`);
    return pathway;
  }
}
