import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local demand by employment zone and certifications (issue 19, items 5 and 6):
 * - `basin_zone`: each BMO basin row (basin x department) spread over INSEE employment zones, with
 *   the weight and the method of the mapping (see basin-zone-mapping.ts);
 * - `certification`, `certification_occupation`, `certification_topic`, `certification_skill_block`:
 *   France Compétences' RNCP/RS export (number, superseding number, ROME codes, Formacode topics,
 *   skill blocks), bulk-loaded and read with SQL like the other reference tables;
 * - the person's employment zone on their profile (from CandidateEnrolled / CandidateDetailsCorrected).
 */
export class ZonesAndCertifications1765920000100 implements MigrationInterface {
  name = 'ZonesAndCertifications1765920000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "basin_zone" (
        "basin_code" text NOT NULL,
        "department_code" text NOT NULL,
        "zone_code" text NOT NULL,
        "weight" double precision NOT NULL CHECK ("weight" > 0 AND "weight" <= 1),
        "method" text NOT NULL CHECK ("method" IN ('name', 'department_share')),
        PRIMARY KEY ("basin_code", "department_code", "zone_code")
      )`);
    await queryRunner.query(`CREATE INDEX "basin_zone_zone" ON "basin_zone" ("zone_code")`);
    await queryRunner.query(`
      CREATE TABLE "certification" (
        "number" text PRIMARY KEY,
        "kind" text NOT NULL CHECK ("kind" IN ('rncp', 'rs')),
        "superseded_by" text
      )`);
    await queryRunner.query(`
      CREATE TABLE "certification_occupation" (
        "number" text NOT NULL,
        "rome_code" text NOT NULL,
        PRIMARY KEY ("number", "rome_code")
      )`);
    await queryRunner.query(
      `CREATE INDEX "certification_occupation_rome" ON "certification_occupation" ("rome_code")`,
    );
    await queryRunner.query(`
      CREATE TABLE "certification_topic" (
        "number" text NOT NULL,
        "code" text NOT NULL,
        "label" text NOT NULL,
        PRIMARY KEY ("number", "code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "certification_skill_block" (
        "number" text NOT NULL,
        "code" text NOT NULL,
        "label" text NOT NULL,
        PRIMARY KEY ("number", "code")
      )`);
    await queryRunner.query(`ALTER TABLE "candidate_profile" ADD COLUMN "employment_zone_code" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_profile" DROP COLUMN "employment_zone_code"`);
    for (const table of [
      'certification_skill_block',
      'certification_topic',
      'certification_occupation',
      'certification',
      'basin_zone',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
