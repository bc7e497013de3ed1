import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

export const pathwayCompletedV1 = defineEvent({
  type: 'PathwayCompleted',
  version: 1,
  topic: 'passerelle.pathway.pathway',
  producer: 'pathway',
  schema: z.object({ pathwayId: z.uuid(), candidateId: z.uuid(), completedAt: instantSchema }),
});
