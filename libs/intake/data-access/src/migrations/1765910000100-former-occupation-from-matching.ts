import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching resolves former job titles now (FormerOccupationResolved): intake keeps its answer
 * beside the code HR gave, and its own title lookup goes. Codes intake derived from a title become
 * matching's automatic answers (an exact title: full confidence).
 */
export class FormerOccupationFromMatching1765910000100 implements MigrationInterface {
  name = 'FormerOccupationFromMatching1765910000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate"
        ADD COLUMN "resolved_occupation_code" text,
        ADD COLUMN "resolved_occupation_how" text,
        ADD COLUMN "resolved_occupation_at" timestamptz,
        ADD CONSTRAINT "candidate_resolved_occupation_how"
          CHECK ("resolved_occupation_how" IN ('automatic', 'confirmed'))`);
    await queryRunner.query(`
      UPDATE "candidate"
         SET "resolved_occupation_code" = "former_occupation_code", "resolved_occupation_how" = 'automatic',
             "resolved_occupation_at" = "updated_at", "former_occupation_code" = NULL, "occupation_code_source" = NULL
       WHERE "occupation_code_source" = 'title'`);
    await queryRunner.query(`DROP TABLE "rome_job_title"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rome_job_title" (
        "normalised_title" text NOT NULL,
        "rome_code" text NOT NULL,
        "label" text NOT NULL,
        "source" text NOT NULL,
        CONSTRAINT "rome_job_title_pk" PRIMARY KEY ("normalised_title", "rome_code")
      )`);
    await queryRunner.query(`
      UPDATE "candidate" SET "former_occupation_code" = "resolved_occupation_code", "occupation_code_source" = 'title'
       WHERE "former_occupation_code" IS NULL AND "resolved_occupation_code" IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE "candidate" DROP COLUMN "resolved_occupation_code", DROP COLUMN "resolved_occupation_how",
        DROP COLUMN "resolved_occupation_at"`);
  }
}
