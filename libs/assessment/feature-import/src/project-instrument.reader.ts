import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { INSTRUMENT_KINDS, type InstrumentDefinition } from '@passerelle/assessment/domain';
import { ImportFileError } from './csv-file';

/** The questionnaires the project defines itself (work values, the skills inventory's frame). */
export const PROJECT_INSTRUMENTS = [
  join(__dirname, '..', 'data', 'work-values.v1.json'),
  join(__dirname, '..', 'data', 'skills-inventory.v1.json'),
];

const localised = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const definitionSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  version: z.string().min(1),
  kind: z.enum(INSTRUMENT_KINDS),
  title: localised,
  source: z.string().min(1),
  scoring: z.enum(['sum', 'mean']),
  languages: z.array(z.enum(['fr', 'en'])).min(1),
  responseFormat: z.object({
    min: z.number().int(),
    max: z.number().int(),
    anchors: z.array(z.object({ value: z.number().int(), label: localised })),
  }),
  scales: z.array(
    z.object({ code: z.string().min(1), name: localised, itemIds: z.array(z.string()).min(1) }),
  ),
  items: z.array(z.object({ id: z.string().min(1), scale: z.string().min(1), text: localised })),
});

export function readProjectInstrument(path: string): InstrumentDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportFileError(path, null, `cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = definitionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ImportFileError(
      path,
      null,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  const definition = parsed.data;
  const itemIds = new Set(definition.items.map((item) => item.id));
  for (const scale of definition.scales) {
    for (const itemId of scale.itemIds) {
      if (!itemIds.has(itemId))
        throw new ImportFileError(path, null, `scale ${scale.code} names unknown item ${itemId}`);
    }
  }
  for (const item of definition.items) {
    if (!definition.scales.some((scale) => scale.code === item.scale)) {
      throw new ImportFileError(path, null, `item ${item.id} names unknown scale ${item.scale}`);
    }
  }
  return {
    ...definition,
    items: definition.items.map((item, index) => ({ ...item, position: index + 1 })),
  };
}
