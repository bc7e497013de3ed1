import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Intake's consents as the notifier honours them, and the development SMS provider's inbox. */
export class TextsAndConsent1765100002000 implements MigrationInterface {
  name = 'TextsAndConsent1765100002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "recipient_consent" (
        "candidate_id" uuid NOT NULL,
        "purpose" text NOT NULL,
        "granted" boolean NOT NULL,
        "recorded_at" timestamptz NOT NULL,
        PRIMARY KEY ("candidate_id", "purpose")
      )`);
    await queryRunner.query(`
      CREATE TABLE "sms_sink" (
        "message_id" uuid PRIMARY KEY,
        "to_number" text NOT NULL,
        "sender" text NOT NULL,
        "body" text NOT NULL,
        "received_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sms_sink"`);
    await queryRunner.query(`DROP TABLE "recipient_consent"`);
  }
}
