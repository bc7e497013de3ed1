import { parseInput } from '@passerelle/shared/graphql';
import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource, type EntityManager } from 'typeorm';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { ProgrammeTermsRepository, type ProgrammeEntity } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode, invalidEnrollmentInput } from '../../enrollment.error';
import { amendProgrammeCommandSchema, closeProgrammeCommandSchema } from './amend-programme.command';
import { applyTerms, termsPayload } from '../../programme-terms.mapper';

/**
 * Ops change a programme's terms or close it, only when every office serving it (before and
 * after the change) is theirs. Setting the terms of a draft contracts it (ProgrammeContracted);
 * changing a contracted programme amends it (ProgrammeAmended); closing is final.
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
      const programme = await this.lockManaged(manager, identity, command.programmeId);
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

  close(identity: Identity, input: unknown): Promise<ProgrammeEntity> {
    const command = parseInput(closeProgrammeCommandSchema, input, invalidEnrollmentInput);
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.lockManaged(manager, identity, command.programmeId);
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

  /** Not found and not yours look the same to ops of other offices; closed is final. */
  private async lockManaged(
    manager: EntityManager,
    identity: Identity,
    programmeId: string,
  ): Promise<ProgrammeEntity> {
    const programme = await this.programmes.lock(manager, programmeId);
    if (!programme || !canManageOffices(identity, programme.officeIds)) {
      throw new EnrollmentError(
        EnrollmentErrorCode.ProgrammeNotFound,
        `programme ${programmeId} does not exist or is not managed by your offices`,
      );
    }
    if (programme.status === 'closed') {
      throw new EnrollmentError(EnrollmentErrorCode.ProgrammeClosed, `programme ${programmeId} is closed`);
    }
    return programme;
  }
}
