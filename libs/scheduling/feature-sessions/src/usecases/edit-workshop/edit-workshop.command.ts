import { z } from 'zod';
import {
  workshopDescription,
  workshopLanguage,
  workshopSeatLimit,
  workshopTitle,
  workshopTopic,
} from '../create-workshop/create-workshop.command';

/** What ops change in a workshop; absent fields stay as they are. */
export const editWorkshopCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  title: workshopTitle.nullish(),
  topic: workshopTopic.nullish(),
  description: workshopDescription.nullish(),
  language: workshopLanguage.nullish(),
  seatLimit: workshopSeatLimit.nullish(),
});

export type EditWorkshopCommand = z.infer<typeof editWorkshopCommandSchema>;
