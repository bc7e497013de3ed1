import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ServiceCallers } from '@passerelle/shared/auth';
import { DirectoryErrorCode } from './directory.error';
import {
  ReadCoachContactHandler,
  type CoachContact,
} from './usecases/read-coach-contact/read-coach-contact.handler';
import { readCoachContactSchema } from './usecases/read-coach-contact/read-coach-contact.query';

/**
 * Scheduling's internal route for a coach's work contact (decision 0018): identity only, with its
 * service token, never through the gateway. 404 `COACH_NOT_FOUND` for a coach scheduling does not
 * know, which `callInternal` reads as "no such coach".
 */
@Controller('internal/coaches')
export class CoachContactController {
  constructor(private readonly readContact: ReadCoachContactHandler) {}

  @Get(':coachId/contact')
  @ServiceCallers('identity')
  async contact(@Param('coachId') coachId: string): Promise<CoachContact> {
    const query = readCoachContactSchema.safeParse({ coachId });
    const contact = query.success ? await this.readContact.execute(query.data) : null;
    if (!contact) throw new NotFoundException({ error: DirectoryErrorCode.CoachNotFound });
    return contact;
  }
}
