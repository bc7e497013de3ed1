import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import {
  assessmentDataSourceOptions,
  InstrumentRepository,
  InstrumentVersionConflictError,
  RomeReferenceRepository,
} from '@passerelle/assessment/data-access';
import { importProjectInstruments, importRiasec, importRome } from './import-reference';
import { readRiasecItems } from './riasec-items.reader';
import { RIASEC_ITEMS_DIR, ROME_DIR, ROME_SAMPLE_DIR } from './test-paths';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('assessment_import');
  dataSource = new DataSource(assessmentDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const tableCounts = async () =>
  (
    await dataSource.query(`SELECT (SELECT count(*) FROM instrument)::int AS instruments,
                                   (SELECT count(*) FROM instrument_item)::int AS items`)
  )[0] as { instruments: number; items: number };

describe('instrument import', () => {
  it('stores the RIASEC markers once; the same files again change nothing', async () => {
    expect(await importRiasec(dataSource, RIASEC_ITEMS_DIR)).toEqual({
      code: 'riasec-markers-48',
      version: '2008-fr.1',
      items: 48,
      outcome: 'created',
    });
    expect(await importRiasec(dataSource, RIASEC_ITEMS_DIR)).toMatchObject({ outcome: 'unchanged' });
    const [first, again] = await importProjectInstruments(dataSource).then(async (created) => [
      created,
      await importProjectInstruments(dataSource),
    ]);
    expect(first!.map((report) => [report.code, report.outcome])).toEqual([
      ['work-values', 'created'],
      ['skills-inventory', 'created'],
    ]);
    expect(again!.every((report) => report.outcome === 'unchanged')).toBe(true);
    expect(await tableCounts()).toEqual({ instruments: 3, items: 60 });

    const stored = await new InstrumentRepository(dataSource).findLatest('riasec-markers-48');
    expect(stored).toEqual(readRiasecItems(RIASEC_ITEMS_DIR));
  });

  it('refuses other content under a stored version, and writes nothing', async () => {
    const changed = readRiasecItems(RIASEC_ITEMS_DIR);
    changed.items[0]!.text.fr = 'Vérifier des pièces';
    await expect(
      dataSource.transaction((manager) =>
        new InstrumentRepository(dataSource).importVersion(manager, changed),
      ),
    ).rejects.toThrow(InstrumentVersionConflictError);
    expect(await tableCounts()).toEqual({ instruments: 3, items: 60 });
  });
});

describe('ROME import', () => {
  it('imports the project sample, and picks core skills first for an occupation', async () => {
    expect(await importRome(dataSource, ROME_SAMPLE_DIR)).toMatchObject({
      source: 'rome4-vsample',
      occupations: 6,
      skills: 22,
      links: 29,
    });
    const rome = new RomeReferenceRepository(dataSource);
    const skills = await rome.skillsToRate(dataSource.manager, ['N1103', 'N1101'], 4);
    expect(skills.map((skill) => `${skill.occupationCode}:${skill.skillCode}`)).toEqual([
      // N1103: its three core skills by label, then the first other one; N1101 likewise, without
      // asking again PS001 and PS020, which N1103 already asked.
      'N1103:PS003',
      'N1103:PS002',
      'N1103:PS001',
      'N1103:PS020',
      'N1101:PS006',
      'N1101:PS005',
      'N1101:PS007',
    ]);
  });

  it('imports the official ROME 4.0 files, and a second run leaves every row as it is', async () => {
    const first = await importRome(dataSource, ROME_DIR);
    expect(first).toMatchObject({ source: 'rome4-v460', occupations: 1584, skills: 18317 });
    expect(first.links).toBeGreaterThan(50_000);
    const rome = new RomeReferenceRepository(dataSource);
    // The sample's own skills stay (another source); the real occupations replace the sample's titles.
    const before = await rome.counts();
    const snapshot = await dataSource.query(
      `SELECT md5(string_agg(occupation_code || skill_code || core::text, ',' ORDER BY occupation_code, skill_code)) AS h FROM rome_occupation_skill`,
    );
    await importRome(dataSource, ROME_DIR);
    expect(await rome.counts()).toEqual(before);
    expect(
      await dataSource.query(
        `SELECT md5(string_agg(occupation_code || skill_code || core::text, ',' ORDER BY occupation_code, skill_code)) AS h FROM rome_occupation_skill`,
      ),
    ).toEqual(snapshot);
    expect((await rome.occupationTitles(['M1607'])).get('M1607')).toBe('Secrétaire');
  });
});
