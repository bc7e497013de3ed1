import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/** What a person consents to: the privacy notice, and (separately) reminders by text message. */
export const CONSENT_PURPOSES = ['privacy_notice', 'sms_reminders'] as const;

/**
 * A person gave or withdrew a consent in intake. Never the mobile number itself: the notifier asks
 * intake for it when it writes a text (decision 0018). The latest `recordedAt` is in force.
 */
export const consentRecordedV1 = defineEvent({
  type: 'ConsentRecorded',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    purpose: z.enum(CONSENT_PURPOSES),
    granted: z.boolean(),
    noticeVersion: z.string().min(1),
    recordedAt: instantSchema,
  }),
});
