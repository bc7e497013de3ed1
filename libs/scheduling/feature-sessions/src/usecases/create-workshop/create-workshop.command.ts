import { z } from 'zod';
import { WORKSHOP_TOPICS } from '@passerelle/shared/contracts';
import { graphQLEnumInput } from '@passerelle/scheduling/domain';

/** A workshop's words: what people choose it by. Shared by creating and editing one. */
export const workshopTitle = z
  .string()
  .trim()
  .min(3, 'at least 3 characters')
  .max(120, 'at most 120 characters');
export const workshopDescription = z
  .string()
  .trim()
  .min(1, 'say what the workshop is about')
  .max(2000, 'at most 2,000 characters');
export const workshopLanguage = z.string().regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code (fr, en)');
export const workshopTopic = graphQLEnumInput(WORKSHOP_TOPICS);
export const workshopSeatLimit = z.number().int().min(1, 'at least 1 seat').max(500, 'at most 500 seats');

export const createWorkshopCommandSchema = z
  .object({
    coachId: z.uuid('coachId must be a coach id'),
    title: workshopTitle,
    topic: workshopTopic,
    description: workshopDescription,
    language: workshopLanguage,
    place: graphQLEnumInput(['office', 'remote'] as const),
    roomId: z.uuid('roomId must be a room id').nullish(),
    videoLink: z.url('videoLink must be a URL').nullish(),
    startsAt: z.date(),
    durationMinutes: z
      .number()
      .int()
      .min(15, 'at least 15 minutes')
      .max(8 * 60, 'at most 8 hours')
      .nullish(),
    seatLimit: workshopSeatLimit,
    programmeIds: z
      .array(z.uuid('programmeIds must be programme ids'))
      .min(1, 'at least one programme')
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'a programme appears twice'),
  })
  .superRefine((command, context) => {
    if (command.place === 'office' && !command.roomId)
      context.addIssue({ code: 'custom', path: ['roomId'], message: 'a workshop in an office needs a room' });
    if (command.place === 'remote' && command.roomId)
      context.addIssue({ code: 'custom', path: ['roomId'], message: 'a remote workshop takes no room' });
    if (command.place === 'office' && command.videoLink)
      context.addIssue({
        code: 'custom',
        path: ['videoLink'],
        message: 'only a remote workshop takes a joining link',
      });
  });

export type CreateWorkshopCommand = z.infer<typeof createWorkshopCommandSchema>;
