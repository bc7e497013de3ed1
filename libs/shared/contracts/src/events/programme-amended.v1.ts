import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { programmeTermsSchema } from './programme-contracted.v1';

/**
 * Ops changed a programme's terms, or closed it (status `closed`); the payload is the whole new set
 * of terms, not a diff.
 */
export const programmeAmendedV1 = defineEvent({
  type: 'ProgrammeAmended',
  version: 1,
  topic: 'passerelle.intake.programme',
  producer: 'intake',
  schema: programmeTermsSchema.extend({
    status: z.enum(['contracted', 'closed']),
    amendedAt: instantSchema,
  }),
});
