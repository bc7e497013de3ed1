import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Enrolled people without an account because their address is another account's (decision 0048). */
export class AccountNotOpened1766180000000 implements MigrationInterface {
  name = 'AccountNotOpened1766180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "account_not_opened" (
        "candidate_id" uuid PRIMARY KEY,
        "office_ids" uuid[] NOT NULL,
        "reason" text NOT NULL,
        "held_by_account_id" uuid NOT NULL,
        "first_seen_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "account_not_opened_first_seen" ON "account_not_opened" ("first_seen_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_not_opened"`);
  }
}
