import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  atRiskDigestLines,
  atRiskDigestMessage,
  digestDue,
  jobLeadLines,
  jobLeadsDigestMessage,
} from '@passerelle/notifier/domain';
import { DigestRepository } from '@passerelle/notifier/data-access';
import { MessageQueue } from '../../message-queue';
import { RecipientDirectory } from '../../recipient-directory';

const DAY_MS = 86_400_000;
const BATCH = 100;

/**
 * The daily digests: job leads to each person, at-risk people to each coach. Each recipient's
 * digest is written in a transaction of its own, under the lock of what it takes, and only if the
 * last one is a day old (notifier/domain's digest schedule), so replicas and restarts double nothing.
 */
@Injectable()
export class SendDigestsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly digests: DigestRepository,
    private readonly directory: RecipientDirectory,
    private readonly queue: MessageQueue,
  ) {}

  /** Writes every digest due at `now`; returns how many messages it queued. */
  async execute(now: Date): Promise<number> {
    const since = new Date(now.getTime() - DAY_MS);
    let queued = 0;
    for (const candidateId of await this.digests.candidatesWithLeadsDue(since, BATCH)) {
      queued += await this.jobLeads(candidateId, now);
    }
    for (const coachId of await this.digests.coachesWithAtRiskDue(since, BATCH)) {
      queued += await this.atRisk(coachId, now);
    }
    return queued;
  }

  private jobLeads(candidateId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const leads = jobLeadLines(await this.digests.pendingLeads(manager, candidateId));
      if (
        leads.length === 0 ||
        !digestDue(await this.digests.lastSent(manager, 'job_leads', candidateId), now)
      ) {
        return 0;
      }
      const recipient = await this.directory.byCandidate(candidateId);
      const written = await this.queue.write(
        manager,
        [
          {
            kind: 'job_leads_digest',
            sourceId: `job-leads:${now.toISOString()}`,
            candidateId,
            recipient,
            lookedUp: `candidate:${candidateId}`,
            render: (context) => jobLeadsDigestMessage(context, { count: leads.length }),
          },
        ],
        now,
      );
      await this.digests.markLeadsNotified(manager, candidateId, now);
      await this.digests.recordSent(manager, 'job_leads', candidateId, now);
      return written;
    });
  }

  private atRisk(coachId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      if (!digestDue(await this.digests.lastSent(manager, 'at_risk', coachId), now)) return 0;
      const lines = atRiskDigestLines(await this.digests.takeAtRisk(manager, coachId));
      if (lines.length === 0) return 0;
      const recipient = await this.directory.byCoach(coachId);
      const written = await this.queue.write(
        manager,
        [
          {
            kind: 'at_risk_digest',
            sourceId: `at-risk:${now.toISOString()}`,
            candidateId: null,
            recipient,
            lookedUp: `coach:${coachId}`,
            render: (context) => atRiskDigestMessage(context, lines),
          },
        ],
        now,
      );
      await this.digests.recordSent(manager, 'at_risk', coachId, now);
      return written;
    });
  }
}
