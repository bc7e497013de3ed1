import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A random salt of this database's own: an erased person's rows are keyed by a digest of their id with it. */
export class ErasureSalt1765930001000 implements MigrationInterface {
  name = 'ErasureSalt1765930001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reporting_erasure_salt" (
        "id" integer PRIMARY KEY,
        "salt" text NOT NULL
      )`);
    await queryRunner.query(
      `INSERT INTO "reporting_erasure_salt" ("id", "salt")
       VALUES (1, md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_erasure_salt"`);
  }
}
