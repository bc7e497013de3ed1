import { z } from 'zod';
import { defineEvent } from '../event-definition';

/** A person asked to be forgotten (GDPR): every service removes what it holds about them. */
export const candidateErasedV1 = defineEvent({
  type: 'CandidateErased',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    erasedAt: z.iso.datetime({ offset: true }),
  }),
});
