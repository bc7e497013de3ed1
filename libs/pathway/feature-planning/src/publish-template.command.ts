import type { TemplateDefinition } from '@passerelle/pathway/domain';

/** Ops publish the next version of a track's template. */
export interface PublishTemplateCommand {
  template: TemplateDefinition;
  note: string | null;
  publishedBy: string;
  now: Date;
}
