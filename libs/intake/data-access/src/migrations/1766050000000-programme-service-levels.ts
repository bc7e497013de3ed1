import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The firm's service levels are programme terms (issue 17, item 7): time to the first meeting in
 * working days, interviews a month, people per consultant; programmes already running get the
 * defaults (8, 1, 30).
 */
export class ProgrammeServiceLevels1766050000000 implements MigrationInterface {
  name = 'ProgrammeServiceLevels1766050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "programme"
        ADD COLUMN "first_meeting_working_days" integer NOT NULL DEFAULT 8,
        ADD COLUMN "sessions_per_month" integer NOT NULL DEFAULT 1,
        ADD COLUMN "people_per_consultant" integer NOT NULL DEFAULT 30`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "programme"
        DROP COLUMN "first_meeting_working_days", DROP COLUMN "sessions_per_month",
        DROP COLUMN "people_per_consultant"`);
  }
}
