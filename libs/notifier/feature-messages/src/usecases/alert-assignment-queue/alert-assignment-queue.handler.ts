import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { assignmentQueueAlertMessage, queueAlerts } from '@passerelle/notifier/domain';
import { AssignmentQueueRepository } from '@passerelle/notifier/data-access';
import { MessageQueue, type Delivery } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';

const DAY_MS = 86_400_000;
const BATCH = 1000;

/**
 * Ops of an office hear once about each person of their office waiting for a coach longer than
 * NOTIFIER_QUEUE_ALERT_DAYS: one message per office and run, counting them (no names by mail).
 */
@Injectable()
export class AlertAssignmentQueueHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueRepository: AssignmentQueueRepository,
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(now: Date): Promise<number> {
    const thresholdDays = this.config.NOTIFIER_QUEUE_ALERT_DAYS;
    const waiting = await this.queueRepository.waitingUnannounced(
      new Date(now.getTime() - thresholdDays * DAY_MS),
      BATCH,
    );
    const alerts = queueAlerts(waiting, now, thresholdDays);
    if (alerts.length === 0) return 0;
    const deliveries: Delivery[] = [];
    for (const alert of alerts) {
      for (const recipient of await this.directory.opsOfOffice(alert.officeId)) {
        deliveries.push({
          kind: 'assignment_queue_alert',
          sourceId: `queue:${alert.officeId}:${now.toISOString()}`,
          candidateId: null,
          recipient,
          lookedUp: `ops:${alert.officeId}`,
          render: (context) =>
            assignmentQueueAlertMessage(context, {
              waiting: alert.candidateIds.length,
              longestWaitDays: alert.longestWaitDays,
              thresholdDays,
            }),
        });
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const written = await this.queue.write(manager, deliveries, now);
      await this.queueRepository.markAnnounced(
        manager,
        waiting.map((person) => person.candidateId),
        now,
      );
      return written;
    });
  }
}
