import { z } from 'zod';

const answerInputSchema = z.object({
  questionId: z.string().min(1, 'questionId is required').max(100),
  choice: z.string().max(100).nullish(),
  choices: z.array(z.string().max(100)).max(50).nullish(),
  number: z.number().nullish(),
});

/** Answers given so far; saved as the person goes, merged with what they saved before. */
export const saveDiagnosticAnswersCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  answers: z.array(answerInputSchema).min(1, 'give at least one answer').max(100),
});

export type SaveDiagnosticAnswersCommand = z.infer<typeof saveDiagnosticAnswersCommandSchema>;
