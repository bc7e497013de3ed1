import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseInput } from '@passerelle/shared/graphql';
import { ProgrammeRepository, type SponsorEntity } from '@passerelle/intake/data-access';
import { invalidEnrollmentInput } from '../../enrollment.error';
import { createSponsorCommandSchema } from './create-sponsor.command';

/** A sponsor, set up by ops before its programmes. */
@Injectable()
export class CreateSponsorHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
  ) {}

  async execute(input: unknown): Promise<SponsorEntity> {
    const command = parseInput(createSponsorCommandSchema, input, invalidEnrollmentInput);
    return this.dataSource.transaction((manager) =>
      this.programmes.insertSponsor(manager, { id: randomUUID(), name: command.name }),
    );
  }
}
