import { z } from 'zod';
import { SERVICE_NAMES, type ServiceName } from './envelope';

/**
 * The internal route each service answers a person's data export on (GDPR articles 15 and 20):
 * intake calls it with its service token and gathers the answers into one archive (decision 0022).
 * Not an event: it carries personal data, so it travels only over the internal HTTP API.
 */
export const personalDataPath = (candidateId: string): string =>
  `/internal/candidates/${encodeURIComponent(candidateId)}/personal-data`;

/** Who asked for the export, as intake checked it: the person, or ops of their offices. */
export const personalDataRequestSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  requestedBy: z.string().min(1, 'requestedBy must name who asked').max(200),
  requestedByRole: z.enum(['candidate', 'ops'], 'requestedByRole must be candidate or ops'),
});
export type PersonalDataRequest = z.infer<typeof personalDataRequestSchema>;

/**
 * A service's reading of intake's request: the request, or the 400 body that names each bad field
 * (`BAD_USER_INPUT`), the same in every service.
 */
export function readPersonalDataRequest(
  raw: Record<string, unknown>,
):
  | { ok: true; request: PersonalDataRequest }
  | { ok: false; problem: { error: 'BAD_USER_INPUT'; message: string; fields: string[] } } {
  const parsed = personalDataRequestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    problem: {
      error: 'BAD_USER_INPUT',
      message: parsed.error.issues.map((issue) => issue.message).join('; '),
      fields: parsed.error.issues.map((issue) => issue.path.join('.')),
    },
  };
}

/** One kind of record a service holds about the person (its rows as stored, secrets left out). */
export const personalDataSectionSchema = z.object({
  name: z.string().regex(/^[a-z][A-Za-z]*$/, 'a section name in camelCase'),
  records: z.array(z.record(z.string(), z.unknown())),
});
export type PersonalDataSection = z.infer<typeof personalDataSectionSchema>;

/** A service's answer: everything it holds about this one person, and nobody else. */
export const servicePersonalDataSchema = z.object({
  service: z.enum(SERVICE_NAMES),
  candidateId: z.uuid(),
  generatedAt: z.iso.datetime(),
  sections: z.array(personalDataSectionSchema),
});
export type ServicePersonalData = z.infer<typeof servicePersonalDataSchema>;

/** The answer from a service's rows, each section's records as plain JSON (dates as ISO strings). */
export function servicePersonalData(
  service: ServiceName,
  candidateId: string,
  generatedAt: Date,
  sections: Record<string, readonly object[]>,
): ServicePersonalData {
  return {
    service,
    candidateId,
    generatedAt: generatedAt.toISOString(),
    sections: Object.entries(sections).map(([name, records]) => ({
      name,
      records: JSON.parse(JSON.stringify(records)) as Record<string, unknown>[],
    })),
  };
}
