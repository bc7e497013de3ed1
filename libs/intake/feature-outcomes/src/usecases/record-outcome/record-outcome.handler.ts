import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  OutcomeRepository,
  type CandidateInScope,
  type OutcomeEntity,
} from '@passerelle/intake/data-access';
import { outcomeIssues } from '@passerelle/intake/domain';
import { parseInput } from '@passerelle/shared/graphql';
import { managedCandidate } from '../../managed-candidate';
import {
  OutcomesError,
  OutcomesErrorCode,
  candidateNotFound,
  invalidOutcomesInput,
} from '../../outcomes.error';
import {
  correctOutcomeCommandSchema,
  outcomeFieldsSchema,
  type OutcomeFields,
} from './record-outcome.command';

/**
 * Records a person's outcome, or corrects it: a correction keeps the earlier outcome (marked
 * superseded) and says why. Either way CandidateOutcomeRecorded commits with the row.
 */
@Injectable()
export class RecordOutcomeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async record(identity: Identity, input: unknown): Promise<OutcomeEntity> {
    const command = parseInput(outcomeFieldsSchema, input, invalidOutcomesInput);
    checkRules(command, this.clock.today());
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
        return this.write(manager, identity, found, command, null);
      });
    } catch (error) {
      // Two first outcomes recorded at the same moment: the unique index lets one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw alreadyRecorded();
      throw error;
    }
  }

  async correct(identity: Identity, input: unknown): Promise<OutcomeEntity> {
    const command = parseInput(correctOutcomeCommandSchema, input, invalidOutcomesInput);
    checkRules(command, this.clock.today());
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
      return this.write(manager, identity, found, command, { id: current.id, reason: command.reason });
    });
  }

  private async write(
    manager: EntityManager,
    identity: Identity,
    found: CandidateInScope,
    command: OutcomeFields,
    correction: { id: string; reason: string } | null,
  ): Promise<OutcomeEntity> {
    const outcome: OutcomeEntity = {
      id: randomUUID(),
      candidateId: command.candidateId,
      programmeId: found.programme.id,
      category: command.category,
      outcomeDate: command.outcomeDate,
      employerName: command.employerName,
      jobTitle: command.jobTitle,
      occupationCode: command.occupationCode,
      contractMonths: command.contractMonths,
      fullTime: command.fullTime,
      correctsOutcomeId: correction?.id ?? null,
      correctionReason: correction?.reason ?? null,
      superseded: false,
      recordedBy: identity.subject,
      recordedAt: this.clock.now(),
    };
    await this.outcomes.insert(manager, outcome);
    await this.outbox.append(manager, [
      createEvent('CandidateOutcomeRecorded.v1', outcome.candidateId, {
        candidateId: outcome.candidateId,
        programmeId: outcome.programmeId,
        outcomeId: outcome.id,
        category: outcome.category,
        outcomeDate: outcome.outcomeDate,
        recordedAt: outcome.recordedAt.toISOString(),
      }),
    ]);
    return outcome;
  }
}

const UNIQUE_VIOLATION = '23505';

function checkRules(command: OutcomeFields, today: string): void {
  const issues = outcomeIssues(command, today);
  if (issues.length) {
    throw invalidOutcomesInput(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);
  }
}
