import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RIASEC_ORDER, type InstrumentDefinition } from '@passerelle/assessment/domain';
import { ImportFileError, readCsv } from './csv-file';

export const RIASEC_INSTRUMENT_CODE = 'riasec-markers-48';
export const RIASEC_FRENCH_WORDING = join(__dirname, '..', 'data', 'riasec-markers.fr.json');

const frenchWordingSchema = z.object({
  version: z.string().min(1),
  language: z.literal('fr'),
  title: z.string().min(1),
  anchors: z.record(z.string(), z.string().min(1)),
  anchorsEn: z.record(z.string(), z.string().min(1)),
  scales: z.record(z.string(), z.string().min(1)),
  items: z.record(z.string(), z.string().min(1)),
});

const ITEM_COLUMNS = ['item_id', 'scale', 'scale_name', 'text_en', 'keyed', 'response_min', 'response_max'];
const KEY_COLUMNS = ['scale', 'scale_name', 'items', 'n_items'];

/**
 * Builds the RIASEC marker instrument from the published files (items and scoring key, in
 * English) and the project's own French wording. Every inconsistency is refused with its place.
 */
export function readRiasecItems(
  dir: string,
  frenchWordingPath = RIASEC_FRENCH_WORDING,
): InstrumentDefinition {
  const itemsFile = join(dir, 'riasec_markers_48_items.csv');
  const keyFile = join(dir, 'riasec_markers_scoring_key.csv');
  const licenceFile = join(dir, 'LICENSE-NOTE.txt');
  const items = readCsv(itemsFile, ITEM_COLUMNS);
  const key = readCsv(keyFile, KEY_COLUMNS);
  if (!existsSync(licenceFile))
    throw new ImportFileError(licenceFile, null, 'is missing: the source must be credited');
  const french = readFrenchWording(frenchWordingPath);

  const seen = new Set<string>();
  let min: number | null = null;
  let max: number | null = null;
  const definitionItems = items.map((row, index) => {
    const where = (message: string) =>
      new ImportFileError(itemsFile, row.__line, `item ${row['item_id']}: ${message}`);
    const id = row['item_id'].trim();
    if (!/^[RIASEC]\d+$/.test(id)) throw where('item_id must be a RIASEC letter and a number');
    if (seen.has(id)) throw where('appears twice');
    seen.add(id);
    if (row['scale'] !== id[0]) throw where(`scale ${row['scale']} does not match the item id`);
    if (row['keyed'] !== '+')
      throw where(`keyed "${row['keyed']}": only positively keyed items are supported`);
    const rowMin = Number(row['response_min']);
    const rowMax = Number(row['response_max']);
    if (!Number.isInteger(rowMin) || !Number.isInteger(rowMax) || rowMin >= rowMax) {
      throw where(`response range ${row['response_min']}-${row['response_max']} is not valid`);
    }
    if ((min !== null && min !== rowMin) || (max !== null && max !== rowMax)) {
      throw where(`response range ${rowMin}-${rowMax} differs from the other items' ${min}-${max}`);
    }
    min = rowMin;
    max = rowMax;
    const fr = french.wording.items[id];
    if (!fr) {
      throw new ImportFileError(french.path, null, `no French wording for item ${id}`);
    }
    return { id, scale: id[0], position: index + 1, text: { en: row['text_en'].trim(), fr } };
  });
  const extra = Object.keys(french.wording.items).filter((id) => !seen.has(id));
  if (extra.length) {
    throw new ImportFileError(french.path, null, `French wording for unknown item(s) ${extra.join(', ')}`);
  }

  const scales = key.map((row) => {
    const code = row['scale'];
    const itemIds = row['items'].trim().split(/\s+/);
    const where = (message: string) => new ImportFileError(keyFile, row.__line, `scale ${code}: ${message}`);
    if (!(RIASEC_ORDER as readonly string[]).includes(code)) throw where('is not a RIASEC type');
    if (itemIds.length !== Number(row['n_items']))
      throw where(`lists ${itemIds.length} items, n_items says ${row['n_items']}`);
    for (const itemId of itemIds) {
      const item = definitionItems.find((candidate) => candidate.id === itemId);
      if (!item) throw where(`item ${itemId} is not in ${'riasec_markers_48_items.csv'}`);
      if (item.scale !== code) throw where(`item ${itemId} belongs to scale ${item.scale}`);
    }
    const fr = french.wording.scales[code];
    if (!fr) throw new ImportFileError(french.path, null, `no French name for scale ${code}`);
    return { code, name: { en: row['scale_name'], fr }, itemIds };
  });
  const missingScales = RIASEC_ORDER.filter((type) => !scales.some((scale) => scale.code === type));
  if (missingScales.length)
    throw new ImportFileError(keyFile, null, `no key for scale(s) ${missingScales.join(', ')}`);
  const keyed = new Set(scales.flatMap((scale) => scale.itemIds));
  const unkeyed = definitionItems.filter((item) => !keyed.has(item.id)).map((item) => item.id);
  if (unkeyed.length)
    throw new ImportFileError(keyFile, null, `item(s) ${unkeyed.join(', ')} are in no scale`);

  if (min === null || max === null) throw new ImportFileError(itemsFile, null, 'has no items');
  const byType = new Map(scales.map((scale) => [scale.code, scale]));
  const anchors = Object.entries(french.wording.anchors).map(([value, fr]) => ({
    value: Number(value),
    label: { fr, en: french.wording.anchorsEn[value] ?? value },
  }));
  return {
    code: RIASEC_INSTRUMENT_CODE,
    version: french.wording.version,
    kind: 'riasec',
    title: { en: 'Work interests (RIASEC)', fr: french.wording.title },
    responseFormat: { min, max, anchors },
    scales: RIASEC_ORDER.flatMap((type) => byType.get(type) ?? []),
    items: definitionItems,
    scoring: 'sum',
    languages: ['en', 'fr'],
    source:
      'Armstrong, Allison & Rounds (2008), public-domain RIASEC marker scales; French wording by Passerelle',
  };
}

function readFrenchWording(path: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportFileError(path, null, `cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = frenchWordingSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ImportFileError(path, null, where);
  }
  return { path, wording: parsed.data };
}
