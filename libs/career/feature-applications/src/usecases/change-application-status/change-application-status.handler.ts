import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  ApplicationRepository,
  statusSteps,
  type ApplicationWithSteps,
} from '@passerelle/career/data-access';
import { followUpDueOn, oveToLog, parisDay, statusChange } from '@passerelle/career/domain';
import { applicationRefused } from '../../applications.error';
import { ApplicationAccess } from '../application-access';
import type { ChangeApplicationStatusCommand } from './change-application-status.command';

/**
 * The person, or their coach, records where an application stands now: the domain checks what may
 * follow and that the day does not go back; the step is kept, the follow-up stops once an answer
 * came, an answered offer is flagged for the coach to log as an OVE, and the change is announced
 * (ApplicationStatusChanged) in the same transaction.
 */
@Injectable()
export class ChangeApplicationStatusHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationRepository,
    private readonly reach: ApplicationAccess,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  execute(identity: Identity, command: ChangeApplicationStatusCommand): Promise<ApplicationWithSteps> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const { application, steps } = await this.reach.lock(manager, identity, command.applicationId);
      const history = statusSteps(steps);
      const change = statusChange(history, command.status, command.changedOn, parisDay(now));
      if (!change.ok) throw applicationRefused(change.refusal);
      const { status, changedOn } = change.value;
      const step = {
        applicationId: application.id,
        position: steps.length + 1,
        status,
        changedOn,
        recordedBy: identity.subject,
        recordedAt: now,
      };
      const ove = oveToLog([...history, change.value]);
      const updated = {
        ...application,
        status,
        statusChangedOn: changedOn,
        followUpDueOn: followUpDueOn(status, application.sentOn, application.followUpDays),
        ...(ove && {
          oveOfferedOn: ove.offeredOn,
          oveDecision: ove.decision,
          oveDecidedOn: ove.decidedOn,
          oveLoggedAt: null,
        }),
        updatedAt: now,
      };
      await this.applications.addStep(manager, updated, step);
      await this.outbox.emit(manager, 'ApplicationStatusChanged.v1', application.id, {
        applicationId: application.id,
        candidateId: application.candidateId,
        programmeId: application.programmeId,
        status,
        changedOn,
      });
      return { application: updated, steps: [...steps, step] };
    });
  }
}
