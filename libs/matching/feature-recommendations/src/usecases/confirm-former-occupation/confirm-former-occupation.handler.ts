import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  FormerOccupationConfirmationRepository,
  ReferenceCatalogueCache,
  type FormerOccupationConfirmationEntity,
} from '@passerelle/matching/data-access';
import { CandidateAccess } from '../../candidate-access';
import { RecommendationsError, RecommendationsErrorCode } from '../../recommendations.error';
import { RecomputeRecommendationsHandler } from '../recompute-recommendations/recompute-recommendations.handler';
import type { ConfirmFormerOccupationCommand } from './confirm-former-occupation.command';

const ROME_CODE = /^[A-N]\d{4}$/;

/**
 * The person's coach (or ops of their offices, when no coach is there yet) answers a confirmation
 * task: the code goes on the profile, is announced (FormerOccupationResolved, confirmed) for intake
 * and assessment, and the person is ranked again, in one transaction.
 */
@Injectable()
export class ConfirmFormerOccupationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccess,
    private readonly confirmations: FormerOccupationConfirmationRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly recompute: RecomputeRecommendationsHandler,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(
    identity: Identity,
    { candidateId, occupationCode }: ConfirmFormerOccupationCommand,
  ): Promise<FormerOccupationConfirmationEntity> {
    await this.access.assertCanAct(identity, candidateId, ['coach', 'ops']);
    const code = occupationCode.trim().toUpperCase();
    if (!ROME_CODE.test(code)) {
      throw new RecommendationsError(
        RecommendationsErrorCode.InvalidOccupationCode,
        `occupationCode: "${occupationCode}" is not a ROME code (a letter A to N and four digits, e.g. N1103)`,
        { field: 'occupationCode' },
      );
    }
    const { catalogue } = await this.reference.get();
    if (!catalogue.byCode.has(code)) {
      throw new RecommendationsError(
        RecommendationsErrorCode.UnknownOccupation,
        `occupationCode: "${code}" is not an occupation of the imported ROME`,
        { field: 'occupationCode' },
      );
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const task = await this.confirmations.findPendingForUpdate(manager, candidateId);
      if (!task) {
        throw new RecommendationsError(
          RecommendationsErrorCode.NothingToConfirm,
          `candidate ${candidateId} has no former occupation waiting for confirmation`,
          { field: 'candidateId' },
        );
      }
      await this.confirmations.confirm(manager, candidateId, {
        romeCode: code,
        confirmedBy: identity.subject,
        confirmedAt: now,
      });
      await this.profiles.update(manager, candidateId, (profile) => {
        profile.formerOccupationCode = code;
        profile.formerOccupationSource = 'confirmed';
      });
      await this.outbox.emit(manager, 'FormerOccupationResolved.v1', candidateId, {
        candidateId,
        programmeId: task.programmeId,
        romeCode: code,
        how: 'confirmed',
        confidence: 1,
        resolvedAt: now.toISOString(),
      });
      await this.recompute.execute(manager, { candidateId, now });
      return {
        ...task,
        status: 'confirmed',
        romeCode: code,
        confirmedBy: identity.subject,
        confirmedAt: now,
      };
    });
  }
}
