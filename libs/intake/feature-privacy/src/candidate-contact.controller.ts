import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { CallingService, ServiceCallers } from '@passerelle/shared/auth';
import { PrivacyErrorCode } from './privacy.error';
import {
  ReadCandidateContactHandler,
  type CandidateContact,
} from './usecases/read-candidate-contact/read-candidate-contact.handler';
import { readCandidateContactSchema } from './usecases/read-candidate-contact/read-candidate-contact.query';
import { ReadCandidateContactsHandler } from './usecases/read-candidate-contacts/read-candidate-contacts.handler';
import { readCandidateContactsSchema } from './usecases/read-candidate-contacts/read-candidate-contacts.query';
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
    private readonly readContacts: ReadCandidateContactsHandler,
  ) {}

  /**
   * Identity, opening a Kafka batch's accounts (decision 0048): the contacts of the people intake
   * holds among `candidateIds` (at most 500), each read audited as the single route does; the
   * people it does not hold are left out of `contacts`. 400 `BAD_USER_INPUT` naming the field.
   */
  @Post('contacts')
  @HttpCode(200)
  @ServiceCallers('identity')
  async contacts(
    @Body() body: unknown,
    @CallingService() caller: string,
  ): Promise<{ contacts: CandidateContact[] }> {
    const query = readCandidateContactsSchema.safeParse(body);
    if (!query.success) {
      throw new BadRequestException({
        error: PrivacyErrorCode.InvalidInput,
        field: 'candidateIds',
        message: 'candidateIds must be a list of 1 to 500 candidate ids (uuids)',
      });
    }
    return { contacts: await this.readContacts.execute(caller, query.data) };
  }

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
