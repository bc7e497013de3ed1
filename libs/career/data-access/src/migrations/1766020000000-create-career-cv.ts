import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CV builder: one CV per person (`career_cv`), its versions kept as they were (a trigger
 * refuses any change: each save is a new version), the coach's comments anchored to a section and
 * a line of a version, and every download of a CV file (the audit). Everything goes with the CV.
 */
export class CreateCareerCv1766020000000 implements MigrationInterface {
  name = 'CreateCareerCv1766020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "career_cv" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "current_version" integer NOT NULL,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "career_cv_candidate" ON "career_cv" ("candidate_id")`);
    await queryRunner.query(`
      CREATE TABLE "career_cv_version" (
        "id" uuid PRIMARY KEY,
        "cv_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "layout" text NOT NULL,
        "content" jsonb NOT NULL,
        "saved_by" text NOT NULL,
        "saved_at" timestamptz NOT NULL,
        CONSTRAINT "career_cv_version_layout_check" CHECK ("layout" IN ('classique', 'moderne', 'sobre')),
        CONSTRAINT "career_cv_version_cv_id_fkey" FOREIGN KEY ("cv_id")
          REFERENCES "career_cv" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "career_cv_version_number" ON "career_cv_version" ("cv_id", "version")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "career_cv_version_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a CV version is kept as it was: save a new version';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "career_cv_version_kept" BEFORE UPDATE ON "career_cv_version"
      FOR EACH ROW EXECUTE FUNCTION "career_cv_version_kept"()`);
    await queryRunner.query(`
      CREATE TABLE "career_cv_comment" (
        "id" uuid PRIMARY KEY,
        "cv_version_id" uuid NOT NULL,
        "section" text NOT NULL,
        "line" integer NOT NULL,
        "quoted_line" text NOT NULL,
        "body" text NOT NULL,
        "author_coach_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL,
        "resolved_at" timestamptz,
        "resolved_by" text,
        CONSTRAINT "career_cv_comment_section_check" CHECK ("section" IN
          ('identity', 'headline', 'experiences', 'skills', 'trainings', 'languages', 'interests')),
        CONSTRAINT "career_cv_comment_cv_version_id_fkey" FOREIGN KEY ("cv_version_id")
          REFERENCES "career_cv_version" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "career_cv_comment_version" ON "career_cv_comment" ("cv_version_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "career_cv_download" (
        "id" uuid PRIMARY KEY,
        "cv_version_id" uuid NOT NULL,
        "format" text NOT NULL,
        "layout" text NOT NULL,
        "subject" text NOT NULL,
        "role" text NOT NULL,
        "downloaded_at" timestamptz NOT NULL,
        CONSTRAINT "career_cv_download_format_check" CHECK ("format" IN ('pdf', 'docx')),
        CONSTRAINT "career_cv_download_cv_version_id_fkey" FOREIGN KEY ("cv_version_id")
          REFERENCES "career_cv_version" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "career_cv_download_version" ON "career_cv_download" ("cv_version_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "career_cv_download"`);
    await queryRunner.query(`DROP TABLE "career_cv_comment"`);
    await queryRunner.query(`DROP TABLE "career_cv_version"`);
    await queryRunner.query(`DROP FUNCTION "career_cv_version_kept"()`);
    await queryRunner.query(`DROP TABLE "career_cv"`);
  }
}
