import { z } from 'zod';

export const resolveCvCommentCommandSchema = z.object({
  commentId: z.uuid('commentId must be a comment id'),
});

/** The person (or their coach) marks a comment as dealt with. */
export type ResolveCvCommentCommand = z.infer<typeof resolveCvCommentCommandSchema>;
