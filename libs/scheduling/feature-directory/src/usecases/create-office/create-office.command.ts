import { DateTime } from 'luxon';
import { z } from 'zod';
import { dailyWindowSchema } from '@passerelle/scheduling/domain';

export const timeZoneSchema = z
  .string()
  .refine(
    (zone) => DateTime.local().setZone(zone).isValid,
    'timeZone must be an IANA zone such as Europe/Paris',
  );
export const isoDate = z.iso.date('extraHolidays must be ISO dates such as 2026-12-26');

export const createOfficeCommandSchema = z.object({
  id: z.uuid('id must be a uuid').nullish(),
  name: z.string().trim().min(1, 'name is required').max(200),
  address: z.string().trim().min(1, 'address is required').max(500),
  timeZone: timeZoneSchema,
  openingHours: z.array(dailyWindowSchema),
  frenchPublicHolidays: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  extraHolidays: z
    .array(isoDate)
    .nullish()
    .transform((value) => value ?? []),
  bufferMinutes: z
    .number()
    .int()
    .min(0)
    .max(240)
    .nullish()
    .transform((value) => value ?? 10),
  minimumNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14)
    .nullish()
    .transform((value) => value ?? 24 * 60),
});

export type CreateOfficeCommand = z.infer<typeof createOfficeCommandSchema>;
