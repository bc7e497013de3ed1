import { parseInput } from '@passerelle/shared/graphql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { ProgrammeTermsRepository, type ProgrammeEntity } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode, invalidEnrollmentInput } from '../../enrollment.error';
import { amendProgrammeCommandSchema } from './amend-programme.command';
import { lockManagedProgramme } from '../../managed-programme';
import { applyTerms, termsPayload } from '../../programme-terms.mapper';

/**
 * Ops change a programme's terms, only when every office serving it (before and after the
 * change) is theirs. Setting the terms of a draft contracts it (ProgrammeContracted); changing a
 * contracted programme amends it (ProgrammeAmended).
 */
@Injectable()
export class AmendProgrammeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeTermsRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  amend(identity: Identity, input: unknown): Promise<ProgrammeEntity> {
    const command = parseInput(amendProgrammeCommandSchema, input, invalidEnrollmentInput);
    return this.dataSource.transaction(async (manager) => {
      const programme = await lockManagedProgramme(this.programmes, manager, identity, command.programmeId);
      if (command.officeIds && !canManageOffices(identity, command.officeIds)) {
        throw new EnrollmentError(
          EnrollmentErrorCode.OutOfScope,
          'you can only hand a programme to your own offices',
          { field: 'officeIds' },
        );
      }
      const now = this.clock.now();
      const contracting = programme.status === 'draft';
      if (command.name) programme.name = command.name;
      if (command.officeIds) programme.officeIds = command.officeIds;
      applyTerms(programme, command.terms);
      programme.status = 'contracted';
      if (!contracting) programme.amendedAt = now;
      const saved = await this.programmes.save(manager, programme);
      await this.outbox.append(manager, [
        contracting
          ? createEvent('ProgrammeContracted.v1', saved.id, {
              ...termsPayload(saved),
              contractedAt: now.toISOString(),
            })
          : createEvent('ProgrammeAmended.v1', saved.id, {
              ...termsPayload(saved),
              status: 'contracted',
              amendedAt: now.toISOString(),
            }),
      ]);
      return saved;
    });
  }
}
