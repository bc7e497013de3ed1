import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an import batch needs to stop for good: a code beside its failure reason, the runs started
 * since it last moved forward (so a batch that keeps stopping is given up, not resumed forever),
 * the last error that stopped it, and who cancelled it and when.
 */
export class ImportAttemptsAndCancel1763900013000 implements MigrationInterface {
  name = 'ImportAttemptsAndCancel1763900013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "import_batch"
        ADD "failure_code" text,
        ADD "attempts_since_progress" integer NOT NULL DEFAULT 0,
        ADD "last_error" text,
        ADD "cancelled_by" text,
        ADD "cancelled_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "import_batch" SET "status" = 'failed' WHERE "status" = 'cancelled'`);
    await queryRunner.query(`
      ALTER TABLE "import_batch"
        DROP "failure_code", DROP "attempts_since_progress", DROP "last_error", DROP "cancelled_by",
        DROP "cancelled_at"`);
  }
}
