import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The professional project: one row per person (`career_project`) and its versions
 * (`career_project_version`): a draft is edited in place, a validated version is kept as it was (a
 * trigger refuses any change to it), so the history of validated versions is readable.
 */
export class CreateCareerProject1766000000000 implements MigrationInterface {
  name = 'CreateCareerProject1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "career_project" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "current_version" integer NOT NULL,
        "validated_version" integer,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "career_project_candidate" ON "career_project" ("candidate_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "career_project_version" (
        "project_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "status" text NOT NULL,
        "targets" jsonb NOT NULL,
        "area" jsonb,
        "conditions" jsonb,
        "review" jsonb,
        "edited_by" text NOT NULL,
        "updated_at" timestamptz NOT NULL,
        "validated_at" timestamptz,
        "validated_by_coach_id" uuid,
        CONSTRAINT "career_project_version_status_check" CHECK ("status" IN ('draft', 'validated')),
        CONSTRAINT "career_project_version_project_id_fkey" FOREIGN KEY ("project_id")
          REFERENCES "career_project" ("id") ON DELETE CASCADE,
        PRIMARY KEY ("project_id", "version")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "career_project_version_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a validated project version is kept as it was: edit a new version';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "career_project_version_kept" BEFORE UPDATE ON "career_project_version"
      FOR EACH ROW WHEN (OLD."status" = 'validated') EXECUTE FUNCTION "career_project_version_kept"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "career_project_version"`);
    await queryRunner.query(`DROP FUNCTION "career_project_version_kept"()`);
    await queryRunner.query(`DROP TABLE "career_project"`);
  }
}
