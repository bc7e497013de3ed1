import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AwaitingAccountRepository } from '@passerelle/notifier/data-access';
import {
  notifySessionChangeOf,
  type SessionChangeEvent,
} from '../notify-session-change/notify-session-change.command';
import { NotifySessionChangeHandler } from '../notify-session-change/notify-session-change.handler';
import type { ApplyAwaitingEventsCommand } from './apply-awaiting-events.command';

/**
 * A person's kept events (decision 0052), applied in their order through the handler they came
 * for (same dedupe keys: applied twice, they send nothing twice), then deleted, under the person's
 * lock and in the caller's transaction. With no `before`, the person's account exists (their
 * invitation was handled): that is recorded, so their later events are no longer kept. With
 * `before`, the wait is over: the directory is asked again, and a miss is recorded as skipped.
 */
@Injectable()
export class ApplyAwaitingEventsHandler {
  private readonly logger = new Logger(ApplyAwaitingEventsHandler.name);

  constructor(
    private readonly awaiting: AwaitingAccountRepository,
    private readonly sessionChange: NotifySessionChangeHandler,
  ) {}

  async execute(manager: EntityManager, command: ApplyAwaitingEventsCommand, now: Date): Promise<number> {
    await this.awaiting.lock(manager, command.candidateId);
    if (!command.before) await this.awaiting.markSeen(manager, command.candidateId, now);
    const kept = await this.awaiting.take(manager, command.candidateId, command.before);
    let written = 0;
    for (const { event } of kept) {
      written += await this.sessionChange.execute(
        manager,
        notifySessionChangeOf(event as SessionChangeEvent),
        now,
      );
    }
    if (kept.length > 0) {
      this.logger.log(
        `awaiting account: ${kept.length} kept event(s) of candidate ${command.candidateId} applied` +
          (command.before ? ' (wait over)' : ''),
      );
    }
    return written;
  }
}
