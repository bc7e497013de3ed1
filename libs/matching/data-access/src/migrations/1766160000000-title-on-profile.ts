import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What matching needs to read a person's title again when their programme's employer NAF code
 * changes (decision 0039):
 * - on the profile, the programme, the former job title as HR wrote it and where the former
 *   occupation came from (`given` by HR, `automatic` from the title, `confirmed` by the coach; null
 *   while the coach has not answered or without a title), the programme indexed to find its people;
 * - `programme_title_context`: the programme's NAF code as last amended, with the amendment's time,
 *   so an enrolment announced before an amendment but read after it takes the amended code.
 * Profiles written before this migration get the programme and the title from their confirmation
 * task when they have one (a coach's answer gives `confirmed`); the others have none, so are not
 * read again (matching kept no title for them).
 */
export class TitleOnProfile1766160000000 implements MigrationInterface {
  name = 'TitleOnProfile1766160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        ADD COLUMN "programme_id" uuid,
        ADD COLUMN "former_job_title" text,
        ADD COLUMN "former_occupation_source" text`);
    await queryRunner.query(
      `CREATE INDEX "candidate_profile_programme" ON "candidate_profile" ("programme_id")`,
    );
    await queryRunner.query(`
      UPDATE "candidate_profile" p
         SET "programme_id" = c."programme_id",
             "former_job_title" = c."former_job_title",
             "former_occupation_source" = CASE WHEN c."status" = 'confirmed' THEN 'confirmed' END
        FROM "former_occupation_confirmation" c
       WHERE c."candidate_id" = p."candidate_id"`);
    await queryRunner.query(`
      CREATE TABLE "programme_title_context" (
        "programme_id" uuid PRIMARY KEY,
        "employer_naf_code" text,
        "amended_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "programme_title_context"`);
    await queryRunner.query(`DROP INDEX "candidate_profile_programme"`);
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        DROP COLUMN "programme_id", DROP COLUMN "former_job_title", DROP COLUMN "former_occupation_source"`);
  }
}
