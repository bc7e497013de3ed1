import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { AwaitingAccountRepository } from '@passerelle/notifier/data-access';
import { ApplyAwaitingEventsHandler } from '../apply-awaiting-events/apply-awaiting-events.handler';

const DAY_MS = 86_400_000;
const BATCH = 500;

/**
 * The periodic end of a wait (decision 0052): events kept longer than NOTIFIER_AWAIT_ACCOUNT_DAYS
 * are applied without waiting any more: sent if identity knows the person now, else recorded as
 * skipped `recipient_unknown`, so ops see them. One transaction per person.
 */
@Injectable()
export class ExpireAwaitingEventsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly awaiting: AwaitingAccountRepository,
    private readonly apply: ApplyAwaitingEventsHandler,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.NOTIFIER_AWAIT_ACCOUNT_DAYS * DAY_MS);
    const candidates = await this.awaiting.candidatesWaitingSince(this.dataSource.manager, before, BATCH);
    let written = 0;
    for (const candidateId of candidates) {
      written += await this.dataSource.transaction((manager) =>
        this.apply.execute(manager, { candidateId, before }, now),
      );
    }
    return written;
  }
}
