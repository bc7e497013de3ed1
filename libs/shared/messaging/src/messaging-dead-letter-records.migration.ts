import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each dead letter was read, so a redelivered batch does not dead-letter the same message
 * twice (docs/reliability.md). Every service lists it after
 * ParkedKeysAndInboxPurge. Never edit: add a new one.
 */
export class DeadLetterRecords1766220000000 implements MigrationInterface {
  name = 'DeadLetterRecords1766220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "inbox_dead_letter" (
        "consumer" text NOT NULL,
        "topic" text NOT NULL,
        "partition" int NOT NULL,
        "message_offset" bigint NOT NULL,
        "dead_lettered_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("consumer", "topic", "partition", "message_offset")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_dead_letter"`);
  }
}
