import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The committee packs' audit: who downloaded which pack, when. */
export class PackDownload1765970000000 implements MigrationInterface {
  name = 'PackDownload1765970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reporting_pack_download" (
        "download_id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "as_of" timestamptz NOT NULL,
        "format" text NOT NULL CHECK ("format" IN ('pdf', 'xlsx')),
        "subject" text NOT NULL,
        "role" text NOT NULL,
        "downloaded_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "reporting_pack_download_programme" ON "reporting_pack_download" ("programme_id", "downloaded_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_pack_download"`);
  }
}
