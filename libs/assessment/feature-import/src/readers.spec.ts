import { handWorkedRiasecAnswers } from '@passerelle/shared/testing';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { scoreAssessment } from '@passerelle/assessment/domain';
import { ImportFileError } from './csv-file';
import { PROJECT_INSTRUMENTS, readProjectInstrument } from './project-instrument.reader';
import { readRiasecItems } from './riasec-items.reader';
import { readRome } from './rome.reader';
import { RIASEC_ITEMS_DIR, ROME_SAMPLE_DIR } from './test-paths';

/** A copy of the published RIASEC folder with one file rewritten, to test the importer's refusals. */
function riasecFolderWith(file: string, rewrite: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'riasec-'));
  for (const name of ['riasec_markers_48_items.csv', 'riasec_markers_scoring_key.csv', 'LICENSE-NOTE.txt']) {
    copyFileSync(join(RIASEC_ITEMS_DIR, name), join(dir, name));
  }
  writeFileSync(join(dir, file), rewrite(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('RIASEC marker items', () => {
  const instrument = readRiasecItems(RIASEC_ITEMS_DIR);

  it('reads 48 items in six scales of eight, 1-5, with English and French wording', () => {
    expect(instrument.items).toHaveLength(48);
    expect(instrument.scales.map((scale) => [scale.code, scale.itemIds.length])).toEqual([
      ['R', 8],
      ['I', 8],
      ['A', 8],
      ['S', 8],
      ['E', 8],
      ['C', 8],
    ]);
    expect(instrument.responseFormat).toMatchObject({ min: 1, max: 5 });
    expect(instrument.items[0]).toEqual({
      id: 'R1',
      scale: 'R',
      position: 1,
      text: {
        en: 'Test the quality of parts before shipment',
        fr: 'Contrôler la qualité de pièces avant leur expédition',
      },
    });
    expect(instrument.scales[3]!.name).toEqual({ en: 'Social', fr: 'Social' });
  });

  it('scores a hand-worked response set with the imported key: R 28, I 32, A 8, S 40, E 24, C 20 = SIR', () => {
    const answers = Object.fromEntries(handWorkedRiasecAnswers().map(({ itemId, value }) => [itemId, value]));
    const result = scoreAssessment(instrument, { answers, itemIds: instrument.items.map((item) => item.id) });
    expect(result).toMatchObject({
      kind: 'riasec',
      riasec: {
        scores: { R: 28, I: 32, A: 8, S: 40, E: 24, C: 20 },
        hollandCode: 'SIR',
        consistency: 'medium',
      },
    });
  });

  it.each<[string, string, (text: string) => string, string]>([
    [
      'a reverse-keyed item',
      'riasec_markers_48_items.csv',
      (text) => text.replace('Lay brick or tile,+', 'Lay brick or tile,-'),
      'riasec_markers_48_items.csv, line 3: item R2: keyed "-": only positively keyed items are supported',
    ],
    [
      'an item on another range',
      'riasec_markers_48_items.csv',
      (text) => text.replace('Study animal behavior,+,1,5', 'Study animal behavior,+,1,7'),
      "riasec_markers_48_items.csv, line 11: item I2: response range 1-7 differs from the other items' 1-5",
    ],
    [
      'a key naming an item of another scale',
      'riasec_markers_scoring_key.csv',
      (text) => text.replace('R1 R2 R3 R4 R5 R6 R7 R8', 'R1 R2 R3 R4 R5 R6 R7 I8'),
      'riasec_markers_scoring_key.csv, line 2: scale R: item I8 belongs to scale I',
    ],
    [
      'a missing column',
      'riasec_markers_48_items.csv',
      (text) => text.replace('text_en', 'wording'),
      'riasec_markers_48_items.csv, line 1: missing column(s) text_en',
    ],
  ])('refuses %s, saying where', (_case, file, rewrite, message) => {
    expect(() => readRiasecItems(riasecFolderWith(file, rewrite))).toThrow(message);
  });

  it('refuses a French wording that lacks an item', () => {
    const wording = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'riasec-markers.fr.json'), 'utf8'));
    delete wording.items.C7;
    const path = join(mkdtempSync(join(tmpdir(), 'fr-')), 'fr.json');
    writeFileSync(path, JSON.stringify(wording));
    expect(() => readRiasecItems(RIASEC_ITEMS_DIR, path)).toThrow('fr.json: no French wording for item C7');
  });
});

describe('project instruments', () => {
  it.each(PROJECT_INSTRUMENTS.map((path) => [basename(path), path]))(
    '%s is a valid definition in both languages',
    (_name, path) => {
      const definition = readProjectInstrument(path);
      expect(definition.languages).toEqual(['fr', 'en']);
      for (const item of definition.items) expect(item.text.fr && item.text.en).toBeTruthy();
    },
  );

  it('work values: six values of two statements', () => {
    const definition = readProjectInstrument(PROJECT_INSTRUMENTS[0]!);
    expect(definition.scales.map((scale) => scale.itemIds.length)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});

describe('ROME reader on the project sample', () => {
  it('reads occupations, skills and skill links, leaving knowledge and unknown items out', () => {
    const rome = readRome(ROME_SAMPLE_DIR);
    expect(rome.source).toBe('rome4-vsample');
    expect(rome.occupations).toHaveLength(6);
    expect(rome.skills).toHaveLength(22);
    expect(rome.links).toHaveLength(29);
    expect(rome.links.find((link) => link.occupationCode === 'N1103' && link.skillCode === 'PS001')).toEqual({
      occupationCode: 'N1103',
      skillCode: 'PS001',
      core: true,
    });
    expect(
      rome.links.find((link) => link.occupationCode === 'N1103' && link.skillCode === 'PS004')?.core,
    ).toBe(false);
    expect(rome.skipped).toEqual([{ reason: 'knowledge (savoirs), not a skill', count: 1 }]);
  });

  it('refuses a bad occupation code with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rome-'));
    for (const name of [
      'unix_referentiel_competence_vsample_utf8.csv',
      'unix_liens_rome_referentiels_vsample_utf8.csv',
      'unix_coherence_item_vsample_utf8.csv',
    ]) {
      copyFileSync(join(ROME_SAMPLE_DIR, name), join(dir, name));
    }
    writeFileSync(
      join(dir, 'unix_referentiel_code_rome_vsample_utf8.csv'),
      '"code_rome","libelle_rome"\n"N1103","Entrepôt"\n"plumber","Plombier"\n',
    );
    expect(() => readRome(dir)).toThrow(ImportFileError);
    expect(() => readRome(dir)).toThrow(
      'unix_referentiel_code_rome_vsample_utf8.csv, line 3: code_rome "plumber" is not a ROME code such as M1805',
    );
  });
});
