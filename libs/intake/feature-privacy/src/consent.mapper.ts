import { createEvent } from '@passerelle/shared/messaging';
import type { ConsentEntity } from '@passerelle/intake/data-access';

/** Every consent recorded is announced, without the number: the notifier honours it (issue 13). */
export const consentRecorded = (consent: ConsentEntity) =>
  createEvent('ConsentRecorded.v1', consent.candidateId, {
    candidateId: consent.candidateId,
    purpose: consent.purpose,
    granted: consent.granted,
    noticeVersion: consent.noticeVersion,
    recordedAt: consent.recordedAt.toISOString(),
  });
