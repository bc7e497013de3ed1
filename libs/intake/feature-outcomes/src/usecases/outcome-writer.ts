import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateAccessRepository,
  CandidateLifecycleRepository,
  OutcomeRepository,
  type OutcomeEntity,
} from '@passerelle/intake/data-access';
import { outcomeIssues, statusAfterOutcome } from '@passerelle/intake/domain';
import { managedCandidate } from '../managed-candidate';
import { candidateNotFound, invalidOutcomesInput } from '../outcomes.error';
import type { OutcomeFields } from './record-outcome/record-outcome.command';

/** What the new outcome corrects, and why; null for a first outcome. */
export type Correction = { id: string; reason: string } | null;

/**
 * The unit of work recording and correcting an outcome share: the report's rules, who may record,
 * then, holding the person and their current outcome, the new outcome and CandidateOutcomeRecorded
 * commit together (the outcome it corrects marked superseded), with the status the outcome leads to. Each use case only decides, from
 * the current outcome, whether the new one is a first outcome or a correction (or refuses).
 */
@Injectable()
export class OutcomeWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly lifecycle: CandidateLifecycleRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async write(
    identity: Identity,
    command: OutcomeFields,
    decide: (current: OutcomeEntity | null) => Correction,
  ): Promise<OutcomeEntity> {
    checkOutcomeRules(command, this.clock.today());
    const found = await managedCandidate(this.access, identity, command.candidateId);
    return this.dataSource.transaction(async (manager) => {
      const held = await this.lifecycle.lock(manager, command.candidateId);
      if (!held) throw candidateNotFound(command.candidateId);
      const correction = decide(await this.outcomes.lockCurrent(manager, command.candidateId));
      if (correction) await this.outcomes.supersede(manager, correction.id);
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
      await this.outbox.emit(manager, 'CandidateOutcomeRecorded.v1', outcome.candidateId, {
        candidateId: outcome.candidateId,
        programmeId: outcome.programmeId,
        outcomeId: outcome.id,
        category: outcome.category,
        outcomeDate: outcome.outcomeDate,
        recordedAt: outcome.recordedAt.toISOString(),
      });
      // A placement places the person; a correction back to a search makes them active again.
      const status = statusAfterOutcome(held.status, outcome.category);
      if (status) {
        await this.lifecycle.change(manager, held, {
          ...status,
          expectedReturnOn: null,
          note: null,
          changedBy: identity.subject,
          changedAt: outcome.recordedAt,
        });
      }
      return outcome;
    });
  }
}

/** The report's rules on an outcome (outcome-rules.ts), as a bad-input error naming each field. */
function checkOutcomeRules(command: OutcomeFields, today: string): void {
  const issues = outcomeIssues(command, today);
  if (issues.length) {
    throw invalidOutcomesInput(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);
  }
}
