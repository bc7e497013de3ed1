import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  type OfficeEntity,
} from '@passerelle/scheduling/data-access';
import { officeDeactivationRefusal } from '@passerelle/scheduling/domain';
import { directoryChange } from '../../directory-audit';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { requireOffices } from '../../directory-scope';

/**
 * Ops close (or reopen) one of their offices. An office closes only once its rooms are deactivated
 * and no active coach works there (OFFICE_IN_USE with both counts otherwise): its sessions have
 * then all been moved or cancelled, one room or coach at a time, each with its own checks.
 */
@Injectable()
export class SetOfficeActiveHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: { id: string; active: boolean }): Promise<OfficeEntity> {
    await requireOffices(this.directory, identity, [command.id]);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const office = await this.changes.lockOffice(manager, command.id);
      if (!office)
        throw new DirectoryError(DirectoryErrorCode.OfficeNotFound, `office ${command.id} does not exist`);
      if (office.active === command.active) return office;
      if (!command.active) {
        const active = await this.changes.activeInOffice(manager, office.id);
        if (officeDeactivationRefusal(active.rooms, active.coaches))
          throw new DirectoryError(
            DirectoryErrorCode.OfficeInUse,
            `the office still has ${active.rooms} active room(s) and ${active.coaches} active coach(es)`,
            { activeRooms: active.rooms, activeCoaches: active.coaches },
          );
      }
      await this.changes.updateOffice(manager, office.id, { active: command.active });
      await this.changes.record(
        manager,
        directoryChange(
          identity,
          'office',
          office.id,
          command.active ? 'reactivated' : 'deactivated',
          ['active'],
          now,
        ),
      );
      return { ...office, active: command.active };
    });
  }
}
