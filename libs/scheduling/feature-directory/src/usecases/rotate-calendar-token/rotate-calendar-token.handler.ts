import { Injectable } from '@nestjs/common';
import type { Identity } from '@passerelle/shared/auth';
import { DirectoryRepository } from '@passerelle/scheduling/data-access';
import { newCalendarToken, requireManagedCoach } from '../../directory-scope';
import type { RotateCalendarTokenCommand } from './rotate-calendar-token.command';

/** A new secret address for the feed; the previous one answers 404 from now on. */
@Injectable()
export class RotateCalendarTokenHandler {
  constructor(private readonly directory: DirectoryRepository) {}

  async execute(identity: Identity, command: RotateCalendarTokenCommand): Promise<string> {
    await requireManagedCoach(this.directory, identity, command.coachId);
    const token = newCalendarToken();
    await this.directory.updateCoach(command.coachId, { calendarToken: token });
    return token;
  }
}
