import type { InstrumentDefinition } from './instrument';
import { RIASEC_ORDER } from './riasec';

/** The RIASEC markers' structure (6 scales x 8 items, 1-5, summed), for tests of the scoring rules. */
export function riasecStructureForTests(): InstrumentDefinition {
  const items = RIASEC_ORDER.flatMap((type, t) =>
    Array.from({ length: 8 }, (_, i) => ({
      id: `${type}${i + 1}`,
      scale: type,
      position: t * 8 + i + 1,
      text: { en: `${type} item ${i + 1}`, fr: `${type} item ${i + 1}` },
    })),
  );
  return {
    code: 'riasec-markers-48',
    version: 'test',
    kind: 'riasec',
    title: { en: 'Interests', fr: 'Intérêts' },
    responseFormat: { min: 1, max: 5, anchors: [] },
    scales: RIASEC_ORDER.map((type) => ({
      code: type,
      name: { en: type, fr: type },
      itemIds: items.filter((item) => item.scale === type).map((item) => item.id),
    })),
    items,
    scoring: 'sum',
    languages: ['en', 'fr'],
    source: 'test',
  };
}
