import { z } from 'zod';
import { romeCodeSchema } from '@passerelle/shared/contracts';

export const logValidJobOfferCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  employerName: z.string().trim().min(1, 'employerName is required').max(200),
  jobTitle: z.string().trim().min(1, 'jobTitle is required').max(200),
  occupationCode: romeCodeSchema.nullish().transform((value) => value ?? null),
  contractType: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(['permanent', 'fixed_term', 'temporary'], {
        message: 'contractType must be PERMANENT, FIXED_TERM or TEMPORARY',
      }),
    ),
  offeredOn: z.iso.date('offeredOn must be a date such as 2026-06-01'),
});

export type LogValidJobOfferCommand = z.infer<typeof logValidJobOfferCommandSchema>;
