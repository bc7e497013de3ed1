import type { PathwayTemplateEntity } from '@passerelle/pathway/data-access';

const upper = (value: string): string => value.toUpperCase();
const upperOrNull = (value: string | null): string | null => (value === null ? null : value.toUpperCase());

export function toTemplateObject(t: PathwayTemplateEntity) {
  return {
    id: t.id,
    track: upper(t.track),
    version: t.version,
    name: t.name,
    milestones: t.milestones.map((m) => ({
      ...m,
      phase: upper(m.phase),
      kind: upper(m.kind),
      sessionKind: upperOrNull(m.sessionKind),
    })),
    createdAt: t.createdAt,
    createdBy: t.createdBy,
    note: t.note,
  };
}
