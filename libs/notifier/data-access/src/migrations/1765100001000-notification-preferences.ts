import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People's notification choices, and the unsubscribe link of each non-essential email. */
export class NotificationPreferences1765100001000 implements MigrationInterface {
  name = 'NotificationPreferences1765100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notification_preference" (
        "account_id" uuid PRIMARY KEY,
        "candidate_id" uuid,
        "muted_email" text[] NOT NULL,
        "muted_in_app" text[] NOT NULL,
        "quiet_start" text,
        "quiet_end" text,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "notification_preference_candidate" ON "notification_preference" ("candidate_id")`,
    );
    await queryRunner.query(`ALTER TABLE "outgoing_message" ADD "unsubscribe_url" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outgoing_message" DROP COLUMN "unsubscribe_url"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
