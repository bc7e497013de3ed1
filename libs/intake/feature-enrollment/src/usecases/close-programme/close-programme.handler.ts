import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent } from '@passerelle/shared/messaging';
import type { ProgrammeEntity } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode } from '../../enrollment.error';
import { termsPayload } from '../../programme-terms.mapper';
import { ProgrammeEditor } from '../programme-editor';
import type { CloseProgrammeCommand } from './close-programme.command';

/**
 * Ops close a contracted programme whose offices are all theirs; closing is final and announced
 * as ProgrammeAmended with status closed.
 */
@Injectable()
export class CloseProgrammeHandler {
  constructor(private readonly editor: ProgrammeEditor) {}

  execute(identity: Identity, command: CloseProgrammeCommand): Promise<ProgrammeEntity> {
    return this.editor.edit(identity, command.programmeId, (programme, now) => {
      if (programme.status === 'draft') {
        throw new EnrollmentError(
          EnrollmentErrorCode.ProgrammeNotContracted,
          'a draft programme has no terms to close: set its terms first',
        );
      }
      programme.status = 'closed';
      programme.closedAt = now;
      programme.amendedAt = now;
      return (saved) =>
        createEvent('ProgrammeAmended.v1', saved.id, {
          ...termsPayload(saved),
          status: 'closed',
          amendedAt: now.toISOString(),
        });
    });
  }
}
