import { z } from 'zod';
import { MESSAGE_KINDS, isWallTime } from '@passerelle/notifier/domain';

const kind = z.enum(MESSAGE_KINDS);
const wallTime = z.string().refine(isWallTime, 'HH:mm, such as 21:30');

export const setNotificationPreferencesCommandSchema = z.object({
  mutedEmail: z.array(kind).max(MESSAGE_KINDS.length),
  mutedInApp: z.array(kind).max(MESSAGE_KINDS.length),
  quietHours: z.object({ start: wallTime, end: wallTime }).nullable(),
});

export type SetNotificationPreferencesCommand = z.infer<typeof setNotificationPreferencesCommandSchema> & {
  accountId: string;
  candidateId: string | null;
};
