import { cvInputSchema, type CvInputCommand } from './cv-input.schema';

export const createCvCommandSchema = cvInputSchema;

/** The first version of the person's CV (often the prefill, decision 0031). */
export type CreateCvCommand = CvInputCommand;
