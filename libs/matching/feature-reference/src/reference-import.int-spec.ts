import 'reflect-metadata';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { importReferenceData, type ReferenceImportReport } from './reference-import';
import { ROME_DIR } from './reference-files';

/** The official files, read in place (CI and developers keep them at ../shared/data). */
const DATA = resolve(__dirname, '../../../../../shared/data');

// Reading and loading ~250,000 rows takes tens of seconds on a shared 2-core machine.
jest.setTimeout(300_000);

describe('reference data import (official files)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let first: ReferenceImportReport;
  const count = async (table: string): Promise<number> =>
    Number(((await dataSource.query(`SELECT count(*) AS n FROM "${table}"`)) as { n: string }[])[0]!.n);

  beforeAll(async () => {
    database = await createTestDatabase('matching_reference');
    dataSource = new DataSource(matchingDataSourceOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations();
    first = await importReferenceData(dataSource, DATA);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads every row of ROME 4.0 v460, the INSEE zones and BMO 2025', async () => {
    const expected: Record<string, number> = {
      occupation: 1584,
      job_title: 13120,
      skill: 18317 + 15354,
      occupation_skill: 90556,
      mobility_link: 14912,
      occupation_sector: 2920,
      naf_division: 89,
      employment_zone: 306,
      commune: 34955,
      bmo_family: 217,
      labour_demand: 50076,
    };
    for (const [table, rows] of Object.entries(expected))
      expect([table, await count(table)]).toEqual([table, rows]);
    expect(first.tables.every((t) => t.added === t.rows && t.removed === 0 && t.changed === 0)).toBe(true);
    const kinds = (await dataSource.query(
      `SELECT kind, count(*)::int AS n FROM skill GROUP BY kind ORDER BY kind`,
    )) as {
      kind: string;
      n: number;
    }[];
    expect(kinds).toEqual([
      { kind: 'knowledge', n: 15354 },
      { kind: 'macro_skill', n: 507 },
      { kind: 'skill', n: 17810 },
    ]);
  });

  it("knows a software developer's skills, RIASEC code and mobility links (M1805)", async () => {
    const [occupation] = (await dataSource.query(`SELECT * FROM occupation WHERE code = 'M1805'`)) as Record<
      string,
      unknown
    >[];
    expect(occupation).toMatchObject({
      label: 'Développeur / Développeuse informatique',
      domain_code: 'M18',
    });
    expect(occupation!['riasec_major']).toMatch(/^[RIASEC]$/);
    const skills = (await dataSource.query(
      `SELECT s.label, os.block FROM occupation_skill os JOIN skill s ON s.code = os.skill_code WHERE os.rome_code = 'M1805'`,
    )) as { label: string; block: string }[];
    expect(skills).toHaveLength(58);
    expect(new Set(skills.map((s) => s.block))).toEqual(new Set(['know_how', 'soft_skill', 'knowledge']));
    const links = (await dataSource.query(
      `SELECT to_code FROM mobility_link WHERE from_code = 'M1805' ORDER BY rank`,
    )) as { to_code: string }[];
    expect(links.map((l) => l.to_code)).toEqual([
      'M1802',
      'M1803',
      'M1810',
      'M1812',
      'M1818',
      'M1824',
      'M1831',
      'M1832',
      'M1842',
      'E1206',
    ]);
  });

  it('places communes in their employment zone and maps every occupation to a BMO family', async () => {
    const [lyon] = (await dataSource.query(
      `SELECT c.department_code, z.label FROM commune c JOIN employment_zone z ON z.code = c.zone_code WHERE c.code = '69123'`,
    )) as { department_code: string; label: string }[];
    expect(lyon).toEqual({ department_code: '69', label: 'Lyon' });
    expect(first.bmoMapping['unmapped']).toBe(0);
    expect(first.bmoMapping['crosswalk']).toBeGreaterThan(1000);
    const masked = await dataSource.query(
      `SELECT count(*)::int AS n FROM labour_demand WHERE projects IS NULL`,
    );
    expect(masked).toEqual([{ n: 11452 }]);
  });

  it('brings every BMO basin row to employment zones, keeping each department total', async () => {
    // Every basin row (basin x department, 426) is spread whole over zones.
    const [weights] = (await dataSource.query(`
      SELECT count(*) FILTER (WHERE abs(total - 1) > 0.001)::int AS "notWhole", count(*)::int AS "rows"
      FROM (SELECT basin_code, department_code, sum(weight) AS total FROM basin_zone GROUP BY 1, 2) t`)) as {
      notWhole: number;
      rows: number;
    }[];
    expect(weights).toEqual({ notWhole: 0, rows: 426 });
    expect(first.basinZoneMapping['name']!.basinRows).toBeGreaterThan(300);
    // Lyon's zone gets the basins named after its towns (Lyon, Villeurbanne...).
    const lyon = (await dataSource.query(
      `SELECT b.label FROM basin_zone bz JOIN bmo_basin b ON b.code = bz.basin_code AND b.department_code = bz.department_code
       WHERE bz.zone_code = '8421' AND bz.method = 'name'`,
    )) as { label: string }[];
    expect(lyon.map((b) => b.label)).toEqual(expect.arrayContaining(['LYON CENTRE', 'VILLEURBANNE']));
  });

  it('loads the current certifications with their ROME codes, topics and skill blocks', async () => {
    expect(await count('certification')).toBe(23533);
    const [current] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM certification WHERE superseded_by IS NULL`,
    )) as { n: number }[];
    expect(current!.n).toBe(15063);
    // Domain codes (3 characters) are left out: 65,070 rows, 9 of them domains.
    expect(await count('certification_occupation')).toBe(65061);
    const welding = (await dataSource.query(
      `SELECT count(*)::int AS n FROM certification c JOIN certification_occupation co ON co.number = c.number
       WHERE co.rome_code = 'H2913' AND c.superseded_by IS NULL`,
    )) as { n: number }[];
    expect(welding[0]!.n).toBeGreaterThan(0);
  });

  it('changes nothing when the same release is imported again', async () => {
    const again = await importReferenceData(dataSource, DATA);
    expect(again.tables.filter((t) => t.added + t.removed + t.changed > 0)).toEqual([]);
    expect(again.sources.map((s) => s.previousRelease)).toEqual([
      ROME_DIR,
      'insee-zones-emploi-2020',
      'rncp-2026_02_01',
      'france-travail-bmo-2025',
    ]);
  });

  it('reports what a newer ROME release added, removed and changed, and rolls back a bad one', async () => {
    const newer = mkdtempSync(join(tmpdir(), 'rome-newer-'));
    try {
      cpSync(join(DATA, ROME_DIR), join(newer, ROME_DIR), { recursive: true });
      const file = (name: string) => join(newer, ROME_DIR, `unix_${name}_v460_utf8.csv`);
      const edit = (name: string, change: (text: string) => string) =>
        writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
      edit('rubrique_mobilite', (text) => text.replace('"M1805","E1206","10"\n', ''));
      edit('referentiel_code_rome', (text) =>
        text.replace(
          '"Conducteur / Conductrice d\'engins agricoles"',
          '"Conducteur / Conductrice de machines agricoles"',
        ),
      );
      edit(
        'referentiel_appellation',
        (text) =>
          `${text}"999999","Testeur / Testeuse de logiciels embarqués","Testeur(se) logiciels embarqués","M1805","","","","","","SYNONYME","","M1805","N"\n`,
      );
      const report = await importReferenceData(dataSource, newer, ['rome']);
      const changes = Object.fromEntries(
        report.tables.map((t) => [t.table, [t.added, t.removed, t.changed]]),
      );
      expect(changes).toEqual({
        occupation: [0, 0, 1],
        job_title: [1, 0, 0],
        skill: [0, 0, 0],
        occupation_skill: [0, 0, 0],
        mobility_link: [0, 1, 0],
        occupation_sector: [0, 0, 0],
        naf_division: [0, 0, 0],
      });
      expect(await count('mobility_link')).toBe(14911);

      edit('rubrique_mobilite', (text) => text.replace('"M1805","M1802","1"', '"M1805","M1802","first"'));
      await expect(importReferenceData(dataSource, newer, ['rome'])).rejects.toThrow(
        /unix_rubrique_mobilite_v460_utf8.csv, row \d+: numero_ordre "first" is not a positive integer/,
      );
      expect(await count('mobility_link')).toBe(14911);
      expect(await count('job_title')).toBe(13121);
    } finally {
      rmSync(newer, { recursive: true, force: true });
    }
  });
});
