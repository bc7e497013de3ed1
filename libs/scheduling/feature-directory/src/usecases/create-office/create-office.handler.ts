import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { DirectoryRepository, type OfficeEntity } from '@passerelle/scheduling/data-access';
import { DirectoryError, DirectoryErrorCode } from '../../directory.error';
import { requireUnusedId } from '../../directory-scope';
import type { CreateOfficeCommand } from './create-office.command';

/** Ops open an office: ops of that office under its known id, or global ops. */
@Injectable()
export class CreateOfficeHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateOfficeCommand): Promise<OfficeEntity> {
    const id = command.id ?? randomUUID();
    // A named office must be one of the caller's; a new one needs global ops.
    if (!canManageOffices(identity, [id]))
      throw new DirectoryError(
        DirectoryErrorCode.OutOfScope,
        'only ops of this office (or global ops) may create it',
      );
    requireUnusedId('office', id, await this.directory.findOffice(id));
    const office: OfficeEntity = {
      id,
      name: command.name,
      address: command.address,
      timeZone: command.timeZone,
      openingHours: command.openingHours,
      frenchPublicHolidays: command.frenchPublicHolidays,
      extraHolidays: command.extraHolidays,
      bufferMinutes: command.bufferMinutes,
      minimumNoticeMinutes: command.minimumNoticeMinutes,
      active: true,
      createdAt: this.clock.now(),
    };
    await this.directory.insertOffice(office);
    return office;
  }
}
