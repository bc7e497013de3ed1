import { z } from 'zod';
import { romeCodeSchema } from '@passerelle/shared/contracts';

const euros = (field: string) =>
  z
    .number()
    .int(`${field} is a whole number of euros a year`)
    .min(1, `${field} is a gross annual pay in euros, more than 0`)
    .max(1_000_000, `${field} is a gross annual pay in euros, at most 1000000`)
    .nullish()
    .transform((value) => value ?? null);

export const logValidJobOfferCommandSchema = z
  .object({
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
    contractMonths: z
      .number()
      .int('contractMonths is a whole number of months')
      .min(1, 'contractMonths is 1 to 120')
      .max(120, 'contractMonths is 1 to 120')
      .nullish()
      .transform((value) => value ?? null),
    place: z
      .string()
      .trim()
      .max(120, 'place is at most 120 characters')
      .nullish()
      .transform((value) => value || null),
    placePostcode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'placePostcode has 5 digits, such as 69003')
      .nullish()
      .transform((value) => value ?? null),
    grossAnnualPay: euros('grossAnnualPay'),
    previousGrossAnnualPay: euros('previousGrossAnnualPay'),
  })
  .refine((command) => command.contractType !== 'permanent' || command.contractMonths === null, {
    path: ['contractMonths'],
    message: 'a permanent contract has no length: leave contractMonths empty',
  });

export type LogValidJobOfferCommand = z.infer<typeof logValidJobOfferCommandSchema>;
