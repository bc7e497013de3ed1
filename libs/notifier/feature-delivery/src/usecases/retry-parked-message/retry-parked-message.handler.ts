import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutgoingMessageRepository, type OutgoingMessageEntity } from '@passerelle/notifier/data-access';
import { DeliveryError, DeliveryErrorCode } from '../../delivery.error';
import type { RetryParkedMessageCommand } from './retry-parked-message.command';

/**
 * Back to pending, due now, its attempts counted afresh. A message of another office is not found
 * (ops of one office learn nothing of another's mail); one no longer parked is refused by name.
 */
@Injectable()
export class RetryParkedMessageHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: OutgoingMessageRepository,
  ) {}

  async execute(command: RetryParkedMessageCommand, now: Date): Promise<OutgoingMessageEntity> {
    const message = await this.messages.findById(command.id);
    const scope = command.officeIds;
    const visible =
      message !== null && (scope === null || message.officeIds.some((office) => scope.includes(office)));
    if (!message || !visible) {
      throw new DeliveryError(
        DeliveryErrorCode.MessageNotFound,
        'no parked message by that id in your offices',
      );
    }
    const retried = await this.dataSource.transaction((manager) =>
      this.messages.retryParked(manager, message.id, now),
    );
    if (!retried) {
      throw new DeliveryError(
        DeliveryErrorCode.MessageNotParked,
        `this message is ${message.status}, not parked: there is nothing to retry`,
      );
    }
    return { ...message, status: 'pending', attempts: 0, nextAttemptAt: now, parkedAt: null };
  }
}
