import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offices, rooms and coaches can be edited and deactivated: offices and rooms get the `active`
 * flag coaches already have (every existing one stays active); a session whose coach leaves may be
 * offered another coach, which the person accepts or declines (`coach_change_proposal`, one per
 * session, the latest); and who changed what in the directory is kept (`directory_change`: the
 * fields changed, never their values, which may be a coach's address).
 */
export class DirectoryEdits1765500000000 implements MigrationInterface {
  name = 'DirectoryEdits1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "office" ADD COLUMN "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "room" ADD COLUMN "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`
      CREATE TABLE "coach_change_proposal" (
        "session_id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "from_coach_id" uuid NOT NULL,
        "to_coach_id" uuid NOT NULL,
        "status" text NOT NULL,
        "proposed_by" text NOT NULL,
        "proposed_at" timestamptz NOT NULL,
        "answered_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "coach_change_proposal_candidate" ON "coach_change_proposal" ("candidate_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "directory_change" (
        "id" uuid PRIMARY KEY,
        "subject_kind" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "action" text NOT NULL,
        "fields" text array NOT NULL,
        "changed_by" text NOT NULL,
        "changed_by_role" text NOT NULL,
        "changed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "directory_change_subject" ON "directory_change" ("subject_id", "changed_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "directory_change"`);
    await queryRunner.query(`DROP TABLE "coach_change_proposal"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "active"`);
  }
}
