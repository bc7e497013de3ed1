import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's lifecycle status in each service's access projection. Never edit: add a new migration. */
export class CandidateScopeStatus1765800000100 implements MigrationInterface {
  name = 'CandidateScopeStatus1765800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_scope"
        ADD COLUMN "status" text NOT NULL DEFAULT 'invited',
        ADD COLUMN "status_changed_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "candidate_scope" DROP COLUMN "status", DROP COLUMN "status_changed_at"`,
    );
  }
}
