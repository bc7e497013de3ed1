import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  CandidateAccessRepository,
  ConsentRepository,
  type ConsentEntity,
} from '@passerelle/intake/data-access';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { PRIVACY_NOTICE_VERSIONS } from '@passerelle/intake/domain';
import { consentRecorded } from '../../consent.mapper';
import { PrivacyError, PrivacyErrorCode, candidateNotFound } from '../../privacy.error';
import type { RecordConsentCommand } from './record-consent.command';

/**
 * The person gives (or withdraws) consent to a version of the notice; each change is kept with its
 * time and announced (ConsentRecorded), so the notifier stops what is not essential on withdrawal.
 */
@Injectable()
export class RecordConsentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly consents: ConsentRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: RecordConsentCommand): Promise<ConsentEntity> {
    if (identity.role !== 'candidate' || identity.candidateId !== command.candidateId) {
      throw candidateNotFound(command.candidateId);
    }
    if (!(PRIVACY_NOTICE_VERSIONS as readonly string[]).includes(command.noticeVersion)) {
      throw new PrivacyError(
        PrivacyErrorCode.UnknownNotice,
        `there is no privacy notice ${command.noticeVersion}; the current one is ${PRIVACY_NOTICE_VERSIONS.at(-1)}`,
        { field: 'noticeVersion' },
      );
    }
    if (!(await this.access.find(command.candidateId))) throw candidateNotFound(command.candidateId);
    const consent: ConsentEntity = {
      id: randomUUID(),
      ...command,
      purpose: 'privacy_notice',
      mobile: null,
      recordedAt: this.clock.now(),
    };
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.access.hold(manager, command.candidateId)))
        throw candidateNotFound(command.candidateId);
      await this.consents.insert(manager, consent);
      await this.outbox.append(manager, [consentRecorded(consent)]);
    });
    return consent;
  }
}
