import type { PathwayTemplateEntity } from '@passerelle/pathway/data-access';
import type { PathwayTemplate } from '@passerelle/pathway/graphql-types';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';

export function toTemplateObject(t: PathwayTemplateEntity): PathwayTemplate {
  return {
    id: t.id,
    track: toGraphQLEnum(t.track),
    version: t.version,
    name: t.name,
    milestones: t.milestones.map((m) => ({
      ...m,
      phase: toGraphQLEnum(m.phase),
      kind: toGraphQLEnum(m.kind),
      sessionKind: toGraphQLEnumOrNull(m.sessionKind),
    })),
    createdAt: t.createdAt,
    createdBy: t.createdBy,
    note: t.note,
  };
}
