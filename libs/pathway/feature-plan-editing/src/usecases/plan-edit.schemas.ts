import { z } from 'zod';

/** The inputs the edits share; each use case's command file holds its own schema. */
export const lower = (value: string): string => value.toLowerCase();
export const idSchema = z.uuid('must be an id (uuid)');
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
