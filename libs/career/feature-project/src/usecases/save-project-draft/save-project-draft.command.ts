import { z } from 'zod';
import {
  CONTRACT_TYPES,
  DISTANCE_UNITS,
  normaliseOccupationCode,
  TARGET_SOURCES,
  TEXT_MAX,
  WORKING_HOURS,
  type ProjectDraft,
} from '@passerelle/career/domain';
import { absentAsNull } from '@passerelle/shared/graphql';
import { graphQLEnumInput } from '../graphql-enum';

const shortText = (field: string, max = 200) =>
  z
    .string(`${field} is required`)
    .trim()
    .min(1, `${field} must not be blank`)
    .max(max, `${field} is at most ${max} characters`);

const target = z.object({
  occupationCode: z.string('occupationCode is required').transform((raw, context) => {
    const code = normaliseOccupationCode(raw);
    if (code) return code;
    context.addIssue({ code: 'custom', message: 'a ROME code such as M1805' });
    return z.NEVER;
  }),
  label: shortText('label'),
  source: graphQLEnumInput(TARGET_SOURCES),
});

const area = z.object({
  place: shortText('place'),
  placeCode: absentAsNull(
    z
      .string()
      .trim()
      .regex(/^(\d[\dAB]\d{3}|\d{4})$/, 'an INSEE commune or zone code'),
  ),
  distance: z.number().int('distance is a whole number'),
  unit: graphQLEnumInput(DISTANCE_UNITS),
});

const pay = absentAsNull(z.number().int('pay is in whole euros').min(0).max(1_000_000));

const conditions = z.object({
  contractTypes: z.array(graphQLEnumInput(CONTRACT_TYPES)).max(CONTRACT_TYPES.length),
  hours: graphQLEnumInput(WORKING_HOURS),
  payMin: pay,
  payMax: pay,
  notes: absentAsNull(z.string().trim().max(TEXT_MAX, `notes is at most ${TEXT_MAX} characters`)),
});

export const saveProjectDraftCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  targets: z.array(target),
  area: absentAsNull(area),
  conditions: absentAsNull(conditions),
});

/** The person (or their coach with them) saves the whole draft. */
export interface SaveProjectDraftCommand extends ProjectDraft {
  candidateId: string;
}
