import { z } from 'zod';

export const recordDebriefCommandSchema = z.object({
  assessmentId: z.uuid('assessmentId must be an assessment id'),
  notes: z.string().trim().min(1, 'notes: write what was discussed').max(20_000),
});
export type RecordDebriefCommand = z.infer<typeof recordDebriefCommandSchema>;
