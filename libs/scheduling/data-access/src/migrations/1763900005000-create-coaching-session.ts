import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoachingSessionTable1763900005000 implements MigrationInterface {
  name = 'CreateCoachingSessionTable1763900005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "coaching_session" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "status" text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "coaching_session_candidate" ON "coaching_session" ("candidate_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "coaching_session"`);
  }
}
