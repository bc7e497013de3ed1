import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { AssignmentRepository, DirectoryRepository } from '@passerelle/scheduling/data-access';
import { officeHolidays } from '@passerelle/scheduling/domain';
import { canManageCoach, opsServes, visibleOffices } from '../common/access';
import {
  toCoachExceptionObject,
  toCoachObject,
  toOfficeObject,
  toRoomObject,
  type CoachObject,
  type OfficeObject,
  type RoomObject,
} from '../common/objects';
import { DirectoryHandler } from './directory.handler';

@Resolver('Office')
export class OfficeResolver {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly handler: DirectoryHandler,
  ) {}

  @Query('office')
  @Roles('coach', 'ops')
  async office(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<OfficeObject | null> {
    const visible = visibleOffices(identity);
    if (visible !== 'all' && !visible.includes(id)) return null;
    const row = await this.directory.findOffice(id);
    return row && toOfficeObject(row);
  }

  @Query('offices')
  @Roles('coach', 'ops')
  async offices(@CurrentIdentity() identity: Identity): Promise<OfficeObject[]> {
    return (await this.directory.listOffices(visibleOffices(identity))).map(toOfficeObject);
  }

  @ResolveField('holidays')
  @Roles('coach', 'ops')
  holidays(@Parent() office: OfficeObject, @Args('year') year: number): string[] {
    return [...officeHolidays(office, [year])].filter((date) => date.startsWith(`${year}-`)).sort();
  }

  @ResolveField('rooms')
  @Roles('coach', 'ops')
  async rooms(@Parent() office: OfficeObject): Promise<RoomObject[]> {
    return (await this.directory.listRooms(office.id)).map(toRoomObject);
  }

  @ResolveField('coaches')
  @Roles('ops')
  async coaches(
    @Parent() office: OfficeObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachObject[]> {
    if (!opsServes(identity, [office.id])) return [];
    return (await this.directory.listCoachesOfOffice(office.id)).map(toCoachObject);
  }

  @Mutation('createOffice')
  @Roles('ops')
  async createOffice(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<OfficeObject> {
    return toOfficeObject(await this.handler.createOffice(identity, input));
  }

  @Mutation('createRoom')
  @Roles('ops')
  async createRoom(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<RoomObject> {
    return toRoomObject(await this.handler.createRoom(identity, input));
  }
}

@Resolver('Coach')
export class CoachResolver {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly assignments: AssignmentRepository,
    private readonly handler: DirectoryHandler,
  ) {}

  @Query('coach')
  @Roles('coach', 'ops')
  async coach(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<CoachObject | null> {
    const row = await this.directory.findCoach(id);
    return row && canManageCoach(identity, row) ? toCoachObject(row) : null;
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
    return (await this.assignments.caseloadOf(coach.id)).length;
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
    return toCoachObject(await this.handler.createCoach(identity, input));
  }

  @Mutation('addCoachException')
  @Roles('coach', 'ops')
  async addCoachException(@Args('input') input: unknown, @CurrentIdentity() identity: Identity) {
    return toCoachExceptionObject(await this.handler.addException(identity, input));
  }

  @Mutation('rotateCalendarToken')
  @Roles('coach', 'ops')
  async rotateCalendarToken(
    @Args('coachId') coachId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<{ path: string }> {
    return { path: `/calendar/${await this.handler.rotateCalendarToken(identity, coachId)}.ics` };
  }
}
