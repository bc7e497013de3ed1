import { z } from 'zod';
import { CV_LAYOUTS, type CvLayout } from '@passerelle/career/domain';

export const CV_FORMATS = ['pdf', 'docx'] as const;
export type CvFormat = (typeof CV_FORMATS)[number];

export const downloadCvCommandSchema = z.object({
  versionId: z.uuid('the file is /cvs/<version id>.pdf or .docx'),
  format: z.enum(CV_FORMATS, 'format is pdf or docx'),
  /** Another layout than the version's, to compare before saving. */
  layout: z
    .enum(CV_LAYOUTS, `layout is one of ${CV_LAYOUTS.join(', ')}`)
    .optional()
    .transform((layout) => layout ?? null),
});

export interface DownloadCvCommand {
  versionId: string;
  format: CvFormat;
  layout: CvLayout | null;
}
