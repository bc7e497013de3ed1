import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parked keys and their held events (decision 0042), and the index the inbox's purge reads by.
 * Every service lists it after CreateMessagingTables. Never edit: add a new one.
 */
export class ParkedKeysAndInboxPurge1766110000000 implements MigrationInterface {
  name = 'ParkedKeysAndInboxPurge1766110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "inbox_parked_key" (
        "consumer" text NOT NULL,
        "topic" text NOT NULL,
        "message_key" text NOT NULL,
        "event_id" uuid NOT NULL,
        "parked_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("consumer", "topic", "message_key")
      )`);
    await queryRunner.query(`
      CREATE TABLE "inbox_held_event" (
        "position" BIGSERIAL PRIMARY KEY,
        "consumer" text NOT NULL,
        "topic" text NOT NULL,
        "message_key" text NOT NULL,
        "event_id" uuid NOT NULL,
        "message_offset" text NOT NULL,
        "headers" jsonb NOT NULL,
        "value" text NOT NULL,
        "held_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "inbox_held_event_event" ON "inbox_held_event" ("event_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "inbox_held_event_key" ON "inbox_held_event" ("consumer", "topic", "message_key", "position")`,
    );
    await queryRunner.query(`CREATE INDEX "inbox_message_processed_at" ON "inbox_message" ("processed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "inbox_message_processed_at"`);
    await queryRunner.query(`DROP TABLE "inbox_held_event"`);
    await queryRunner.query(`DROP TABLE "inbox_parked_key"`);
  }
}
