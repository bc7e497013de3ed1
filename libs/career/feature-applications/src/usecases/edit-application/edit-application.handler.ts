import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { ApplicationRepository, type ApplicationWithSteps } from '@passerelle/career/data-access';
import { applicationNotes, followUpDelay, followUpDueOn } from '@passerelle/career/domain';
import { applicationRefused } from '../../applications.error';
import { ApplicationAccess } from '../application-access';
import type { EditApplicationCommand } from './edit-application.command';

/**
 * The notes and the follow-up delay change; a new delay moves the due date (a reminder already
 * sent for the old date does not stop one for the new date).
 */
@Injectable()
export class EditApplicationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationRepository,
    private readonly reach: ApplicationAccess,
    private readonly clock: Clock,
  ) {}

  execute(identity: Identity, command: EditApplicationCommand): Promise<ApplicationWithSteps> {
    const notes = applicationNotes(command.notes);
    if (!notes.ok) throw applicationRefused(notes.refusal);
    const days = followUpDelay(command.followUpDays);
    if (!days.ok) throw applicationRefused(days.refusal);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const { application, steps } = await this.reach.lock(manager, identity, command.applicationId);
      const updated = {
        ...application,
        notes: notes.value,
        followUpDays: days.value,
        followUpDueOn: followUpDueOn(application.status, application.sentOn, days.value),
        updatedAt: now,
      };
      await this.applications.save(manager, updated);
      return { application: updated, steps };
    });
  }
}
