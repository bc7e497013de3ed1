import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type OutcomeEntity,
} from '@passerelle/intake/data-access';
import { parseInput } from '@passerelle/shared/graphql';
import { managedCandidate } from '../../managed-candidate';
import {
  OutcomesError,
  OutcomesErrorCode,
  candidateNotFound,
  invalidOutcomesInput,
} from '../../outcomes.error';
import { outcomeFieldsSchema } from './record-outcome.command';
import { checkOutcomeRules, writeOutcome } from '../../outcome-writes';

/**
 * Records a person's first outcome (a second one is a correction: correct-outcome);
 * CandidateOutcomeRecorded commits with the row.
 */
@Injectable()
export class RecordOutcomeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    readonly outcomes: OutcomeRepository,
    readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async record(identity: Identity, input: unknown): Promise<OutcomeEntity> {
    const command = parseInput(outcomeFieldsSchema, input, invalidOutcomesInput);
    checkOutcomeRules(command, this.clock.today());
    const found = await managedCandidate(this.access, identity, command.candidateId);
    const alreadyRecorded = (outcomeId?: string) =>
      new OutcomesError(
        OutcomesErrorCode.OutcomeAlreadyRecorded,
        'this person already has an outcome: correct it with correctOutcome, saying why',
        outcomeId ? { outcomeId } : {},
      );
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await this.access.hold(manager, command.candidateId)))
          throw candidateNotFound(command.candidateId);
        const current = await this.outcomes.lockCurrent(manager, command.candidateId);
        if (current) throw alreadyRecorded(current.id);
        return writeOutcome(this, manager, identity, found, command, null, this.clock.now());
      });
    } catch (error) {
      // Two first outcomes recorded at the same moment: the unique index lets one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyRecorded();
      throw error;
    }
  }
}

const UNIQUE_VIOLATION = '23505';
