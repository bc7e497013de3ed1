import { Injectable } from '@nestjs/common';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { createEvent } from '@passerelle/shared/messaging';
import type { ProgrammeEntity } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode } from '../../enrollment.error';
import { applyTerms, termsPayload } from '../../programme-terms.mapper';
import { ProgrammeEditor } from '../programme-editor';
import type { AmendProgrammeCommand } from './amend-programme.command';

/**
 * Ops change a programme's terms, only when every office serving it (before and after the
 * change) is theirs. Setting the terms of a draft contracts it (ProgrammeContracted); changing a
 * contracted programme amends it (ProgrammeAmended).
 */
@Injectable()
export class AmendProgrammeHandler {
  constructor(private readonly editor: ProgrammeEditor) {}

  execute(identity: Identity, command: AmendProgrammeCommand): Promise<ProgrammeEntity> {
    return this.editor.edit(identity, command.programmeId, (programme, now) => {
      if (command.officeIds && !canManageOffices(identity, command.officeIds)) {
        throw new EnrollmentError(
          EnrollmentErrorCode.OutOfScope,
          'you can only hand a programme to your own offices',
          { field: 'officeIds' },
        );
      }
      const contracting = programme.status === 'draft';
      if (command.name) programme.name = command.name;
      if (command.officeIds) programme.officeIds = command.officeIds;
      applyTerms(programme, command.terms);
      programme.status = 'contracted';
      if (!contracting) programme.amendedAt = now;
      return (saved) =>
        contracting
          ? createEvent('ProgrammeContracted.v1', saved.id, {
              ...termsPayload(saved),
              contractedAt: now.toISOString(),
            })
          : createEvent('ProgrammeAmended.v1', saved.id, {
              ...termsPayload(saved),
              status: 'contracted',
              amendedAt: now.toISOString(),
            });
    });
  }
}
