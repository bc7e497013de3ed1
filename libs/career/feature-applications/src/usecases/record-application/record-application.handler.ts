import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  ApplicationRepository,
  CareerAccessRepository,
  type ApplicationWithSteps,
} from '@passerelle/career/data-access';
import { followUpDueOn, parisDay, recordedApplication } from '@passerelle/career/domain';
import { applicationRefused, outOfScope } from '../../applications.error';
import type { RecordApplicationCommand } from './record-application.command';

/**
 * The person, or their coach, records an application sent: kept with its first step (`sent`, on the
 * day sent) and its follow-up due date, and announced (ApplicationRecorded: ids, codes, dates; never
 * the company, the title or the notes) in the same transaction, for pathway's counts.
 */
@Injectable()
export class RecordApplicationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CareerAccessRepository,
    private readonly applications: ApplicationRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: RecordApplicationCommand): Promise<ApplicationWithSteps> {
    const access = await this.access.accessTo(identity, command.candidateId);
    if (!access) throw outOfScope();
    const now = this.clock.now();
    const checked = recordedApplication(command, parisDay(now));
    if (!checked.ok) throw applicationRefused(checked.refusal);
    const fields = checked.value;
    const application = {
      id: randomUUID(),
      candidateId: command.candidateId,
      programmeId: access.scope.programmeId,
      ...fields,
      status: 'sent' as const,
      statusChangedOn: fields.sentOn,
      followUpDueOn: followUpDueOn('sent', fields.sentOn, fields.followUpDays),
      followUpSentFor: null,
      oveOfferedOn: null,
      oveDecision: null,
      oveDecidedOn: null,
      oveLoggedAt: null,
      recordedBy: identity.subject,
      recordedAt: now,
      updatedAt: now,
    };
    const first = {
      applicationId: application.id,
      position: 1,
      status: 'sent' as const,
      changedOn: fields.sentOn,
      recordedBy: identity.subject,
      recordedAt: now,
    };
    await this.dataSource.transaction(async (manager) => {
      await this.applications.insert(manager, application, first);
      await this.outbox.emit(manager, 'ApplicationRecorded.v1', application.id, {
        applicationId: application.id,
        candidateId: application.candidateId,
        programmeId: application.programmeId,
        sentOn: application.sentOn,
        channel: application.channel,
        occupationCode: application.occupationCode,
        fromSuggestion: application.offerId !== null,
      });
    });
    return { application, steps: [first] };
  }
}
