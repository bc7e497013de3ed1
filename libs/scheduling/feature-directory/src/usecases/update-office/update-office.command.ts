import { z } from 'zod';
import { dailyWindowSchema } from '@passerelle/scheduling/domain';
import { isoDate, timeZoneSchema } from '../create-office/create-office.command';

/** Each field given replaces the office's (null as absent); the same rules as creating one. */
export const updateOfficeCommandSchema = z.object({
  id: z.uuid('id must be an office id'),
  name: z.string().trim().min(1, 'name is required').max(200).nullish(),
  address: z.string().trim().min(1, 'address is required').max(500).nullish(),
  timeZone: timeZoneSchema.nullish(),
  openingHours: z.array(dailyWindowSchema).nullish(),
  frenchPublicHolidays: z.boolean().nullish(),
  extraHolidays: z.array(isoDate).nullish(),
  bufferMinutes: z
    .number()
    .int()
    .min(0, 'bufferMinutes is 0 to 240')
    .max(240, 'bufferMinutes is 0 to 240')
    .nullish(),
  minimumNoticeMinutes: z
    .number()
    .int()
    .min(0, 'minimumNoticeMinutes is 0 to 14 days')
    .max(60 * 24 * 14, 'minimumNoticeMinutes is 0 to 14 days')
    .nullish(),
});

export type UpdateOfficeCommand = z.infer<typeof updateOfficeCommandSchema>;
