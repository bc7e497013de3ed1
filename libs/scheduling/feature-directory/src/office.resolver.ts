import { z } from 'zod';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { DirectoryRepository, type RoomEntity } from '@passerelle/scheduling/data-access';
import { officeHolidays, opsServes, visibleOffices } from '@passerelle/scheduling/domain';
import { toCoachObject, type CoachObject } from './coach.object';
import { invalidDirectoryInput } from './directory.error';
import { toOfficeObject, toRoomObject, type OfficeObject, type RoomObject } from './office.object';
import { createOfficeCommandSchema } from './usecases/create-office/create-office.command';
import { CreateOfficeHandler } from './usecases/create-office/create-office.handler';
import { createRoomCommandSchema } from './usecases/create-room/create-room.command';
import { CreateRoomHandler } from './usecases/create-room/create-room.handler';
import { SetHolderActiveHandler } from './usecases/set-holder-active/set-holder-active.handler';
import { setHolderActiveCommandSchema } from './usecases/set-holder-active/set-holder-active.command';
import { SetOfficeActiveHandler } from './usecases/set-office-active/set-office-active.handler';
import { updateOfficeCommandSchema } from './usecases/update-office/update-office.command';
import { UpdateOfficeHandler } from './usecases/update-office/update-office.handler';
import { updateRoomCommandSchema } from './usecases/update-room/update-room.command';
import { UpdateRoomHandler } from './usecases/update-room/update-room.handler';

@Resolver('Office')
export class OfficeResolver {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly createOfficeHandler: CreateOfficeHandler,
    private readonly createRoomHandler: CreateRoomHandler,
    private readonly updateOfficeHandler: UpdateOfficeHandler,
    private readonly updateRoomHandler: UpdateRoomHandler,
    private readonly setOfficeActiveHandler: SetOfficeActiveHandler,
    private readonly setHolderActiveHandler: SetHolderActiveHandler,
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
    const command = parseInput(createOfficeCommandSchema, input, invalidDirectoryInput);
    return toOfficeObject(await this.createOfficeHandler.execute(identity, command));
  }

  @Mutation('createRoom')
  @Roles('ops')
  async createRoom(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<RoomObject> {
    const command = parseInput(createRoomCommandSchema, input, invalidDirectoryInput);
    return toRoomObject(await this.createRoomHandler.execute(identity, command));
  }

  @Mutation('updateOffice')
  @Roles('ops')
  async updateOffice(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<OfficeObject> {
    const command = parseInput(updateOfficeCommandSchema, input, invalidDirectoryInput);
    return toOfficeObject(await this.updateOfficeHandler.execute(identity, command));
  }

  @Mutation('deactivateOffice')
  @Roles('ops')
  async deactivateOffice(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<OfficeObject> {
    return this.setOfficeActive(identity, id, false);
  }

  @Mutation('reactivateOffice')
  @Roles('ops')
  async reactivateOffice(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<OfficeObject> {
    return this.setOfficeActive(identity, id, true);
  }

  @Mutation('updateRoom')
  @Roles('ops')
  async updateRoom(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<RoomObject> {
    const command = parseInput(updateRoomCommandSchema, input, invalidDirectoryInput);
    return toRoomObject(await this.updateRoomHandler.execute(identity, command));
  }

  @Mutation('deactivateRoom')
  @Roles('ops')
  async deactivateRoom(
    @Args('id') id: string,
    @Args('cancelRemaining') cancelRemaining: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<RoomObject> {
    return this.setRoomActive(identity, { holder: 'room', id, active: false, cancelRemaining });
  }

  @Mutation('reactivateRoom')
  @Roles('ops')
  async reactivateRoom(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<RoomObject> {
    return this.setRoomActive(identity, { holder: 'room', id, active: true });
  }

  private async setOfficeActive(identity: Identity, id: unknown, active: boolean): Promise<OfficeObject> {
    const command = parseInput(officeIdSchema, { id }, invalidDirectoryInput);
    return toOfficeObject(await this.setOfficeActiveHandler.execute(identity, { id: command.id, active }));
  }

  private async setRoomActive(identity: Identity, input: unknown): Promise<RoomObject> {
    const command = parseInput(setHolderActiveCommandSchema, input, invalidDirectoryInput);
    return toRoomObject((await this.setHolderActiveHandler.execute(identity, command)) as RoomEntity);
  }
}

const officeIdSchema = z.object({ id: z.uuid('id must be an office id') });
