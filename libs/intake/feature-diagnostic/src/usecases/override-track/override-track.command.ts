import { z } from 'zod';
import { TRACKS } from '@passerelle/shared/contracts';

export const overrideTrackCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  track: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(TRACKS, { message: `track must be one of ${TRACKS.map((t) => t.toUpperCase()).join(', ')}` }),
    ),
  reason: z
    .string()
    .trim()
    .min(10, 'reason: say in a sentence why the track changes (10 characters at least)')
    .max(2000),
});

export type OverrideTrackCommand = z.infer<typeof overrideTrackCommandSchema>;
