import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service lists this migration first. Never edit: add a new one. */
export class CreateMessagingTables1763900000000 implements MigrationInterface {
  name = 'CreateMessagingTables1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" uuid PRIMARY KEY,
        "position" BIGSERIAL NOT NULL,
        "topic" text NOT NULL,
        "message_key" text NOT NULL,
        "event_type" text NOT NULL,
        "headers" jsonb NOT NULL,
        "envelope" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_message_position" ON "outbox_message" ("position")`);
    await queryRunner.query(`
      CREATE TABLE "inbox_message" (
        "event_id" uuid PRIMARY KEY,
        "processed_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_message"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
