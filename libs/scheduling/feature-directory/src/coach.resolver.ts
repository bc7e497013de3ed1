import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import {
  AssignmentRepository,
  DirectoryRepository,
  type CoachEntity,
} from '@passerelle/scheduling/data-access';
import { canManageCoach } from '@passerelle/scheduling/domain';
import { toCoachExceptionObject, toCoachObject, type CoachObject } from './coach.object';
import { invalidDirectoryInput } from './directory.error';
import { addCoachExceptionCommandSchema } from './usecases/add-coach-exception/add-coach-exception.command';
import { AddCoachExceptionHandler } from './usecases/add-coach-exception/add-coach-exception.handler';
import { createCoachCommandSchema } from './usecases/create-coach/create-coach.command';
import { CreateCoachHandler } from './usecases/create-coach/create-coach.handler';
import { setHolderActiveCommandSchema } from './usecases/set-holder-active/set-holder-active.command';
import { SetHolderActiveHandler } from './usecases/set-holder-active/set-holder-active.handler';
import { updateCoachCommandSchema } from './usecases/update-coach/update-coach.command';
import { UpdateCoachHandler } from './usecases/update-coach/update-coach.handler';
import { RotateCalendarTokenHandler } from './usecases/rotate-calendar-token/rotate-calendar-token.handler';

@Resolver('Coach')
export class CoachResolver {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly assignments: AssignmentRepository,
    private readonly createCoachHandler: CreateCoachHandler,
    private readonly addExceptionHandler: AddCoachExceptionHandler,
    private readonly rotateTokenHandler: RotateCalendarTokenHandler,
    private readonly updateCoachHandler: UpdateCoachHandler,
    private readonly setHolderActiveHandler: SetHolderActiveHandler,
  ) {}

  @Query('coach')
  @Roles('coach', 'ops')
  async coach(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<CoachObject | null> {
    const row = await this.directory.findCoach(id);
    return row && canManageCoach(identity, row) ? toCoachObject(row) : null;
  }

  @ResolveField('email')
  @Roles('candidate', 'coach', 'ops')
  async email(@Parent() coach: CoachObject, @CurrentIdentity() identity: Identity): Promise<string | null> {
    if (!canManageCoach(identity, coach)) return null;
    return (await this.directory.findCoach(coach.id))?.email ?? null;
  }

  @ResolveField('maxCaseload')
  @Roles('candidate', 'coach', 'ops')
  async maxCaseload(
    @Parent() coach: CoachObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<number | null> {
    if (!canManageCoach(identity, coach)) return null;
    return (await this.directory.findCoach(coach.id))?.maxCaseload ?? null;
  }

  @ResolveField('activeCaseload')
  @Roles('candidate', 'coach', 'ops')
  async activeCaseload(
    @Parent() coach: CoachObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<number | null> {
    if (!canManageCoach(identity, coach)) return null;
    return this.assignments.activeLoadOf(coach.id);
  }

  @ResolveField('weeklyHours')
  @Roles('candidate', 'coach', 'ops')
  async weeklyHours(@Parent() coach: CoachObject, @CurrentIdentity() identity: Identity) {
    if (!canManageCoach(identity, coach)) return null;
    return (await this.directory.findCoach(coach.id))?.weeklyHours ?? null;
  }

  @ResolveField('exceptions')
  @Roles('candidate', 'coach', 'ops')
  async exceptions(
    @Parent() coach: CoachObject,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @CurrentIdentity() identity: Identity,
  ) {
    if (!canManageCoach(identity, coach)) return null;
    return (await this.directory.listExceptions([coach.id], from, to)).map(toCoachExceptionObject);
  }

  @ResolveField('calendarFeed')
  @Roles('candidate', 'coach', 'ops')
  async calendarFeed(@Parent() coach: CoachObject, @CurrentIdentity() identity: Identity) {
    if (!canManageCoach(identity, coach)) return null;
    const row = await this.directory.findCoach(coach.id);
    return row && { path: `/calendar/${row.calendarToken}.ics` };
  }

  @Mutation('createCoach')
  @Roles('ops')
  async createCoach(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachObject> {
    const command = parseInput(createCoachCommandSchema, input, invalidDirectoryInput);
    return toCoachObject(await this.createCoachHandler.execute(identity, command));
  }

  @Mutation('addCoachException')
  @Roles('coach', 'ops')
  async addCoachException(@Args('input') input: unknown, @CurrentIdentity() identity: Identity) {
    const command = parseInput(addCoachExceptionCommandSchema, input, invalidDirectoryInput);
    return toCoachExceptionObject(await this.addExceptionHandler.execute(identity, command));
  }

  @Mutation('rotateCalendarToken')
  @Roles('coach', 'ops')
  async rotateCalendarToken(
    @Args('coachId') coachId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<{ path: string }> {
    return { path: `/calendar/${await this.rotateTokenHandler.execute(identity, { coachId })}.ics` };
  }

  @Mutation('updateCoach')
  @Roles('ops')
  async updateCoach(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachObject> {
    const command = parseInput(updateCoachCommandSchema, input, invalidDirectoryInput);
    return toCoachObject(await this.updateCoachHandler.execute(identity, command));
  }

  @Mutation('deactivateCoach')
  @Roles('ops')
  async deactivateCoach(
    @Args('id') id: string,
    @Args('cancelRemaining') cancelRemaining: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachObject> {
    return this.setActive(identity, { holder: 'coach', id, active: false, cancelRemaining });
  }

  @Mutation('reactivateCoach')
  @Roles('ops')
  async reactivateCoach(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<CoachObject> {
    return this.setActive(identity, { holder: 'coach', id, active: true });
  }

  private async setActive(identity: Identity, input: unknown): Promise<CoachObject> {
    const command = parseInput(setHolderActiveCommandSchema, input, invalidDirectoryInput);
    return toCoachObject((await this.setHolderActiveHandler.execute(identity, command)) as CoachEntity);
  }
}
