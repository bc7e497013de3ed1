import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import { CandidateRepository, ConsentRepository, DiagnosticRepository } from '@passerelle/intake/data-access';
import { contactLanguage, type ContactLanguage } from '@passerelle/intake/domain';
import type { ReadCandidateContactQuery } from '../read-candidate-contact/read-candidate-contact.query';

export interface SmsContact {
  candidateId: string;
  /** E.164, as the person agreed to be texted at. */
  mobile: string;
  language: ContactLanguage;
}

export type SmsContactAnswer = SmsContact | 'unknown' | 'no_consent';

/**
 * The number to text a person at, for the notifier: only while their consent to text reminders is
 * in force (the latest `sms_reminders` row, granted), and only the number they agreed to. The read
 * is audited like any contact read, in the transaction that holds the person.
 */
@Injectable()
export class ReadSmsContactHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateRepository,
    private readonly consents: ConsentRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly clock: Clock,
  ) {}

  execute(caller: string, { candidateId }: ReadCandidateContactQuery): Promise<SmsContactAnswer> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.candidates.holdById(manager, candidateId);
      if (!candidate) return 'unknown';
      const consent = await this.consents.latest(candidateId, 'sms_reminders', manager);
      if (!consent?.granted || !consent.mobile) return 'no_consent';
      await this.diagnostics.recordRead(
        {
          candidateId,
          readerSubject: caller,
          readerRole: 'service',
          what: 'mobile',
          aboutId: consent.id,
          readAt: this.clock.now(),
        },
        manager,
      );
      return { candidateId, mobile: consent.mobile, language: contactLanguage(candidate.languages) };
    });
  }
}
