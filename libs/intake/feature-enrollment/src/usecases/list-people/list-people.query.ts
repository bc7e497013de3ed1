import { z } from 'zod';
import { OUTCOME_CATEGORIES, TRACKS } from '@passerelle/shared/contracts';
import { CANDIDATE_STATUSES } from '@passerelle/intake/data-access';

const lowercased = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(values, { message: `${field} must be one of ${values.map((v) => v.toUpperCase()).join(', ')}` }),
    );

const day = (field: string) => z.iso.date(`${field} must be a day such as 2026-03-02`).nullish();

export const listPeopleSchema = z.object({
  programmeId: z.uuid('programmeId must be a programme id'),
  search: z
    .string()
    .max(200, 'search is at most 200 characters')
    .nullish()
    .transform((value) => (value ?? '').split(/\s+/).filter(Boolean).slice(0, 6)),
  filter: z
    .object({
      statuses: z.array(lowercased(CANDIDATE_STATUSES, 'statuses')).nullish(),
      tracks: z.array(lowercased(TRACKS, 'tracks')).nullish(),
      coachId: z.uuid('coachId must be a coach id').nullish(),
      officeId: z.uuid('officeId must be an office id').nullish(),
      assigned: z.boolean().nullish(),
      outcomes: z.array(lowercased(OUTCOME_CATEGORIES, 'outcomes')).nullish(),
      withoutOutcome: z.boolean().nullish(),
      atRisk: z.boolean().nullish(),
      site: z.string().trim().max(200).nullish(),
      enrolledFrom: day('enrolledFrom'),
      enrolledTo: day('enrolledTo'),
    })
    .nullish()
    .transform((filter) => filter ?? {}),
  orderBy: lowercased(['name', 'enrolled_newest', 'enrolled_oldest'] as const, 'orderBy')
    .nullish()
    .transform((value) => value ?? 'name'),
});

/** Ops (or a coach, over the people they follow) list the people of a programme. */
export type ListPeopleQuery = z.infer<typeof listPeopleSchema>;
