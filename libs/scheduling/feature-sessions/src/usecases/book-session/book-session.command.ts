import { z } from 'zod';
import { SESSION_KINDS, SESSION_MODES } from '@passerelle/shared/contracts';
import { graphQLEnumInput } from '@passerelle/scheduling/domain';

export const bookSessionCommandSchema = z
  .object({
    coachId: z.uuid('coachId must be a coach id').nullish(),
    candidateIds: z
      .array(z.uuid('candidateIds must be candidate ids'))
      .min(1, 'at least one person')
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, 'a person appears twice'),
    kind: graphQLEnumInput(SESSION_KINDS),
    mode: graphQLEnumInput(SESSION_MODES),
    startsAt: z.date(),
    durationMinutes: z
      .number()
      .int()
      .min(15, 'at least 15 minutes')
      .max(8 * 60, 'at most 8 hours')
      .nullish(),
    roomId: z.uuid('roomId must be a room id').nullish(),
    videoLink: z.url('videoLink must be a URL').nullish(),
    seatLimit: z.number().int().min(1).max(500).nullish(),
  })
  .superRefine((command, context) => {
    if (command.mode === 'in_person' && !command.roomId)
      context.addIssue({ code: 'custom', path: ['roomId'], message: 'an in-person session needs a room' });
    if (command.mode !== 'in_person' && command.roomId)
      context.addIssue({ code: 'custom', path: ['roomId'], message: 'only in-person sessions take a room' });
    if (command.mode !== 'video' && command.videoLink)
      context.addIssue({ code: 'custom', path: ['videoLink'], message: 'only video sessions take a link' });
    if (command.kind === 'group_workshop') {
      if (!command.seatLimit)
        context.addIssue({
          code: 'custom',
          path: ['seatLimit'],
          message: 'a group workshop needs a seat limit',
        });
      else if (command.candidateIds.length > command.seatLimit)
        context.addIssue({ code: 'custom', path: ['candidateIds'], message: 'more people than seats' });
    } else if (command.candidateIds.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['candidateIds'],
        message: 'only a group workshop takes several people',
      });
    }
  });

export type BookSessionCommand = z.infer<typeof bookSessionCommandSchema>;
