import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The candidate_coach projection. Never edit: add a new migration. */
export class CreateCandidateCoach1763900000200 implements MigrationInterface {
  name = 'CreateCandidateCoach1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "candidate_coach" (
        "candidate_id" uuid PRIMARY KEY,
        "coach_id" uuid NOT NULL,
        "assigned_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "candidate_coach_coach_id" ON "candidate_coach" ("coach_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate_coach"`);
  }
}
