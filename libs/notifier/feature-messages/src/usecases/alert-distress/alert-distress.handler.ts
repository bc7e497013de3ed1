import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { distressAlertMessage, type Recipient } from '@passerelle/notifier/domain';
import { MessageQueue, type Delivery } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';
import type { AlertDistressCommand } from './alert-distress.command';

/**
 * At once, to the person's coach. A diagnosis usually comes before a coach is assigned: then the
 * ops of the person's offices hear of it instead, so a distress signal never reaches nobody.
 */
@Injectable()
export class AlertDistressHandler {
  constructor(
    private readonly directory: RecipientDirectory,
    private readonly scopes: CandidateScopeRepository,
    private readonly queue: MessageQueue,
  ) {}

  async execute(manager: EntityManager, command: AlertDistressCommand, now: Date): Promise<number> {
    const scope = await this.scopes.find(command.candidateId);
    const coachId = scope?.coachId ?? null;
    const coach = coachId ? await this.directory.byCoach(coachId) : null;
    let recipients: (Recipient | null)[];
    let lookedUp: string;
    if (coach) {
      recipients = [coach];
      lookedUp = `coach:${coachId}`;
    } else {
      const ops = new Map<string, Recipient>();
      for (const officeId of scope?.officeIds ?? []) {
        for (const person of await this.directory.opsOfOffice(officeId)) ops.set(person.accountId, person);
      }
      recipients = ops.size > 0 ? [...ops.values()] : [null];
      lookedUp = `ops-of:${command.candidateId}`;
    }
    const deliveries: Delivery[] = recipients.map((recipient) => ({
      kind: 'distress_alert',
      sourceId: command.eventId,
      candidateId: command.candidateId,
      recipient,
      lookedUp,
      // Nobody to tell (no coach, no ops of the person's offices): recorded so it can be seen.
      skip: recipient ? undefined : ('no_recipient' as const),
      render: (context) => distressAlertMessage(context, { candidateId: command.candidateId }),
    }));
    return this.queue.write(manager, deliveries, now);
  }
}
