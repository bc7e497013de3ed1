import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, isoDateSchema, romeCodeSchema } from '../vocabulary';

/**
 * A job offer entered Passerelle (GraphQL, CLI or an offer feed) or changed. Keyed by the offer id
 * on the offer topic; matching re-ranks only the people it affects.
 */
export const jobOfferPublishedV1 = defineEvent({
  type: 'JobOfferPublished',
  version: 1,
  topic: 'passerelle.matching.offer',
  producer: 'matching',
  schema: z.object({
    offerId: z.uuid(),
    occupationCode: romeCodeSchema,
    title: z.string().min(1),
    communeCode: z.string().regex(/^(\d[\dAB]\d{3})$/, 'an INSEE commune code such as 69123'),
    contractType: z.enum(['permanent', 'fixed_term', 'temporary', 'apprenticeship', 'freelance']),
    skillCodes: z.array(z.string().min(1)),
    publishedOn: isoDateSchema,
    expiresOn: isoDateSchema.nullable(),
    publishedAt: instantSchema,
  }),
});
