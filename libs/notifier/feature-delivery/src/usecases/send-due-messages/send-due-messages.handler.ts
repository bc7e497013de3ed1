import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { afterFailedSend, isPermanentSmtpCode, type DeliveryPolicy } from '@passerelle/notifier/domain';
import {
  OutgoingMessageRepository,
  type DeliveryFailure,
  type OutgoingMessageEntity,
} from '@passerelle/notifier/data-access';
import { MailTransport, type TransportFailure } from '../../mail-transport';

const SIX_HOURS_MS = 6 * 3_600_000;

export interface SendReport {
  claimed: number;
  sent: number;
  retrying: number;
  parked: number;
}

/**
 * Sends one batch of due messages over the pooled transport, all at once, and records each
 * outcome in the transaction that claimed them: sent (content cleared), retried later with
 * back-off, or parked for ops (notifier/domain's delivery policy). A crash before the commit
 * leaves the batch pending, so it is sent again: SMTP offers no more than at-least-once, and the
 * resent message keeps its Message-ID.
 */
@Injectable()
export class SendDueMessagesHandler {
  private readonly policy: DeliveryPolicy;
  private readonly batchSize: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: OutgoingMessageRepository,
    private readonly transport: MailTransport,
    @Inject(SERVICE_CONFIG) config: NotifierConfig,
  ) {
    this.policy = {
      maxAttempts: config.NOTIFIER_SEND_MAX_ATTEMPTS,
      retryBaseMs: config.NOTIFIER_SEND_RETRY_BASE_MS,
      retryCapMs: SIX_HOURS_MS,
    };
    this.batchSize = config.NOTIFIER_SEND_BATCH;
  }

  get batch(): number {
    return this.batchSize;
  }

  async execute(now: Date): Promise<SendReport> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.messages.claimDue(manager, now, this.batchSize);
      const outcomes = await this.sendInOrderPerRecipient(due);
      const sent: string[] = [];
      const failures: DeliveryFailure[] = [];
      due.forEach((message) => {
        const outcome = outcomes.get(message.id) ?? { status: 'rejected', reason: new Error('not sent') };
        if (outcome.status === 'fulfilled') {
          sent.push(message.id);
          return;
        }
        const error = outcome.reason as TransportFailure;
        const decision = afterFailedSend(
          message.attempts + 1,
          { permanent: isPermanentSmtpCode(error.responseCode), reason: String(error.message ?? error) },
          this.policy,
          now,
        );
        failures.push({
          id: message.id,
          status: decision.status,
          attempts: decision.attempts,
          nextAttemptAt: decision.status === 'pending' ? decision.nextAttemptAt : null,
          lastError: decision.lastError,
        });
      });
      await this.messages.markSent(manager, sent, now);
      await this.messages.recordFailures(manager, failures, now);
      return {
        claimed: due.length,
        sent: sent.length,
        retrying: failures.filter((failure) => failure.status === 'pending').length,
        parked: failures.filter((failure) => failure.status === 'parked').length,
      };
    });
  }

  /**
   * Every recipient's messages travel one after the other, in the order they were written (a
   * booking before its move), while different recipients' travel at once over the pool.
   */
  private async sendInOrderPerRecipient(
    due: readonly OutgoingMessageEntity[],
  ): Promise<Map<string, PromiseSettledResult<void>>> {
    const byRecipient = new Map<string, OutgoingMessageEntity[]>();
    for (const message of due) {
      const key = message.toAddress ?? message.id;
      byRecipient.set(key, [...(byRecipient.get(key) ?? []), message]);
    }
    const outcomes = new Map<string, PromiseSettledResult<void>>();
    await Promise.all(
      [...byRecipient.values()].map(async (messages) => {
        for (const message of messages) {
          try {
            await this.transport.send({
              id: message.id,
              to: { address: message.toAddress ?? '', name: message.toName ?? '' },
              subject: message.subject ?? '',
              text: message.textBody ?? '',
              html: message.htmlBody ?? '',
              attachments: message.attachments ?? [],
              unsubscribeUrl: message.unsubscribeUrl,
            });
            outcomes.set(message.id, { status: 'fulfilled', value: undefined });
          } catch (reason) {
            outcomes.set(message.id, { status: 'rejected', reason });
          }
        }
      }),
    );
    return outcomes;
  }
}
