import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A BMO basin may straddle departments: BMO gives one row per family x basin x department.
 * Reference data read from the official files by the importer (ROME 4.0, INSEE zones, BMO):
 * bulk-loaded and read with SQL, so they have no TypeORM entities.
 */
export class CreateReferenceTables1763900016000 implements MigrationInterface {
  name = 'CreateReferenceTables1763900016000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reference_release" (
        "source" text PRIMARY KEY,
        "release" text NOT NULL,
        "imported_at" timestamptz NOT NULL,
        "changes" jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "occupation" (
        "code" text PRIMARY KEY,
        "label" text NOT NULL,
        "domain_code" text NOT NULL,
        "parent_code" text NOT NULL,
        "riasec_major" text,
        "riasec_minor" text,
        "regulated" boolean NOT NULL,
        "executive" boolean NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "job_title" (
        "code" text PRIMARY KEY,
        "rome_code" text NOT NULL,
        "label" text NOT NULL,
        "short_label" text NOT NULL,
        "principal" boolean NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "job_title_rome_code" ON "job_title" ("rome_code")`);
    await queryRunner.query(`
      CREATE TABLE "skill" (
        "code" text PRIMARY KEY,
        "label" text NOT NULL,
        "kind" text NOT NULL CHECK ("kind" IN ('skill', 'macro_skill', 'knowledge'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "occupation_skill" (
        "rome_code" text NOT NULL,
        "skill_code" text NOT NULL,
        "block" text NOT NULL CHECK ("block" IN ('know_how', 'soft_skill', 'knowledge')),
        "core" boolean NOT NULL,
        PRIMARY KEY ("rome_code", "skill_code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "mobility_link" (
        "from_code" text NOT NULL,
        "to_code" text NOT NULL,
        "rank" integer NOT NULL,
        PRIMARY KEY ("from_code", "to_code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "employment_zone" (
        "code" text PRIMARY KEY,
        "label" text NOT NULL,
        "commune_count" integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "commune" (
        "code" text PRIMARY KEY,
        "label" text NOT NULL,
        "zone_code" text NOT NULL,
        "department_code" text NOT NULL,
        "region_code" text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "bmo_family" (
        "code" text PRIMARY KEY,
        "label" text NOT NULL,
        "group_code" text NOT NULL,
        "group_label" text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "bmo_basin" (
        "code" text NOT NULL,
        "department_code" text NOT NULL,
        "label" text NOT NULL,
        "region_code" text NOT NULL,
        PRIMARY KEY ("code", "department_code")
      )`);
    await queryRunner.query(`
      CREATE TABLE "labour_demand" (
        "family_code" text NOT NULL,
        "basin_code" text NOT NULL,
        "department_code" text NOT NULL,
        "projects" integer,
        "hard_to_fill" integer,
        "seasonal" integer,
        PRIMARY KEY ("family_code", "basin_code", "department_code")
      )`);
    await queryRunner.query(`CREATE INDEX "labour_demand_department" ON "labour_demand" ("department_code")`);
    await queryRunner.query(`
      CREATE TABLE "occupation_bmo_family" (
        "rome_code" text NOT NULL,
        "family_code" text NOT NULL,
        "method" text NOT NULL CHECK ("method" IN ('crosswalk', 'domain_fallback', 'grand_domain_fallback')),
        PRIMARY KEY ("rome_code", "family_code")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'occupation_bmo_family',
      'labour_demand',
      'bmo_basin',
      'bmo_family',
      'commune',
      'employment_zone',
      'mobility_link',
      'occupation_skill',
      'skill',
      'job_title',
      'occupation',
      'reference_release',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
