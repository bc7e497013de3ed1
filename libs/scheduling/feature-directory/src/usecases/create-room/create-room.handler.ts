import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { DirectoryRepository, type RoomEntity } from '@passerelle/scheduling/data-access';
import { requireOffices } from '../../directory-scope';
import type { CreateRoomCommand } from './create-room.command';

/** Ops add a room to one of their offices. */
@Injectable()
export class CreateRoomHandler {
  constructor(private readonly directory: DirectoryRepository) {}

  async execute(identity: Identity, command: CreateRoomCommand): Promise<RoomEntity> {
    await requireOffices(this.directory, identity, [command.officeId]);
    const room: RoomEntity = { id: randomUUID(), ...command, active: true };
    await this.directory.insertRoom(room);
    return room;
  }
}
