import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The DREETS report: the programme's type, start and duration (from ProgrammeContracted and
 * ProgrammeAmended; null until a programme's terms are applied again, e.g. by a rebuild), and the
 * audit of who downloaded which report.
 */
export class DreetsReport1766060000000 implements MigrationInterface {
  name = 'DreetsReport1766060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "reporting_programme"
        ADD COLUMN "type" text,
        ADD COLUMN "start_date" date,
        ADD COLUMN "duration_months" integer`);
    await queryRunner.query(`
      CREATE TABLE "reporting_dreets_report_download" (
        "download_id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "as_of" timestamptz NOT NULL,
        "follow_up" timestamptz NOT NULL,
        "format" text NOT NULL CHECK ("format" IN ('pdf', 'xlsx')),
        "subject" text NOT NULL,
        "role" text NOT NULL,
        "downloaded_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "reporting_dreets_report_download_programme" ON "reporting_dreets_report_download" ("programme_id", "downloaded_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_dreets_report_download"`);
    await queryRunner.query(`
      ALTER TABLE "reporting_programme"
        DROP COLUMN "type", DROP COLUMN "start_date", DROP COLUMN "duration_months"`);
  }
}
