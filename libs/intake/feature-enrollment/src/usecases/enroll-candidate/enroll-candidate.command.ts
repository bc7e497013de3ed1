import { z } from 'zod';

/** Enrol one person in a programme (bulk import comes with the intake issue and reuses the rules). */
export const enrollCandidateCommandSchema = z.object({
  programmeId: z.uuid('programmeId must be a programme id'),
  employeeNumber: z.string().trim().min(1, 'employeeNumber is required').max(64),
  firstName: z.string().trim().min(1, 'firstName is required').max(200),
  lastName: z.string().trim().min(1, 'lastName is required').max(200),
  email: z.email('email is not a valid address').transform((value) => value.toLowerCase()),
  phone: z
    .string()
    .transform((value) => value.replace(/[\s.()-]/g, ''))
    .pipe(z.string().regex(/^\+?\d{6,15}$/, 'a phone number holds 6 to 15 digits, optionally after +'))
    .nullish(),
  formerJobTitle: z.string().trim().max(300).nullish(),
  formerOccupationCode: z
    .string()
    .regex(/^[A-N]\d{4}$/, 'formerOccupationCode must be a ROME code such as M1805')
    .nullish(),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'languages must be ISO 639-1 codes such as fr'))
    .nullish()
    .transform((value) => value ?? ['fr']),
});

export type EnrollCandidateCommand = z.infer<typeof enrollCandidateCommandSchema>;
