import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { schedulingDataSourceOptions } from '../data-source';

// The migration that makes a coach's email required, on a database that already holds coaches.

const MIGRATION = 'CoachWorkEmail1765100000000';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('scheduling_coach_email_migration');
  dataSource = new DataSource(schedulingDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  // Back to the schema before the migration (and any after it), to create coaches as they were then.
  while (await applied(MIGRATION)) await dataSource.undoLastMigration();
});

afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await database?.drop();
});

const applied = async (name: string): Promise<boolean> =>
  ((await dataSource.query(`SELECT 1 FROM migrations WHERE name = $1`, [name])) as unknown[]).length > 0;

const insertCoach = (id: string, email?: string) =>
  dataSource.query(
    `INSERT INTO coach (id, display_name, office_ids, languages, specialties, max_caseload, weekly_hours,
                        calendar_token, active, created_at${email === undefined ? '' : ', email'})
     VALUES ($1, 'Coach', $2, '{fr}', '{retraining}', 5, '[]', $3, true, now()${email === undefined ? '' : ', $4'})`,
    [id, [randomUUID()], randomUUID(), ...(email === undefined ? [] : [email])],
  );

describe('migration 1765100000000-coach-work-email', () => {
  it('gives existing coaches an address no mail can reach, then requires one of every coach, once each', async () => {
    const [before, other] = [randomUUID(), randomUUID()];
    await insertCoach(before);
    await insertCoach(other);
    await dataSource.runMigrations();
    expect(await applied(MIGRATION)).toBe(true);

    const rows: { id: string; email: string }[] = await dataSource.query(`SELECT id, email FROM coach`);
    expect(new Map(rows.map((row) => [row.id, row.email]))).toEqual(
      new Map([
        [before, `coach-${before}@unknown.invalid`],
        [other, `coach-${other}@unknown.invalid`],
      ]),
    );
    await expect(insertCoach(randomUUID())).rejects.toMatchObject({ driverError: { code: '23502' } });
    await insertCoach(randomUUID(), 'new@lyon.passerelle.test');
    await expect(insertCoach(randomUUID(), 'new@lyon.passerelle.test')).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'coach_email' },
    });
  });
});
