import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's Holland code counts only once their coach has released the results (the person
 * sees them at the debrief, not first in their suggestions): the code waits with its assessment.
 */
export class ProfileHollandCodeOnRelease1765900000100 implements MigrationInterface {
  name = 'ProfileHollandCodeOnRelease1765900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        ADD COLUMN "pending_holland_code" text,
        ADD COLUMN "pending_assessment_id" uuid,
        ADD COLUMN "released_assessment_ids" uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        DROP COLUMN "pending_holland_code", DROP COLUMN "pending_assessment_id", DROP COLUMN "released_assessment_ids"`);
  }
}
