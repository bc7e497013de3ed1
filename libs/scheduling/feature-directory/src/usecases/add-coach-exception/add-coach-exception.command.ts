import { z } from 'zod';
import { COACH_EXCEPTION_KINDS } from '@passerelle/scheduling/data-access';
import { graphQLEnumInput } from '@passerelle/scheduling/domain';

export const addCoachExceptionCommandSchema = z
  .object({
    coachId: z.uuid('coachId must be a coach id'),
    kind: graphQLEnumInput(COACH_EXCEPTION_KINDS),
    startsAt: z.date(),
    endsAt: z.date(),
    note: z.string().trim().max(500).nullish(),
  })
  .refine((value) => value.startsAt < value.endsAt, {
    message: 'endsAt must be after startsAt',
    path: ['endsAt'],
  });

export type AddCoachExceptionCommand = z.infer<typeof addCoachExceptionCommandSchema>;
