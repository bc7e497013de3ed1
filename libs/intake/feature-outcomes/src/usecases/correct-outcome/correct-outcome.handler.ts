import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { parseInput } from '@passerelle/shared/graphql';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type OutcomeEntity,
} from '@passerelle/intake/data-access';
import { managedCandidate } from '../../managed-candidate';
import { checkOutcomeRules, writeOutcome } from '../../outcome-writes';
import {
  OutcomesError,
  OutcomesErrorCode,
  candidateNotFound,
  invalidOutcomesInput,
} from '../../outcomes.error';
import { correctOutcomeCommandSchema } from './correct-outcome.command';

/**
 * Corrects a person's outcome: the earlier one is kept, marked superseded, and the new one says
 * why. CandidateOutcomeRecorded commits with the row.
 */
@Injectable()
export class CorrectOutcomeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    readonly outcomes: OutcomeRepository,
    readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, input: unknown): Promise<OutcomeEntity> {
    const command = parseInput(correctOutcomeCommandSchema, input, invalidOutcomesInput);
    checkOutcomeRules(command, this.clock.today());
    const found = await managedCandidate(this.access, identity, command.candidateId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.access.hold(manager, command.candidateId)))
        throw candidateNotFound(command.candidateId);
      const current = await this.outcomes.lockCurrent(manager, command.candidateId);
      if (!current) {
        throw new OutcomesError(
          OutcomesErrorCode.NoOutcomeToCorrect,
          'this person has no outcome yet: record one with recordOutcome',
        );
      }
      await this.outcomes.supersede(manager, current.id);
      return writeOutcome(
        this,
        manager,
        identity,
        found,
        command,
        { id: current.id, reason: command.reason },
        this.clock.now(),
      );
    });
  }
}
