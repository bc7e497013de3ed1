import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import {
  CandidateAccessRepository,
  CandidateLifecycleRepository,
  type CandidateStatusChangeEntity,
} from '@passerelle/intake/data-access';
import { changeNeedsOps, statusChangeIssues } from '@passerelle/intake/domain';
import { managedCandidate } from '../../managed-candidate';
import {
  OutcomesError,
  OutcomesErrorCode,
  candidateNotFound,
  invalidOutcomesInput,
} from '../../outcomes.error';
import type { ChangeCandidateStatusCommand } from './change-candidate-status.command';

/**
 * A coach or ops pause a person or bring them back; ops also exit and reinstate. The rules are
 * checked against the status held under the person's lock, so two changes at once cannot both
 * apply to the same starting point; the audit row and CandidateStatusChanged commit together.
 */
@Injectable()
export class ChangeCandidateStatusHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly lifecycle: CandidateLifecycleRepository,
    private readonly clock: Clock,
  ) {}

  async execute(
    identity: Identity,
    command: ChangeCandidateStatusCommand,
  ): Promise<CandidateStatusChangeEntity> {
    await managedCandidate(this.access, identity, command.candidateId);
    return this.dataSource.transaction(async (manager) => {
      const held = await this.lifecycle.lock(manager, command.candidateId);
      if (!held) throw candidateNotFound(command.candidateId);
      const request = {
        to: command.status,
        reason: command.reason,
        expectedReturnOn: command.expectedReturnOn,
        note: command.note,
      };
      if (identity.role !== 'ops' && changeNeedsOps(request, held.status)) {
        throw new OutcomesError(
          OutcomesErrorCode.StatusChangeForOps,
          'only ops of the person’s offices exit or reinstate a person',
          { status: held.status },
        );
      }
      const issues = statusChangeIssues(held.status, request, this.clock.today());
      if (issues.length) {
        throw invalidOutcomesInput(
          issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '),
          issues,
        );
      }
      return this.lifecycle.change(manager, held, {
        ...request,
        changedBy: identity.subject,
        changedAt: this.clock.now(),
      });
    });
  }
}
