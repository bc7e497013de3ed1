import type { InstrumentKind } from '@passerelle/assessment/domain';
import type { InstrumentEntity } from '@passerelle/assessment/data-access';

export type GraphQLLanguage = 'FR' | 'EN';

export const toInstrumentObject = (row: InstrumentEntity) => ({
  code: row.code,
  version: row.version,
  kind: row.kind.toUpperCase() as Uppercase<InstrumentKind>,
  titles: row.title,
  languages: row.languages.map((language) => language.toUpperCase()),
  source: row.source,
});
