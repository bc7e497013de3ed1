import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecipientConsentEntity } from '../entities/recipient-consent.entity';

/** The consents intake announced, per person and purpose: the latest recorded wins (read with the choices). */
@Injectable()
export class RecipientConsentRepository {
  /** Keeps the consent unless a later one is already held (events of one person arrive in order; a replay may not). */
  async record(manager: EntityManager, consent: RecipientConsentEntity): Promise<void> {
    await manager.query(
      `INSERT INTO recipient_consent (candidate_id, purpose, granted, recorded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (candidate_id, purpose) DO UPDATE SET granted = EXCLUDED.granted, recorded_at = EXCLUDED.recorded_at
       WHERE recipient_consent.recorded_at <= EXCLUDED.recorded_at`,
      [consent.candidateId, consent.purpose, consent.granted, consent.recordedAt],
    );
  }

  async erase(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM recipient_consent WHERE candidate_id = $1`, [candidateId]);
  }
}
