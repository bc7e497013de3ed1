import { z } from 'zod';
import { CANDIDATE_STATUSES, STATUS_CHANGE_REASONS } from '@passerelle/shared/contracts';

const lowercased = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(values, {
        message: `${field} must be one of ${values.map((v) => v.toUpperCase()).join(', ')}`,
      }),
    );

/** A pause (with its expected return), a return, an exit or a reinstatement, with why. */
export const changeCandidateStatusCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  status: lowercased(CANDIDATE_STATUSES, 'status'),
  reason: lowercased(STATUS_CHANGE_REASONS, 'reason'),
  expectedReturnOn: z.iso
    .date('expectedReturnOn must be a date such as 2026-06-01')
    .nullish()
    .transform((value) => value ?? null),
  note: z
    .string()
    .trim()
    .max(2000, 'note is at most 2000 characters')
    .nullish()
    .transform((value) => value || null),
});
export type ChangeCandidateStatusCommand = z.infer<typeof changeCandidateStatusCommandSchema>;
