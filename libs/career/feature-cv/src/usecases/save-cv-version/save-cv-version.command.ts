import { z } from 'zod';
import { cvInputSchema, type CvInputCommand } from '../create-cv/cv-input.schema';

export const saveCvVersionCommandSchema = z.object({
  cv: cvInputSchema,
  basedOnVersion: z.number('basedOnVersion is required').int().min(1, 'basedOnVersion is a version number'),
});

/** A new version of the person's CV, saved from the version the editor started from. */
export interface SaveCvVersionCommand extends CvInputCommand {
  basedOnVersion: number;
}
