import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The candidate_scope projection. Never edit: add a new migration. */
export class CreateCandidateScope1763900000100 implements MigrationInterface {
  name = 'CreateCandidateScope1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "candidate_scope" (
        "candidate_id" uuid PRIMARY KEY,
        "programme_id" uuid NOT NULL,
        "sponsor_id" uuid NOT NULL,
        "office_ids" uuid[] NOT NULL,
        "coach_id" uuid,
        "enrolled_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate_scope"`);
  }
}
