import { z } from 'zod';
import { SESSION_KINDS, SESSION_MODES, TRACKS } from '@passerelle/shared/contracts';
import { graphQLEnumInput } from '@passerelle/scheduling/domain';

const MAX_RANGE_DAYS = 62;

export const findAvailableSlotsQuerySchema = z
  .object({
    coachId: z.uuid('coachId must be a coach id').nullish(),
    officeId: z.uuid('officeId must be an office id').nullish(),
    from: z.date(),
    to: z.date(),
    kind: graphQLEnumInput(SESSION_KINDS),
    mode: graphQLEnumInput(SESSION_MODES),
    durationMinutes: z.number().int().min(15).max(480).nullish(),
    track: graphQLEnumInput(TRACKS).nullish(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code')
      .nullish(),
  })
  .superRefine((query, context) => {
    if (!query.coachId && !query.officeId)
      context.addIssue({ code: 'custom', path: ['coachId'], message: 'name a coach or an office' });
    if (query.to <= query.from)
      context.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from' });
    else if (query.to.getTime() - query.from.getTime() > MAX_RANGE_DAYS * 86_400_000)
      context.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_RANGE_DAYS} days at once` });
  });

export type FindAvailableSlotsQuery = z.infer<typeof findAvailableSlotsQuerySchema>;
