import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group workshop gets what people choose it by (title, topic, description, language), and a
 * waiting list: people in the order they asked, the first taking the next seat freed. Workshops
 * created before have no details (the columns are null for them, as for one-to-one sessions).
 */
export class WorkshopDetailsAndWaitingList1765400000000 implements MigrationInterface {
  name = 'WorkshopDetailsAndWaitingList1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "coaching_session"
        ADD COLUMN "title" text,
        ADD COLUMN "topic" text,
        ADD COLUMN "description" text,
        ADD COLUMN "language" text`);
    await queryRunner.query(`
      CREATE TABLE "workshop_waiting_list" (
        "session_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "joined_at" timestamptz NOT NULL,
        PRIMARY KEY ("session_id", "candidate_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "workshop_waiting_list_order" ON "workshop_waiting_list" ("session_id", "joined_at", "candidate_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "workshop_waiting_list_candidate" ON "workshop_waiting_list" ("candidate_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "workshop_waiting_list"`);
    await queryRunner.query(`
      ALTER TABLE "coaching_session"
        DROP COLUMN "title", DROP COLUMN "topic", DROP COLUMN "description", DROP COLUMN "language"`);
  }
}
