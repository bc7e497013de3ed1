import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  type RoomEntity,
} from '@passerelle/scheduling/data-access';
import { changedFields, directoryChange, given } from '../../directory-audit';
import { requireManagedRoom } from '../../directory-scope';
import type { UpdateRoomCommand } from './update-room.command';

/** Ops of the room's office rename it, change its seats or equipment; audited. */
@Injectable()
export class UpdateRoomHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: UpdateRoomCommand): Promise<RoomEntity> {
    const { id } = command;
    const wanted = given(command);
    return this.dataSource.transaction(async (manager) => {
      const room = await requireManagedRoom(this.directory, identity, id, () =>
        this.changes.lockRoom(manager, id),
      );
      const changes = changedFields(room, wanted);
      const fields = Object.keys(changes);
      if (fields.length === 0) return room;
      await this.changes.updateRoom(manager, room.id, changes);
      await this.changes.record(
        manager,
        directoryChange(identity, 'room', room.id, 'updated', fields, this.clock.now()),
      );
      return { ...room, ...changes };
    });
  }
}
