import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { DEFAULT_SERVICE_LEVEL_TERMS } from '@passerelle/shared/contracts';
import {
  ProgrammeRepository,
  ProgrammeTermsRepository,
  type ProgrammeEntity,
} from '@passerelle/intake/data-access';
import type { CreateProgrammeCommand } from './create-programme.command';
import { EnrollmentError, EnrollmentErrorCode } from '../../enrollment.error';
import {
  DEFAULT_AGE_BAND_LIMITS,
  DEFAULT_OVE_DEFINITION,
  DEFAULT_SENIORITY_BAND_LIMITS,
} from '@passerelle/intake/domain';
import { applyTerms, termsPayload } from '../../programme-terms.mapper';

/**
 * Programmes, set up by ops. A programme created with its terms is contracted and
 * announced (ProgrammeContracted) in the same transaction; without terms it stays a draft.
 */
@Injectable()
export class CreateProgrammeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
    private readonly terms: ProgrammeTermsRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: CreateProgrammeCommand): Promise<ProgrammeEntity> {
    if (!canManageOffices(identity, command.officeIds)) {
      throw new EnrollmentError(
        EnrollmentErrorCode.OutOfScope,
        'you can only set up programmes for your offices',
      );
    }
    if (!(await this.programmes.findSponsor(command.sponsorId))) {
      throw new EnrollmentError(
        EnrollmentErrorCode.SponsorNotFound,
        `sponsor ${command.sponsorId} does not exist`,
      );
    }
    const now = this.clock.now();
    const programme: ProgrammeEntity = {
      id: randomUUID(),
      sponsorId: command.sponsorId,
      name: command.name,
      officeIds: command.officeIds,
      createdAt: now,
      status: 'draft',
      type: null,
      sites: [],
      headcount: null,
      startDate: null,
      durationMonths: null,
      sessionBudgetPerPerson: null,
      outcomeTargets: [],
      ageBandLimits: [...DEFAULT_AGE_BAND_LIMITS],
      seniorityBandLimits: [...DEFAULT_SENIORITY_BAND_LIMITS],
      oveMaxPayDropPercent: DEFAULT_OVE_DEFINITION.maxPayDropPercent,
      oveMinContractMonths: DEFAULT_OVE_DEFINITION.minContractMonths,
      ...DEFAULT_SERVICE_LEVEL_TERMS,
      employerNafCode: null,
      amendedAt: null,
      closedAt: null,
    };
    if (command.terms) {
      applyTerms(programme, command.terms);
      programme.status = 'contracted';
    }
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.terms.save(manager, programme);
      if (saved.status === 'contracted') {
        await this.outbox.emit(manager, 'ProgrammeContracted.v1', saved.id, {
          ...termsPayload(saved),
          contractedAt: now.toISOString(),
        });
      }
      return saved;
    });
  }
}
