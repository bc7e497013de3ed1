import { z } from 'zod';
import { defineEvent } from '../event-definition';

/** A draft pathway exists for a newly enrolled person; the full plan follows the diagnostic. */
export const pathwayDraftedV1 = defineEvent({
  type: 'PathwayDrafted',
  version: 1,
  topic: 'passerelle.pathway.pathway',
  producer: 'pathway',
  schema: z.object({
    pathwayId: z.uuid(),
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    draftedAt: z.iso.datetime({ offset: true }),
  }),
});
