import { z } from 'zod';
import { absentAsEmpty, absentAsNull } from '@passerelle/shared/graphql';
import type { TemplateDefinition } from '@passerelle/pathway/domain';

const lower = (value: string): string => value.toLowerCase();

export const publishTemplateSchema = z.object({
  track: z.string().transform(lower),
  name: z.string().max(200),
  note: absentAsNull(z.string().max(1000)),
  milestones: z.array(
    z.object({
      key: z.string(),
      phase: z.string().transform(lower),
      kind: z.string().transform(lower),
      title: z.string().max(200),
      dueOffsetDays: z.number().int(),
      dependsOn: absentAsEmpty(z.array(z.string())),
      sessionKind: absentAsNull(z.string().transform(lower)),
      instrumentCode: absentAsNull(z.string().min(1)),
    }),
  ),
});

/** Ops publish the next version of a track's template. */
export interface PublishTemplateCommand {
  template: TemplateDefinition;
  note: string | null;
  now: Date;
}
