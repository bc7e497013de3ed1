import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { ProgrammeTermsRepository, type ProgrammeEntity } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode } from '../enrollment.error';

/**
 * What a change decides: it refuses by throwing, or changes the programme in place and says how
 * the saved programme is announced.
 */
export type ProgrammeChange = (programme: ProgrammeEntity, now: Date) => (saved: ProgrammeEntity) => AnyEvent;

/**
 * The unit of work amending and closing a programme share: in one transaction the programme is
 * locked, checked to be one the caller manages and still open, changed, saved and announced.
 */
@Injectable()
export class ProgrammeEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeTermsRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  edit(identity: Identity, programmeId: string, change: ProgrammeChange): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.lock(manager, programmeId);
      // Not found and not yours look the same to ops of other offices; closed is final.
      if (!programme || !canManageOffices(identity, programme.officeIds)) {
        throw new EnrollmentError(
          EnrollmentErrorCode.ProgrammeNotFound,
          `programme ${programmeId} does not exist or is not managed by your offices`,
        );
      }
      if (programme.status === 'closed') {
        throw new EnrollmentError(EnrollmentErrorCode.ProgrammeClosed, `programme ${programmeId} is closed`);
      }
      const announce = change(programme, this.clock.now());
      const saved = await this.programmes.save(manager, programme);
      await this.outbox.append(manager, [announce(saved)]);
      return saved;
    });
  }
}
