import { Injectable } from '@nestjs/common';
import { DirectoryRepository } from '@passerelle/scheduling/data-access';
import { coachContactLanguage, type ContactLanguage } from '@passerelle/scheduling/domain';
import type { ReadCoachContactQuery } from './read-coach-contact.query';

export interface CoachContact {
  coachId: string;
  email: string;
  displayName: string;
  language: ContactLanguage;
  officeIds: string[];
}

/**
 * A coach's work contact for another service (decision 0018: scheduling keeps it, identity asks
 * when it invites the coach). Null when scheduling knows no such coach.
 */
@Injectable()
export class ReadCoachContactHandler {
  constructor(private readonly directory: DirectoryRepository) {}

  async execute({ coachId }: ReadCoachContactQuery): Promise<CoachContact | null> {
    const coach = await this.directory.findCoach(coachId);
    if (!coach) return null;
    return {
      coachId,
      email: coach.email,
      displayName: coach.displayName,
      language: coachContactLanguage(coach.languages),
      officeIds: coach.officeIds,
    };
  }
}
