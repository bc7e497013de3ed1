import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Leads stop while a person is paused, placed or exited (intake's CandidateStatusChanged). */
export class ProfileLeadsHeld1765800000300 implements MigrationInterface {
  name = 'ProfileLeadsHeld1765800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        ADD COLUMN "leads_held" boolean NOT NULL DEFAULT false,
        ADD COLUMN "status_changed_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "candidate_profile" DROP COLUMN "leads_held", DROP COLUMN "status_changed_at"`,
    );
  }
}
