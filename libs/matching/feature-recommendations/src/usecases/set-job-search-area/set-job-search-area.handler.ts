import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import type { Identity } from '@passerelle/shared/auth';
import { CandidateProfileRepository, ReferenceRepository } from '@passerelle/matching/data-access';
import { searchAreaOf } from '@passerelle/matching/domain';
import { CandidateAccess } from '../../candidate-access';
import { RecommendationsError, RecommendationsErrorCode } from '../../recommendations.error';
import { RecomputeRecommendationsHandler } from '../recompute-recommendations/recompute-recommendations.handler';
import type { SetJobSearchAreaCommand } from './set-job-search-area.command';

/**
 * Events carry no address (personal data stays in intake), so the area a person searches in is
 * said here, by the person or their coach: it drives local demand and which offers reach them.
 */
@Injectable()
export class SetJobSearchAreaHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccess,
    private readonly reference: ReferenceRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly recompute: RecomputeRecommendationsHandler,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: SetJobSearchAreaCommand): Promise<void> {
    await this.access.assertCanAct(identity, command.candidateId, ['candidate', 'coach', 'ops']);
    const departments = searchAreaOf(command.departmentCodes);
    for (const [index, code] of departments.entries()) {
      if (!(await this.reference.departmentExists(code))) {
        throw new RecommendationsError(
          RecommendationsErrorCode.UnknownDepartment,
          `departmentCodes[${index}]: "${code}" is not a French department of the imported communes`,
        );
      }
    }
    await this.dataSource.transaction(async (manager) => {
      await this.profiles.update(manager, command.candidateId, (profile) => {
        profile.searchDepartments = departments;
      });
      await this.recompute.execute(manager, { candidateId: command.candidateId, now: this.clock.now() });
    });
  }
}
