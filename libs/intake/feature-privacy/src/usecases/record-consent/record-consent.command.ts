import { z } from 'zod';

export const recordConsentCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  noticeVersion: z.string().trim().min(1, 'noticeVersion is required').max(50),
  granted: z.boolean(),
});

export type RecordConsentCommand = z.infer<typeof recordConsentCommandSchema>;
