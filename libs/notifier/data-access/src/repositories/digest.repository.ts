import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Urgency } from '@passerelle/notifier/domain';
import { AtRiskItemEntity } from '../entities/at-risk-item.entity';
import { DigestSentEntity, type DigestKind } from '../entities/digest-sent.entity';
import { JobLeadEntity } from '../entities/job-lead.entity';

/** What waits for a digest (job leads, at-risk alerts) and when each person last received one. */
@Injectable()
export class DigestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Offers matched to a person; one already known keeps its place (an offer is announced once). */
  async addJobLeads(
    manager: EntityManager,
    candidateId: string,
    offers: readonly { offerId: string; rank: number }[],
    matchedAt: Date,
  ): Promise<void> {
    if (offers.length === 0) return;
    await manager.query(
      `INSERT INTO job_lead (candidate_id, offer_id, rank, matched_at)
       SELECT $1, o.offer_id, o.rank, $4 FROM unnest($2::uuid[], $3::int[]) AS o(offer_id, rank)
       ON CONFLICT (candidate_id, offer_id) DO UPDATE SET rank = EXCLUDED.rank WHERE job_lead.notified_at IS NULL`,
      [candidateId, offers.map((o) => o.offerId), offers.map((o) => o.rank), matchedAt],
    );
  }

  /** People with leads not yet in a digest whose last job-leads digest is older than `sentBefore`. */
  async candidatesWithLeadsDue(sentBefore: Date, limit: number): Promise<string[]> {
    const rows: { candidate_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT l.candidate_id FROM job_lead l
       LEFT JOIN digest_sent d ON d.kind = 'job_leads' AND d.recipient_ref = l.candidate_id
       WHERE l.notified_at IS NULL AND (d.last_sent_at IS NULL OR d.last_sent_at <= $1)
       ORDER BY l.candidate_id LIMIT $2`,
      [sentBefore, limit],
    );
    return rows.map((row) => row.candidate_id);
  }

  pendingLeads(manager: EntityManager, candidateId: string): Promise<JobLeadEntity[]> {
    return manager
      .getRepository(JobLeadEntity)
      .createQueryBuilder('l')
      .where('l.candidateId = :candidateId AND l.notifiedAt IS NULL', { candidateId })
      .setLock('pessimistic_write')
      .getMany();
  }

  async markLeadsNotified(manager: EntityManager, candidateId: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE job_lead SET notified_at = $2 WHERE candidate_id = $1 AND notified_at IS NULL`,
      [candidateId, now],
    );
  }

  async addAtRisk(
    manager: EntityManager,
    item: {
      eventId: string;
      candidateId: string;
      coachId: string;
      urgency: Urgency;
      reasons: string[];
      detectedAt: Date;
    },
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(AtRiskItemEntity).values(item).orIgnore().execute();
  }

  async coachesWithAtRiskDue(sentBefore: Date, limit: number): Promise<string[]> {
    const rows: { coach_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT i.coach_id FROM at_risk_item i
       LEFT JOIN digest_sent d ON d.kind = 'at_risk' AND d.recipient_ref = i.coach_id
       WHERE d.last_sent_at IS NULL OR d.last_sent_at <= $1
       ORDER BY i.coach_id LIMIT $2`,
      [sentBefore, limit],
    );
    return rows.map((row) => row.coach_id);
  }

  /** The coach's waiting items, taken (deleted) in the caller's transaction. */
  async takeAtRisk(manager: EntityManager, coachId: string): Promise<AtRiskItemEntity[]> {
    // A DELETE through TypeORM answers [rows, affected].
    const [rows]: [
      {
        event_id: string;
        candidate_id: string;
        coach_id: string;
        urgency: Urgency;
        reasons: string[];
        detected_at: Date;
      }[],
      number,
    ] = await manager.query(
      `DELETE FROM at_risk_item WHERE coach_id = $1
       RETURNING event_id, candidate_id, coach_id, urgency, reasons, detected_at`,
      [coachId],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      candidateId: row.candidate_id,
      coachId: row.coach_id,
      urgency: row.urgency,
      reasons: row.reasons,
      detectedAt: row.detected_at,
    }));
  }

  async lastSent(manager: EntityManager, kind: DigestKind, recipientRef: string): Promise<Date | null> {
    const row = await manager.getRepository(DigestSentEntity).findOneBy({ kind, recipientRef });
    return row?.lastSentAt ?? null;
  }

  async recordSent(manager: EntityManager, kind: DigestKind, recipientRef: string, now: Date): Promise<void> {
    await manager.upsert(DigestSentEntity, { kind, recipientRef, lastSentAt: now }, ['kind', 'recipientRef']);
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(JobLeadEntity, { candidateId });
    await manager.delete(AtRiskItemEntity, { candidateId });
    await manager.delete(DigestSentEntity, { kind: 'job_leads', recipientRef: candidateId });
  }
}
