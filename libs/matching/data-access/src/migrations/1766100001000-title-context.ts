import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A generic former title is read with its context (decision 0039):
 * - `occupation_sector`: the NAF divisions ROME files each occupation under
 *   (`unix_arborescence_secteur_naf`), and `naf_division`: the divisions' labels (`unix_secteur_naf`),
 *   both imported with `import:reference --only rome` and read with SQL like the other reference tables;
 * - the programme's employer NAF code and the HR file's service on the person's profile (from
 *   CandidateEnrolled / CandidateDetailsCorrected).
 */
export class TitleContext1766100001000 implements MigrationInterface {
  name = 'TitleContext1766100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "occupation_sector" (
        "rome_code" text NOT NULL,
        "naf_division" text NOT NULL CHECK ("naf_division" ~ '^[0-9]{2}$'),
        PRIMARY KEY ("rome_code", "naf_division")
      )`);
    await queryRunner.query(`
      CREATE TABLE "naf_division" (
        "code" text PRIMARY KEY CHECK ("code" ~ '^[0-9]{2}$'),
        "label" text NOT NULL
      )`);
    await queryRunner.query(`
      ALTER TABLE "candidate_profile"
        ADD COLUMN "employer_naf_code" text,
        ADD COLUMN "service" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "candidate_profile" DROP COLUMN "employer_naf_code", DROP COLUMN "service"`,
    );
    await queryRunner.query(`DROP TABLE "naf_division"`);
    await queryRunner.query(`DROP TABLE "occupation_sector"`);
  }
}
