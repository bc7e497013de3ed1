import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProgrammeRepository, type SponsorEntity } from '@passerelle/intake/data-access';
import type { CreateSponsorCommand } from './create-sponsor.command';

/** A sponsor, set up by ops before its programmes. */
@Injectable()
export class CreateSponsorHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
  ) {}

  async execute(command: CreateSponsorCommand): Promise<SponsorEntity> {
    return this.dataSource.transaction((manager) =>
      this.programmes.insertSponsor(manager, { id: randomUUID(), name: command.name }),
    );
  }
}
