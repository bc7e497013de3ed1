import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  NO_CONSENT_RECORDED,
  NO_PREFERENCES,
  type MessageKind,
  type NotificationPreferences,
  type RecipientConsent,
} from '@passerelle/notifier/domain';

/** What decides how messages reach their recipients: their choices, and the consents intake announced. */
export interface RecipientChoices {
  preferences: Map<string, NotificationPreferences>;
  consents: Map<string, RecipientConsent>;
}

/**
 * Reads a batch's recipients' choices (by account) and consents (by person) in one round trip:
 * every message written pays for it, so it is one query, not two.
 */
@Injectable()
export class RecipientChoicesRepository {
  async of(
    manager: EntityManager,
    accountIds: readonly string[],
    candidateIds: readonly string[],
  ): Promise<RecipientChoices> {
    if (accountIds.length === 0) return { preferences: new Map(), consents: new Map() };
    const [row]: {
      preferences: {
        account_id: string;
        muted_email: MessageKind[];
        muted_in_app: MessageKind[];
        quiet_start: string | null;
        quiet_end: string | null;
      }[];
      consents: { candidate_id: string; purpose: string; granted: boolean }[];
    }[] = await manager.query(
      `SELECT
         COALESCE((SELECT json_agg(json_build_object('account_id', account_id, 'muted_email', muted_email,
           'muted_in_app', muted_in_app, 'quiet_start', quiet_start, 'quiet_end', quiet_end))
           FROM notification_preference WHERE account_id = ANY($1::uuid[])), '[]') AS preferences,
         COALESCE((SELECT json_agg(json_build_object('candidate_id', candidate_id, 'purpose', purpose,
           'granted', granted))
           FROM recipient_consent WHERE candidate_id = ANY($2::uuid[])), '[]') AS consents`,
      [[...new Set(accountIds)], [...new Set(candidateIds)]],
    );
    const preferences = new Map<string, NotificationPreferences>();
    for (const p of row?.preferences ?? []) {
      preferences.set(p.account_id, {
        ...NO_PREFERENCES,
        mutedEmail: p.muted_email,
        mutedInApp: p.muted_in_app,
        quietHours: p.quiet_start && p.quiet_end ? { start: p.quiet_start, end: p.quiet_end } : null,
      });
    }
    const consents = new Map<string, RecipientConsent>();
    for (const c of row?.consents ?? []) {
      const consent = consents.get(c.candidate_id) ?? { ...NO_CONSENT_RECORDED };
      if (c.purpose === 'privacy_notice') consent.privacyNotice = c.granted;
      if (c.purpose === 'sms_reminders') consent.smsReminders = c.granted;
      consents.set(c.candidate_id, consent);
    }
    return { preferences, consents };
  }
}
