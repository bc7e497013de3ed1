import { z } from 'zod';

/** A part may be empty in a draft; the limit of 3,000 characters is the domain's (`ANSWER_TOO_LONG`). */
const part = (name: string) => z.string(`${name} is required (it may be empty in a draft)`).trim();

export const writePracticeAnswerCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a practice session id'),
  questionId: z.string().trim().min(1, 'questionId is required').max(40, 'questionId is a question id'),
  situation: part('situation'),
  task: part('task'),
  action: part('action'),
  result: part('result'),
});

/** The person saves a draft of their answer to a question of their session, or submits it. */
export type WritePracticeAnswerCommand = z.infer<typeof writePracticeAnswerCommandSchema> & {
  submit: boolean;
};
