import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBmo, readInseeZones, readRomeV3ToFap2009 } from './labour-files';
import { readNafDivisions, readOccupationSectors, readRomeRelease, ROME_DIR } from './reference-files';
import { catalogueFromRelease, jobTitlesFromRelease } from './rome-catalogue';

/** The project's own sample, in the official layout (not derived from the official files). */
const SAMPLE = join(__dirname, '../../../../tests/fixtures/matching/reference');

describe('reference file readers (on the project sample)', () => {
  it("reads the NAF divisions ROME files each occupation under, and the divisions' labels, two digits each", () => {
    expect(readOccupationSectors(SAMPLE)).toEqual(
      new Map([
        ['N1103', ['10', '52']],
        ['N1301', ['52']],
        ['D1106', ['01']],
        ['I1307', ['62']],
      ]),
    );
    const divisions = readNafDivisions(SAMPLE);
    expect(divisions.get('01')).toBe('Culture et production animale, chasse et services annexes');
    expect(divisions.get('10')).toBe('Industries alimentaires');
    expect(divisions.size).toBe(4);
  });

  it('reads occupations with RIASEC and flags, titles, skills and knowledge, links and mobility', () => {
    const release = readRomeRelease(SAMPLE);
    expect(release.occupations).toHaveLength(7);
    expect(release.occupations.find((o) => o.code === 'N1301')).toEqual({
      code: 'N1301',
      label: 'Responsable logistique',
      domainCode: 'N13',
      parentCode: 'N1301',
      riasecMajor: 'E',
      riasecMinor: 'C',
      regulated: false,
      executive: true,
      entryLevel: 6,
    });
    expect(release.occupations.find((o) => o.code === 'D1106')!.entryLevel).toBe(2);
    expect(release.titles).toHaveLength(14);
    expect(release.skills.filter((s) => s.kind === 'knowledge')).toHaveLength(4);
    expect(release.occupationSkills.filter((l) => l.romeCode === 'N1103')).toEqual([
      { romeCode: 'N1103', skillCode: '800001', block: 'know_how', core: true },
      { romeCode: 'N1103', skillCode: '800002', block: 'know_how', core: true },
      { romeCode: 'N1103', skillCode: '800003', block: 'know_how', core: false },
      { romeCode: 'N1103', skillCode: '800004', block: 'know_how', core: false },
      { romeCode: 'N1103', skillCode: '800018', block: 'soft_skill', core: false },
      { romeCode: 'N1103', skillCode: '810001', block: 'knowledge', core: false },
    ]);
    expect(release.mobility.filter((m) => m.fromCode === 'N1103')).toEqual([
      { fromCode: 'N1103', toCode: 'N1301', order: 1 },
      { fromCode: 'N1103', toCode: 'N4105', order: 2 },
    ]);
    const { catalogue } = catalogueFromRelease(release);
    expect(catalogue.mobilityOrder('N1103', 'N4105')).toBe(2);
    expect(catalogue.skillLabel('810001')).toBe('Règles de sécurité en entrepôt');
    expect(jobTitlesFromRelease(release)[0]).toMatchObject({
      romeCode: 'N1103',
      label: 'Magasinier / Magasinière',
    });
  });

  it('reads communes, BMO figures with masked values as null, and the crosswalk', () => {
    expect(readInseeZones(SAMPLE).communes.find((c) => c.code === '69266')).toEqual({
      code: '69266',
      label: 'Villeurbanne',
      zoneCode: '8421',
      departmentCode: '69',
      regionCode: '84',
    });
    const bmo = readBmo(SAMPLE);
    expect(bmo.demand.find((d) => d.familyCode === 'R1X60')).toEqual({
      familyCode: 'R1X60',
      basinCode: '8401',
      departmentCode: '69',
      projects: null,
      hardToFill: null,
      seasonal: null,
    });
    expect(readRomeV3ToFap2009(SAMPLE)).toContainEqual({ romeV3: 'N1103', fap2009: 'J1Z40' });
  });

  describe('bad files', () => {
    let directory: string;
    beforeEach(() => {
      directory = mkdtempSync(join(tmpdir(), 'rome-bad-'));
      cpSync(join(SAMPLE, ROME_DIR), join(directory, ROME_DIR), { recursive: true });
    });
    afterEach(() => rmSync(directory, { recursive: true, force: true }));
    const file = (name: string) => join(directory, ROME_DIR, `unix_${name}_v460_utf8.csv`);

    it.each([
      [
        'referentiel_code_rome_riasec',
        (text: string) => text.replace('"N1103","R","C"', '"N1103","X","C"'),
        /unix_referentiel_code_rome_riasec_v460_utf8.csv, row 2: "X" is not a RIASEC letter/,
      ],
      [
        'referentiel_code_rome',
        (text: string) => text.replace('"N1301"', '"N13"'),
        /unix_referentiel_code_rome_v460_utf8.csv, row 3: "N13" is not a ROME code/,
      ],
      [
        'rubrique_mobilite',
        (text: string) => text.replace('"numero_ordre"', '"ordre"'),
        /unix_rubrique_mobilite_v460_utf8.csv: missing column\(s\) numero_ordre/,
      ],
      [
        'referentiel_appellation',
        (text: string) => text.replace('"9003","Cariste"', '"9003",""'),
        /unix_referentiel_appellation_v460_utf8.csv, row 4: empty "libelle_appellation_long"/,
      ],
    ])('%s: says which file, row and field', (name, change, message) => {
      writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
      expect(() => readRomeRelease(directory)).toThrow(message);
    });

    it.each([
      [
        (text: string) => text.replace('"52","Entreposage', '"5x","Entreposage'),
        /row 3: "5x" is not a NAF division/,
      ],
      [(text: string) => text.replace('"101","N1301"', '"101","N13"'), /row 4: "N13" is not a ROME code/],
    ])('the occupation-sector file: says which row and field (%#)', (change, message) => {
      const name = file('arborescence_secteur_naf');
      writeFileSync(name, change(readFileSync(name, 'utf8')));
      expect(() => readOccupationSectors(directory)).toThrow(message);
    });

    it('says when a file is missing', () => {
      rmSync(file('rubrique_mobilite'));
      expect(() => readRomeRelease(directory)).toThrow(
        /unix_rubrique_mobilite_v460_utf8.csv: file not found/,
      );
    });
  });
});
