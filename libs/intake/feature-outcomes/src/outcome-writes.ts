import type { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, type OutboxWriter } from '@passerelle/shared/messaging';
import type { CandidateInScope, OutcomeEntity, OutcomeRepository } from '@passerelle/intake/data-access';
import { outcomeIssues } from '@passerelle/intake/domain';
import { invalidOutcomesInput } from './outcomes.error';
import type { OutcomeFields } from './usecases/record-outcome/record-outcome.command';

/** The report's rules on an outcome (outcome-rules.ts), as a bad-input error naming each field. */
export function checkOutcomeRules(command: OutcomeFields, today: string): void {
  const issues = outcomeIssues(command, today);
  if (issues.length) {
    throw invalidOutcomesInput(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);
  }
}

/** A new outcome (a first one, or the correction of `correction.id`) with its event, in the caller's transaction. */
export async function writeOutcome(
  deps: { outcomes: OutcomeRepository; outbox: OutboxWriter },
  manager: EntityManager,
  identity: Identity,
  found: CandidateInScope,
  command: OutcomeFields,
  correction: { id: string; reason: string } | null,
  now: Date,
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
    recordedAt: now,
  };
  await deps.outcomes.insert(manager, outcome);
  await deps.outbox.append(manager, [
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
