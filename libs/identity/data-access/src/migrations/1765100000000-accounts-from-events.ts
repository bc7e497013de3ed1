import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts opened from events (one per candidate, one per coach), the coach who follows a person,
 * single-use invitations, and the audit of changes to accounts.
 */
export class AccountsFromEvents1765100000000 implements MigrationInterface {
  name = 'AccountsFromEvents1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "candidate_follow" (
        "candidate_id" uuid PRIMARY KEY,
        "coach_id" uuid NOT NULL,
        "assigned_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_candidate" ON "account" ("candidate_id") WHERE "candidate_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_coach" ON "account" ("coach_id") WHERE "coach_id" IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "invitation" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
        "purpose" text NOT NULL,
        "secret_digest" text,
        "issued_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "superseded_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "invitation_account" ON "invitation" ("account_id")`);
    await queryRunner.query(`
      CREATE TABLE "account_audit" (
        "id" uuid PRIMARY KEY,
        "account_id" uuid NOT NULL,
        "action" text NOT NULL,
        "actor" text NOT NULL,
        "at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "account_audit_account" ON "account_audit" ("account_id", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_audit"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "account_coach"`);
    await queryRunner.query(`DROP INDEX "account_candidate"`);
    await queryRunner.query(`DROP TABLE "candidate_follow"`);
  }
}
