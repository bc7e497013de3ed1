import { z } from 'zod';
import { SESSION_KINDS } from '@passerelle/shared/contracts';
import { graphQLEnumInput, NOTE_LANGUAGES, SESSION_NOTE_TYPES } from '@passerelle/scheduling/domain';

/** The headings to start a note or a summary from: a kind of session, the type, fr or en. */
export const findNoteTemplateQuerySchema = z.object({
  kind: graphQLEnumInput(SESSION_KINDS),
  type: graphQLEnumInput(SESSION_NOTE_TYPES),
  language: z.enum(NOTE_LANGUAGES, 'language must be fr or en'),
});

export type FindNoteTemplateQuery = z.infer<typeof findNoteTemplateQuerySchema>;
