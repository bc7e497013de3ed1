import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The person's lifecycle as pathway honours it: held while paused, placed or exited; a pause's span. */
export class PathwayCandidateStatus1765800000200 implements MigrationInterface {
  name = 'PathwayCandidateStatus1765800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "pathway"
        ADD COLUMN "candidate_status" text NOT NULL DEFAULT 'invited',
        ADD COLUMN "candidate_status_at" timestamptz,
        ADD COLUMN "paused_at" timestamptz,
        ADD COLUMN "resumed_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "pathway" DROP COLUMN "candidate_status", DROP COLUMN "candidate_status_at",
        DROP COLUMN "paused_at", DROP COLUMN "resumed_at"`);
  }
}
