import { z } from 'zod';

export const assignAssessmentCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  instrumentCode: z.string().trim().min(1, 'instrumentCode is required'),
  targetOccupationCodes: z
    .array(z.string().regex(/^[A-N]\d{4}$/, 'targetOccupationCodes must be ROME codes such as M1805'))
    .max(5, 'at most five target occupations')
    .nullish()
    .transform((codes) => [...new Set(codes ?? [])]),
});
export type AssignAssessmentCommand = z.infer<typeof assignAssessmentCommandSchema>;

/** A pathway milestone of kind `assessment` asked for this instrument. */
export interface AssignFromMilestoneCommand {
  candidateId: string;
  milestoneId: string;
  instrumentCode: string;
}
