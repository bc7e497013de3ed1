import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { CallingService, ServiceCallers } from '@passerelle/shared/auth';
import { PrivacyErrorCode } from './privacy.error';
import {
  ReadCandidateContactHandler,
  type CandidateContact,
} from './usecases/read-candidate-contact/read-candidate-contact.handler';
import { readCandidateContactSchema } from './usecases/read-candidate-contact/read-candidate-contact.query';
import { ReadSmsContactHandler, type SmsContact } from './usecases/read-sms-contact/read-sms-contact.handler';

/**
 * Intake's internal routes for a person's contact details (decision 0018), with the caller's
 * service token, never through the gateway. 404 `CANDIDATE_NOT_FOUND` when intake does not hold
 * the person (unknown or erased), which `callInternal` reads as "no such person".
 */
@Controller('internal/candidates')
export class CandidateContactController {
  constructor(
    private readonly readContact: ReadCandidateContactHandler,
    private readonly readSmsContact: ReadSmsContactHandler,
  ) {}

  /** Identity, opening the person's account: the address to invite, the name, the language. */
  @Get(':candidateId/contact')
  @ServiceCallers('identity')
  async contact(
    @Param('candidateId') candidateId: string,
    @CallingService() caller: string,
  ): Promise<CandidateContact> {
    const query = readCandidateContactSchema.safeParse({ candidateId });
    const contact = query.success ? await this.readContact.execute(caller, query.data) : null;
    if (!contact) throw new NotFoundException({ error: PrivacyErrorCode.CandidateNotFound });
    return contact;
  }

  /** The notifier, writing a text reminder: the mobile, while consent to texts is in force; else 404 `NO_SMS_CONSENT`. */
  @Get(':candidateId/sms-contact')
  @ServiceCallers('notifier')
  async smsContact(
    @Param('candidateId') candidateId: string,
    @CallingService() caller: string,
  ): Promise<SmsContact> {
    const query = readCandidateContactSchema.safeParse({ candidateId });
    const answer = query.success ? await this.readSmsContact.execute(caller, query.data) : 'unknown';
    if (answer === 'unknown') throw new NotFoundException({ error: PrivacyErrorCode.CandidateNotFound });
    if (answer === 'no_consent') throw new NotFoundException({ error: PrivacyErrorCode.NoSmsConsent });
    return answer;
  }
}
