import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssessmentTable1763900003000 implements MigrationInterface {
  name = 'CreateAssessmentTable1763900003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assessment" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "instrument_code" text NOT NULL,
        "status" text NOT NULL,
        "assigned_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "assessment_candidate" ON "assessment" ("candidate_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assessment"`);
  }
}
