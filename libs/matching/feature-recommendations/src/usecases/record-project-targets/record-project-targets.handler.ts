import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateProfileRepository } from '@passerelle/matching/data-access';
import { projectTargetsAfter } from '@passerelle/matching/domain';
import { RematchOffersHandler } from '../rematch-offers/rematch-offers.handler';
import type { RecordProjectTargetsCommand } from './record-project-targets.command';

/**
 * The validated project's target occupations become the first thing the person's leads search for
 * (a newer version replaces them, an older one arriving late changes nothing), and their offers are
 * ranked again in the caller's transaction. The suggestions stay as they are.
 */
@Injectable()
export class RecordProjectTargetsHandler {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly rematch: RematchOffersHandler,
  ) {}

  /** True when the targets changed. */
  async execute(manager: EntityManager, command: RecordProjectTargetsCommand): Promise<boolean> {
    let changed = false;
    await this.profiles.update(manager, command.candidateId, (profile) => {
      const next = projectTargetsAfter(
        { version: profile.projectVersion, occupationCodes: profile.projectTargetCodes },
        { version: command.version, occupationCodes: command.targetOccupationCodes },
      );
      if (next === null) return;
      profile.projectVersion = next.version;
      profile.projectTargetCodes = [...next.occupationCodes];
      changed = true;
    });
    if (changed) await this.rematch.execute(manager, { candidateId: command.candidateId, now: command.now });
    return changed;
  }
}
