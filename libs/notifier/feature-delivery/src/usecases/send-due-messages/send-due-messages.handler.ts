import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { afterFailedSend, type DeliveryPolicy } from '@passerelle/notifier/domain';
import {
  OutgoingMessageRepository,
  type DeliveryFailure,
  type OutgoingMessageEntity,
} from '@passerelle/notifier/data-access';
import { mailCourier, smsCourier, type Courier } from '../../couriers';
import { MailTransport } from '../../mail-transport';
import { SmsProvider } from '../../sms-provider';

const SIX_HOURS_MS = 6 * 3_600_000;

export interface SendReport {
  claimed: number;
  sent: number;
  retrying: number;
  parked: number;
}

/**
 * Sends one batch of due messages per channel (emails over the pooled SMTP transport, texts
 * through the SMS provider when one is configured), all at once, and records each outcome in the
 * transaction that claimed them: sent (content cleared), retried later with back-off, or parked
 * for ops (notifier/domain's delivery policy). A crash before the commit leaves the batch
 * pending, so it is sent again: neither SMTP nor an SMS API offers more than at-least-once, and
 * the resent message keeps its id.
 */
@Injectable()
export class SendDueMessagesHandler {
  private readonly policy: DeliveryPolicy;
  private readonly batchSize: number;
  private readonly couriers: Courier[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: OutgoingMessageRepository,
    transport: MailTransport,
    @Optional() @Inject(SmsProvider) sms: SmsProvider | null,
    @Inject(SERVICE_CONFIG) config: NotifierConfig,
  ) {
    this.policy = {
      maxAttempts: config.NOTIFIER_SEND_MAX_ATTEMPTS,
      retryBaseMs: config.NOTIFIER_SEND_RETRY_BASE_MS,
      retryCapMs: SIX_HOURS_MS,
    };
    this.batchSize = config.NOTIFIER_SEND_BATCH;
    this.couriers = [mailCourier(transport), ...(sms ? [smsCourier(sms)] : [])];
  }

  get batch(): number {
    return this.batchSize;
  }

  /** One batch per channel; `claimed` is the largest, so a full batch of any channel loops at once. */
  async execute(now: Date): Promise<SendReport> {
    const reports: SendReport[] = [];
    for (const courier of this.couriers) reports.push(await this.sendBatch(courier, now));
    return {
      claimed: Math.max(...reports.map((report) => report.claimed)),
      sent: sum(reports, 'sent'),
      retrying: sum(reports, 'retrying'),
      parked: sum(reports, 'parked'),
    };
  }

  private sendBatch(courier: Courier, now: Date): Promise<SendReport> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.messages.claimDue(manager, now, this.batchSize, courier.channel);
      const outcomes = await this.sendInOrderPerRecipient(courier, due);
      const sent: string[] = [];
      const failures: DeliveryFailure[] = [];
      due.forEach((message) => {
        const outcome = outcomes.get(message.id) ?? { status: 'rejected', reason: new Error('not sent') };
        if (outcome.status === 'fulfilled') {
          sent.push(message.id);
          return;
        }
        const error: unknown = outcome.reason;
        const decision = afterFailedSend(
          message.attempts + 1,
          {
            permanent: courier.isPermanent(error),
            reason: String((error as { message?: string }).message ?? error),
          },
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
   * booking before its move), while different recipients' travel at once.
   */
  private async sendInOrderPerRecipient(
    courier: Courier,
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
            await courier.send(message);
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

function sum(reports: readonly SendReport[], key: keyof SendReport): number {
  return reports.reduce((total, report) => total + report[key], 0);
}
