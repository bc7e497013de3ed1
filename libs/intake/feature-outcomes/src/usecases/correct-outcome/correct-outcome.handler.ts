import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import type { OutcomeEntity } from '@passerelle/intake/data-access';
import { OutcomesError, OutcomesErrorCode } from '../../outcomes.error';
import { OutcomeWriter } from '../outcome-writer';
import type { CorrectOutcomeCommand } from './correct-outcome.command';

/**
 * Corrects a person's outcome: the earlier one is kept, marked superseded, and the new one says
 * why. CandidateOutcomeRecorded commits with the row.
 */
@Injectable()
export class CorrectOutcomeHandler {
  constructor(private readonly writer: OutcomeWriter) {}

  execute(identity: Identity, command: CorrectOutcomeCommand): Promise<OutcomeEntity> {
    return this.writer.write(identity, command, (current) => {
      if (!current) {
        throw new OutcomesError(
          OutcomesErrorCode.NoOutcomeToCorrect,
          'this person has no outcome yet: record one with recordOutcome',
        );
      }
      return { id: current.id, reason: command.reason };
    });
  }
}
