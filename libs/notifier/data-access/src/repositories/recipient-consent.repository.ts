import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NO_CONSENT_RECORDED, type RecipientConsent } from '@passerelle/notifier/domain';
import type { RecipientConsentEntity } from '../entities/recipient-consent.entity';

/** The consents intake announced, per person and purpose: the latest recorded wins. */
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

  async forCandidates(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, RecipientConsent>> {
    if (candidateIds.length === 0) return new Map();
    const rows: { candidate_id: string; purpose: string; granted: boolean }[] = await manager.query(
      `SELECT candidate_id, purpose, granted FROM recipient_consent WHERE candidate_id = ANY($1::uuid[])`,
      [[...new Set(candidateIds)]],
    );
    const consents = new Map<string, RecipientConsent>();
    for (const row of rows) {
      const consent = consents.get(row.candidate_id) ?? { ...NO_CONSENT_RECORDED };
      if (row.purpose === 'privacy_notice') consent.privacyNotice = row.granted;
      if (row.purpose === 'sms_reminders') consent.smsReminders = row.granted;
      consents.set(row.candidate_id, consent);
    }
    return consents;
  }

  async erase(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM recipient_consent WHERE candidate_id = $1`, [candidateId]);
  }
}
