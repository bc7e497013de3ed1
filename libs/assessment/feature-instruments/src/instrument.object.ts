import type { InstrumentEntity } from '@passerelle/assessment/data-access';
import type { AssessmentLanguage, Instrument } from '@passerelle/assessment/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** An instrument as GraphQL shows it; its `title` is resolved in the asked language from `titles`. */
export type InstrumentObject = Omit<Instrument, 'title'> & { titles: InstrumentEntity['title'] };

export type GraphQLLanguage = AssessmentLanguage;

export const toInstrumentObject = (row: InstrumentEntity): InstrumentObject => ({
  code: row.code,
  version: row.version,
  kind: toGraphQLEnum(row.kind),
  titles: row.title,
  languages: row.languages.map(toGraphQLEnum),
  source: row.source,
});
