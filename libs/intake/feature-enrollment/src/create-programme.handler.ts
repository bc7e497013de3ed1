import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import {
  ProgrammeRepository,
  type ProgrammeEntity,
  type SponsorEntity,
} from '@passerelle/intake/data-access';
import { createProgrammeCommandSchema, createSponsorCommandSchema } from './create-programme.command';
import { EnrollmentError, EnrollmentErrorCode } from './enrollment.error';
import { parseCommand } from './parse-command';

/** Sponsors and programmes, set up by ops. (Programme events arrive with the intake issue.) */
@Injectable()
export class CreateProgrammeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
  ) {}

  async createSponsor(input: unknown): Promise<SponsorEntity> {
    const command = parseCommand(createSponsorCommandSchema, input);
    return this.dataSource.transaction((manager) =>
      this.programmes.insertSponsor(manager, { id: randomUUID(), name: command.name }),
    );
  }

  async createProgramme(identity: Identity, input: unknown): Promise<ProgrammeEntity> {
    const command = parseCommand(createProgrammeCommandSchema, input);
    if (!canManageOffices(identity, command.officeIds)) {
      throw new EnrollmentError(
        EnrollmentErrorCode.OutOfScope,
        'you can only set up programmes for your offices',
      );
    }
    if (!(await this.programmes.findSponsor(command.sponsorId))) {
      throw new EnrollmentError(
        EnrollmentErrorCode.SponsorNotFound,
        `sponsor ${command.sponsorId} does not exist`,
      );
    }
    return this.dataSource.transaction((manager) =>
      this.programmes.insertProgramme(manager, { id: randomUUID(), ...command }),
    );
  }
}
