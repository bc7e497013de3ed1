import { z } from 'zod';
import { IMPORT_FIELDS } from '@passerelle/intake/domain';

const mappingEntry = z.object({
  field: z.enum(
    IMPORT_FIELDS.map((field) => field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()) as [
      string,
      ...string[],
    ],
    {
      message: `field must be one of the import fields`,
    },
  ),
  header: z.string().trim().min(1, 'header is the column title as written in the file').max(200),
});

/** Import an uploaded HR file into a programme (the upload id comes from the gateway or the CLI). */
export const importCandidatesCommandSchema = z.object({
  programmeId: z.uuid('programmeId must be a programme id'),
  file: z.uuid('file must be an upload id: send the file as a GraphQL multipart upload'),
  columnMapping: z.array(mappingEntry).max(IMPORT_FIELDS.length).nullish(),
  saveColumnMapping: z.boolean().nullish(),
});

export type ImportCandidatesCommand = z.infer<typeof importCandidatesCommandSchema>;

/** GraphQL spells fields as enum values (EMPLOYEE_NUMBER); the domain as employeeNumber. */
export const fieldFromEnum = (value: string) =>
  value.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
export const fieldToEnum = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
