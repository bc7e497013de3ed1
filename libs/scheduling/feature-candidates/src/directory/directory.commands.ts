import { DateTime } from 'luxon';
import { z } from 'zod';
import { TRACKS } from '@passerelle/shared/contracts';
import { COACH_EXCEPTION_KINDS } from '@passerelle/scheduling/data-access';
import { dailyWindowSchema } from '@passerelle/scheduling/domain';
import { fromGraphQLEnum } from '../common/graphql-enums';

const timeZoneSchema = z
  .string()
  .refine(
    (zone) => DateTime.local().setZone(zone).isValid,
    'timeZone must be an IANA zone such as Europe/Paris',
  );
const isoDate = z.iso.date('extraHolidays must be ISO dates such as 2026-12-26');
const language = z.string().regex(/^[a-z]{2}$/, 'languages must be ISO 639-1 codes such as fr');

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

export const createRoomCommandSchema = z.object({
  officeId: z.uuid('officeId must be an office id'),
  name: z.string().trim().min(1, 'name is required').max(200),
  capacity: z.number().int().min(1, 'capacity must be at least 1').max(500),
  equipment: z
    .array(z.string().trim().min(1).max(100))
    .nullish()
    .transform((value) => value ?? []),
});

export const createCoachCommandSchema = z.object({
  id: z.uuid('id must be a uuid').nullish(),
  displayName: z.string().trim().min(1, 'displayName is required').max(200),
  officeIds: z.array(z.uuid('officeIds must be office ids')).min(1, 'a coach works in at least one office'),
  languages: z.array(language).min(1, 'a coach speaks at least one language'),
  specialties: z.array(fromGraphQLEnum(TRACKS)),
  maxCaseload: z.number().int().min(1, 'maxCaseload must be at least 1').max(1000),
  weeklyHours: z.array(dailyWindowSchema),
});

export const addCoachExceptionCommandSchema = z
  .object({
    coachId: z.uuid('coachId must be a coach id'),
    kind: fromGraphQLEnum(COACH_EXCEPTION_KINDS),
    startsAt: z.date(),
    endsAt: z.date(),
    note: z.string().trim().max(500).nullish(),
  })
  .refine((value) => value.startsAt < value.endsAt, {
    message: 'endsAt must be after startsAt',
    path: ['endsAt'],
  });
