import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  DirectoryChangeRepository,
  DirectoryRepository,
  type OfficeEntity,
} from '@passerelle/scheduling/data-access';
import { changedFields, directoryChange, given } from '../../directory-audit';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { requireOffices } from '../../directory-scope';
import type { UpdateOfficeCommand } from './update-office.command';

/** Ops of the office change its name, address, zone, hours, closed days, buffer or notice; audited. */
@Injectable()
export class UpdateOfficeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRepository,
    private readonly changes: DirectoryChangeRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: UpdateOfficeCommand): Promise<OfficeEntity> {
    await requireOffices(this.directory, identity, [command.id]);
    const { id } = command;
    const wanted = given(command);
    return this.dataSource.transaction(async (manager) => {
      const office = await this.changes.lockOffice(manager, command.id);
      if (!office) throw new DirectoryError(DirectoryErrorCode.OfficeNotFound, `office ${id} does not exist`);
      const changes = changedFields(office, wanted);
      const fields = Object.keys(changes);
      if (fields.length === 0) return office;
      await this.changes.updateOffice(manager, office.id, changes);
      await this.changes.record(
        manager,
        directoryChange(identity, 'office', office.id, 'updated', fields, this.clock.now()),
      );
      return { ...office, ...changes };
    });
  }
}
