import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import type { OutcomeEntity } from '@passerelle/intake/data-access';
import { OutcomesError, OutcomesErrorCode } from '../../outcomes.error';
import { OutcomeWriter } from '../outcome-writer';
import type { RecordOutcomeCommand } from './record-outcome.command';

/**
 * Records a person's first outcome (a second one is a correction: correct-outcome);
 * CandidateOutcomeRecorded commits with the row.
 */
@Injectable()
export class RecordOutcomeHandler {
  constructor(private readonly writer: OutcomeWriter) {}

  async execute(identity: Identity, command: RecordOutcomeCommand): Promise<OutcomeEntity> {
    try {
      return await this.writer.write(identity, command, (current) => {
        if (current) throw alreadyRecorded(current.id);
        return null;
      });
    } catch (error) {
      // Two first outcomes recorded at the same moment: the unique index lets one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyRecorded();
      throw error;
    }
  }
}

const UNIQUE_VIOLATION = '23505';

const alreadyRecorded = (outcomeId?: string) =>
  new OutcomesError(
    OutcomesErrorCode.OutcomeAlreadyRecorded,
    'this person already has an outcome: correct it with correctOutcome, saying why',
    outcomeId ? { outcomeId } : {},
  );
