import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateLifecycleRepository } from '@passerelle/intake/data-access';
import { activation } from '@passerelle/intake/domain';
import type { ActivateCandidateCommand } from './activate-candidate.command';

/** An invited person becomes active at their first sign-in or first session; later ones change nothing. */
@Injectable()
export class ActivateCandidateHandler {
  constructor(private readonly lifecycle: CandidateLifecycleRepository) {}

  async execute(manager: EntityManager, command: ActivateCandidateCommand): Promise<void> {
    const held = await this.lifecycle.lock(manager, command.candidateId);
    const to = held && activation(held.status);
    if (!held || !to) return;
    await this.lifecycle.change(manager, held, {
      to,
      reason: command.reason,
      expectedReturnOn: null,
      note: null,
      changedBy: 'system',
      changedAt: command.at,
    });
  }
}
