import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { projectVersionSchema } from './project-validated.v1';

/**
 * The coach validated a later version of a professional project (career): the targets, the verdict
 * or the training needed may have changed. Consumers replace what they took from `previousVersion`.
 */
export const projectChangedV1 = defineEvent({
  type: 'ProjectChanged',
  version: 1,
  topic: 'passerelle.career.project',
  producer: 'career',
  schema: projectVersionSchema.extend({
    previousVersion: z.number().int().positive(),
  }),
});
