import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { CandidateRepository, ConsentRepository, type ConsentEntity } from '@passerelle/intake/data-access';
import { CURRENT_PRIVACY_NOTICE, mobileNumber } from '@passerelle/intake/domain';
import { PrivacyError, PrivacyErrorCode, candidateNotFound } from '../../privacy.error';
import { consentRecorded } from '../../consent.mapper';
import type { RecordSmsConsentCommand } from './record-sms-consent.command';

/**
 * The person agrees to reminders by text message, at a mobile number they give (or the one their
 * HR file holds, when it is a mobile), or withdraws. Only the person can: a text is theirs to
 * accept. Recorded with the notice in force and announced as ConsentRecorded (no number in it).
 */
@Injectable()
export class RecordSmsConsentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateRepository,
    private readonly consents: ConsentRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: RecordSmsConsentCommand): Promise<ConsentEntity> {
    if (identity.role !== 'candidate' || identity.candidateId !== command.candidateId) {
      throw candidateNotFound(command.candidateId);
    }
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.candidates.holdById(manager, command.candidateId);
      if (!candidate) throw candidateNotFound(command.candidateId);
      const consent: ConsentEntity = {
        id: randomUUID(),
        candidateId: command.candidateId,
        purpose: 'sms_reminders',
        noticeVersion: CURRENT_PRIVACY_NOTICE,
        granted: command.granted,
        mobile: command.granted
          ? mobileToText(command.mobile ?? candidate.phone ?? null, !!command.mobile)
          : null,
        recordedAt: this.clock.now(),
      };
      await this.consents.insert(manager, consent);
      await this.outbox.append(manager, [consentRecorded(consent)]);
      return consent;
    });
  }
}

function mobileToText(written: string | null, typed: boolean): string {
  if (!written) {
    throw new PrivacyError(
      PrivacyErrorCode.MobileRequired,
      'give the mobile number to send reminders to: we hold none for you',
      { field: 'mobile' },
    );
  }
  const number = mobileNumber(written);
  if (number.ok) return number.e164;
  const what = typed ? `${written} is` : `the number we hold for you (${written}) is`;
  throw new PrivacyError(
    PrivacyErrorCode.InvalidMobile,
    number.problem === 'not_a_mobile'
      ? `${what} not a mobile: texts reach French numbers starting 06 or 07, or +country code`
      : `${what} not a phone number: write it 06 12 34 56 78 or +33 6 12 34 56 78`,
    { field: 'mobile' },
  );
}
