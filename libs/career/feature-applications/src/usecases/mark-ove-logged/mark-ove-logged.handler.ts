import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { ApplicationRepository, type ApplicationWithSteps } from '@passerelle/career/data-access';
import { ApplicationError, ApplicationErrorCode } from '../../applications.error';
import { ApplicationAccess } from '../application-access';
import type { MarkOveLoggedCommand } from './mark-ove-logged.command';

/**
 * The coach logged the answered offer in intake's OVE register: the flag clears. Marking it again
 * changes nothing (the first time is kept).
 */
@Injectable()
export class MarkOveLoggedHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationRepository,
    private readonly reach: ApplicationAccess,
    private readonly clock: Clock,
  ) {}

  execute(identity: Identity, command: MarkOveLoggedCommand): Promise<ApplicationWithSteps> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      // Only coaches reach here (@Roles): the lock's access check leaves the person's own coach.
      const { application, steps } = await this.reach.lock(manager, identity, command.applicationId);
      if (application.oveDecision === null)
        throw new ApplicationError(
          ApplicationErrorCode.NoOveToLog,
          'this application has no answered offer to log as an OVE',
          { field: 'applicationId' },
        );
      if (application.oveLoggedAt !== null) return { application, steps };
      const updated = { ...application, oveLoggedAt: now, updatedAt: now };
      await this.applications.save(manager, updated);
      return { application: updated, steps };
    });
  }
}
