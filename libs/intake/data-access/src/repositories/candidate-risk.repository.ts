import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RiskUrgency } from '../entities/candidate-risk.entity';

/** Pathway's risk flags as intake keeps them: the latest word wins, by when pathway decided it. */
@Injectable()
export class CandidateRiskRepository {
  async raise(
    manager: EntityManager,
    candidateId: string,
    urgency: RiskUrgency,
    detectedAt: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_risk (candidate_id, urgency, detected_at) VALUES ($1, $2, $3)
       ON CONFLICT (candidate_id) DO UPDATE SET urgency = EXCLUDED.urgency, detected_at = EXCLUDED.detected_at
       WHERE candidate_risk.detected_at <= EXCLUDED.detected_at`,
      [candidateId, urgency, detectedAt],
    );
  }

  /** Over: forgotten, unless a newer flag came meanwhile (a replay arriving late). */
  async clear(manager: EntityManager, candidateId: string, clearedAt: Date): Promise<void> {
    await manager.query(`DELETE FROM candidate_risk WHERE candidate_id = $1 AND detected_at <= $2`, [
      candidateId,
      clearedAt,
    ]);
  }
}
