/** The languages an instrument and its report are written in. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Localised = Record<Language, string>;

/** The language asked for (`EN`, `en`), else French: instruments and reports are French first. */
export const languageOf = (asked: string | null | undefined): Language =>
  asked?.toLowerCase() === 'en' ? 'en' : 'fr';

export const INSTRUMENT_KINDS = ['riasec', 'work_values', 'skills_inventory'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** How an item is answered: an integer on a closed scale, with labelled anchors. */
export interface ResponseFormat {
  min: number;
  max: number;
  anchors: { value: number; label: Localised }[];
}

export interface ScaleDefinition {
  code: string;
  name: Localised;
  itemIds: string[];
}

export interface ItemDefinition {
  id: string;
  scale: string | null;
  position: number;
  text: Localised;
}

/**
 * An instrument as data: what is asked, how it is answered and how it is scored. A new wording or
 * key is a new version; sessions keep the version they were answered with.
 */
export interface InstrumentDefinition {
  code: string;
  version: string;
  kind: InstrumentKind;
  title: Localised;
  responseFormat: ResponseFormat;
  scales: ScaleDefinition[];
  items: ItemDefinition[];
  /** `sum`: raw sum of a scale's items (RIASEC markers); `mean`: mean of its items (work values). */
  scoring: 'sum' | 'mean';
  languages: Language[];
  source: string;
}
