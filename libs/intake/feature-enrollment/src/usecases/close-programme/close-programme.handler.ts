import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { ProgrammeTermsRepository, type ProgrammeEntity } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode, invalidEnrollmentInput } from '../../enrollment.error';
import { lockManagedProgramme } from '../../managed-programme';
import { termsPayload } from '../../programme-terms.mapper';
import { closeProgrammeCommandSchema } from './close-programme.command';

/**
 * Ops close a contracted programme whose offices are all theirs; closing is final and announced
 * as ProgrammeAmended with status closed.
 */
@Injectable()
export class CloseProgrammeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeTermsRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  execute(identity: Identity, input: unknown): Promise<ProgrammeEntity> {
    const command = parseInput(closeProgrammeCommandSchema, input, invalidEnrollmentInput);
    return this.dataSource.transaction(async (manager) => {
      const programme = await lockManagedProgramme(this.programmes, manager, identity, command.programmeId);
      if (programme.status === 'draft') {
        throw new EnrollmentError(
          EnrollmentErrorCode.ProgrammeNotContracted,
          'a draft programme has no terms to close: set its terms first',
        );
      }
      const now = this.clock.now();
      programme.status = 'closed';
      programme.closedAt = now;
      programme.amendedAt = now;
      const saved = await this.programmes.save(manager, programme);
      await this.outbox.append(manager, [
        createEvent('ProgrammeAmended.v1', saved.id, {
          ...termsPayload(saved),
          status: 'closed',
          amendedAt: now.toISOString(),
        }),
      ]);
      return saved;
    });
  }
}
