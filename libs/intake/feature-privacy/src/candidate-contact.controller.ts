import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { CallingService, ServiceCallers } from '@passerelle/shared/auth';
import { PrivacyErrorCode } from './privacy.error';
import {
  ReadCandidateContactHandler,
  type CandidateContact,
} from './usecases/read-candidate-contact/read-candidate-contact.handler';
import { readCandidateContactSchema } from './usecases/read-candidate-contact/read-candidate-contact.query';

/**
 * Intake's internal route for a person's contact details (decision 0018): identity only, with its
 * service token, never through the gateway. 404 `CANDIDATE_NOT_FOUND` when intake does not hold
 * the person (unknown or erased), which `callInternal` reads as "no such person".
 */
@Controller('internal/candidates')
export class CandidateContactController {
  constructor(private readonly readContact: ReadCandidateContactHandler) {}

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
}
