import { z } from 'zod';
import { CV_SECTIONS, type CvSection } from '@passerelle/career/domain';
import { graphQLEnumInput } from '../graphql-enum';

export const commentCvLineCommandSchema = z.object({
  versionId: z.uuid('versionId must be a CV version id'),
  section: graphQLEnumInput(CV_SECTIONS),
  line: z.number('line is required').int('line is a whole number'),
  text: z.string('text is required').trim(),
});

/** The coach comments on one line of a version. */
export interface CommentCvLineCommand {
  versionId: string;
  section: CvSection;
  line: number;
  text: string;
}
