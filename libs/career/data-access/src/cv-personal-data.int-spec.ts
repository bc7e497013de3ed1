import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { sampleCv } from '@passerelle/career/domain';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { cvPersonalData } from './cv-personal-data';
import { careerDataSourceOptions } from './data-source';
import { CAREER_PERSONAL_DATA_PARTS } from './personal-data';
import { CvRepository } from './repositories/cv.repository';

// The CV's share of the person's export and of their erasure, on a real career database.
describe('the CV in the person’s export and erasure', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let cvs: CvRepository;
  const at = new Date('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase('career_cv_personal_data');
    dataSource = new DataSource(careerDataSourceOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations();
    cvs = new CvRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** A person with a CV of two versions, a comment on the second and a download of it. */
  async function personWithCv(): Promise<{ candidateId: string; versionIds: string[] }> {
    const candidateId = randomUUID();
    const cv = {
      id: randomUUID(),
      candidateId,
      programmeId: randomUUID(),
      currentVersion: 1,
      createdAt: at,
      updatedAt: at,
    };
    const versionIds = [randomUUID(), randomUUID()];
    await dataSource.transaction(async (manager) => {
      await cvs.create(manager, cv);
      for (const [index, id] of versionIds.entries())
        await cvs.addVersion(manager, cv, {
          id,
          cvId: cv.id,
          version: index + 1,
          layout: 'sobre',
          content: sampleCv(),
          savedBy: `p-${candidateId}`,
          savedAt: new Date(at.getTime() + index * 60_000),
        });
      await cvs.addComment(manager, {
        id: randomUUID(),
        cvVersionId: versionIds[1]!,
        section: 'headline',
        line: 0,
        quotedLine: sampleCv().headline,
        body: 'Plus court ?',
        authorCoachId: randomUUID(),
        createdAt: at,
        resolvedAt: null,
        resolvedBy: null,
      });
    });
    await cvs.recordDownload({
      id: randomUUID(),
      cvVersionId: versionIds[1]!,
      format: 'pdf',
      layout: 'sobre',
      subject: `p-${candidateId}`,
      role: 'candidate',
      downloadedAt: at,
    });
    return { candidateId, versionIds };
  }

  it('is one of career’s personal data parts', () => {
    expect(CAREER_PERSONAL_DATA_PARTS).toContain(cvPersonalData);
  });

  it('exports the CV, every version, the comments and the downloads of the person, and no one else’s', async () => {
    const { candidateId, versionIds } = await personWithCv();
    await personWithCv();
    const sections = await cvPersonalData.sections(dataSource.manager, candidateId);
    expect(sections['cv']).toEqual([expect.objectContaining({ candidateId, currentVersion: 2 })]);
    expect((sections['cvVersions'] as { id: string; content: unknown }[]).map((v) => v.id)).toEqual(
      versionIds,
    );
    expect(sections['cvVersions']![0]).toMatchObject({ content: sampleCv() });
    expect(sections['cvComments']).toEqual([
      expect.objectContaining({ cvVersionId: versionIds[1], body: 'Plus court ?' }),
    ]);
    expect(sections['cvDownloads']).toEqual([
      expect.objectContaining({ cvVersionId: versionIds[1], format: 'pdf' }),
    ]);
  });

  it('exports empty sections for a person without a CV', async () => {
    expect(await cvPersonalData.sections(dataSource.manager, randomUUID())).toEqual({
      cv: [],
      cvVersions: [],
      cvComments: [],
      cvDownloads: [],
    });
  });

  it('erases the CV with its versions, comments and downloads, idempotently, and nobody else’s', async () => {
    const { candidateId, versionIds } = await personWithCv();
    const other = await personWithCv();
    await dataSource.transaction((manager) => cvPersonalData.erase(manager, candidateId));
    await dataSource.transaction((manager) => cvPersonalData.erase(manager, candidateId));
    const left = async (table: string, ids: string[]) =>
      (
        await dataSource.query(
          `SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'career_cv_version' ? 'id' : 'cv_version_id'} = ANY($1)`,
          [ids],
        )
      )[0].n;
    expect(await cvs.ofCandidate(candidateId)).toBeNull();
    expect(await left('career_cv_version', versionIds)).toBe(0);
    expect(await left('career_cv_comment', versionIds)).toBe(0);
    expect(await left('career_cv_download', versionIds)).toBe(0);
    expect((await cvs.ofCandidate(other.candidateId))?.versions).toHaveLength(2);
  });

  it('keeps a saved version as it was: the database refuses a change', async () => {
    const { versionIds } = await personWithCv();
    await expect(
      dataSource.query(`UPDATE career_cv_version SET layout = 'moderne' WHERE id = $1`, [versionIds[0]]),
    ).rejects.toThrow('a CV version is kept as it was: save a new version');
  });
});
