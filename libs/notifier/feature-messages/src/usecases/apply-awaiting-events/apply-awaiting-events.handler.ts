import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AwaitingAccountRepository, type KeptEvent } from '@passerelle/notifier/data-access';
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

  /**
   * `execute` without `before` for a Kafka batch's people whose account exists (decision 0055):
   * their locks (id order), `account_seen` and kept events in one statement each, then each
   * person's kept events in their order, people in the order given.
   */
  async executeForAccounts(
    manager: EntityManager,
    candidateIds: readonly string[],
    now: Date,
  ): Promise<number> {
    const people = [...new Set(candidateIds)];
    await this.awaiting.lockMany(manager, people);
    await this.awaiting.markSeenMany(manager, people, now);
    const kept = new Map<string, KeptEvent[]>();
    for (const event of await this.awaiting.takeMany(manager, people)) {
      kept.set(event.candidateId, [...(kept.get(event.candidateId) ?? []), event]);
    }
    let written = 0;
    for (const [candidateId, theirs] of [...kept].sort(([a], [b]) => people.indexOf(a) - people.indexOf(b))) {
      for (const { event } of theirs) {
        written += await this.sessionChange.execute(
          manager,
          notifySessionChangeOf(event as SessionChangeEvent),
          now,
        );
      }
      this.logger.log(`awaiting account: ${theirs.length} kept event(s) of candidate ${candidateId} applied`);
    }
    return written;
  }
}
