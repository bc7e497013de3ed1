import { z } from 'zod';
import { defineEvent } from '../event-definition';

/**
 * A person asked to be forgotten (GDPR): every service removes what it holds about them.
 *
 * The contract every consumer honours: in the inbox transaction of this event, delete (or
 * anonymise beyond recovery) every row keyed by `candidateId`, idempotently; keep at most the
 * fact of the erasure (the id and the time), so that a later event about the person (a late
 * assignment, a replayed dead letter) does not bring their data back. Intake has already deleted
 * the person's identity when this event is published, and publishes nothing more about them.
 */
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
