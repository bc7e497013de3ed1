import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages about a person identity has no account for yet (issue 16, decision 0052): the events
 * kept until identity's invitation says the account exists, and the people an invitation was
 * handled for (after which a miss is a real unknown, not a wait).
 */
export class AwaitingAccount1766230000000 implements MigrationInterface {
  name = 'AwaitingAccount1766230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "awaiting_account" (
        "event_id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "event" jsonb NOT NULL,
        "received_at" timestamptz NOT NULL,
        "position" integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "awaiting_account_candidate" ON "awaiting_account" ("candidate_id", "position")`,
    );
    await queryRunner.query(`CREATE INDEX "awaiting_account_received" ON "awaiting_account" ("received_at")`);
    await queryRunner.query(`
      CREATE TABLE "account_seen" (
        "candidate_id" uuid PRIMARY KEY,
        "seen_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_seen"`);
    await queryRunner.query(`DROP TABLE "awaiting_account"`);
  }
}
