import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The coach's task when a former job title is not sure enough to give a ROME code on its own. */
export class FormerOccupationConfirmation1765910000000 implements MigrationInterface {
  name = 'FormerOccupationConfirmation1765910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "former_occupation_confirmation" (
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "former_job_title" text NOT NULL,
        "candidates" jsonb NOT NULL,
        "status" text NOT NULL,
        "rome_code" text,
        "confirmed_by" text,
        "confirmed_at" timestamptz,
        "created_at" timestamptz NOT NULL,
        CONSTRAINT "former_occupation_confirmation_pk" PRIMARY KEY ("candidate_id"),
        CONSTRAINT "former_occupation_confirmation_status"
          CHECK ("status" IN ('pending', 'confirmed') AND ("status" = 'pending') = ("rome_code" IS NULL))
      )`);
    await queryRunner.query(`
      CREATE INDEX "former_occupation_confirmation_pending" ON "former_occupation_confirmation" ("created_at")
        WHERE "status" = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "former_occupation_confirmation"`);
  }
}
