import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the person's former occupation code is matching's answer, automatic or confirmed by the
 * coach, and when it was given: a later withdrawal (FormerOccupationWithdrawn) drops an automatic
 * answer older than itself, never HR's code nor a coach's.
 */
export class ResolvedOccupationProvenance1766220000100 implements MigrationInterface {
  name = 'ResolvedOccupationProvenance1766220000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_background"
        ADD COLUMN "resolved_occupation_how" text,
        ADD COLUMN "resolved_occupation_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_background"
        DROP COLUMN "resolved_occupation_at",
        DROP COLUMN "resolved_occupation_how"`);
  }
}
