import { z } from 'zod';
import type { TemplateDefinition } from '@passerelle/pathway/domain';

const lower = (value: string): string => value.toLowerCase();

export const publishTemplateSchema = z.object({
  track: z.string().transform(lower),
  name: z.string().max(200),
  note: z
    .string()
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
  milestones: z.array(
    z.object({
      key: z.string(),
      phase: z.string().transform(lower),
      kind: z.string().transform(lower),
      title: z.string().max(200),
      dueOffsetDays: z.number().int(),
      dependsOn: z
        .array(z.string())
        .nullish()
        .transform((v) => v ?? []),
      sessionKind: z
        .string()
        .transform(lower)
        .nullish()
        .transform((v) => v ?? null),
      instrumentCode: z
        .string()
        .min(1)
        .nullish()
        .transform((v) => v ?? null),
    }),
  ),
});

/** Ops publish the next version of a track's template. */
export interface PublishTemplateCommand {
  template: TemplateDefinition;
  note: string | null;
  publishedBy: string;
  now: Date;
}
