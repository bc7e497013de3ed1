import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What matching keeps about a person (codes and scores only), their explained recommendations, offers and matches. */
export class CreateProfilesOffersMatches1763900016100 implements MigrationInterface {
  name = 'CreateProfilesOffersMatches1763900016100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "candidate_profile" (
        "candidate_id" uuid PRIMARY KEY,
        "former_occupation_code" text,
        "track" text,
        "mobility_radius_km" integer,
        "holland_code" text,
        "rated_skills" jsonb NOT NULL,
        "search_departments" text array NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
    // Nothing filled this table before: recommendations are recomputed from the next event anyway.
    await queryRunner.query(`DELETE FROM "occupation_recommendation"`);
    await queryRunner.query(`ALTER TABLE "occupation_recommendation"
      ADD "label" text NOT NULL,
      ADD "score" double precision NOT NULL,
      ADD "proximity" text NOT NULL,
      ADD "explanation" text NOT NULL,
      ADD "shared_skill_codes" text array NOT NULL,
      ADD "missing_skill_codes" text array NOT NULL,
      ADD "mobility_order" integer,
      ADD "components" jsonb NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "occupation_recommendation_occupation" ON "occupation_recommendation" ("occupation_code")`,
    );
    await queryRunner.query(`
      CREATE TABLE "job_offer" (
        "id" uuid PRIMARY KEY,
        "occupation_code" text NOT NULL,
        "title" text NOT NULL,
        "commune_code" text NOT NULL,
        "department_code" text NOT NULL,
        "contract_type" text NOT NULL,
        "skill_codes" text array NOT NULL,
        "published_on" date NOT NULL,
        "expires_on" date,
        "received_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "job_offer_occupation_department" ON "job_offer" ("occupation_code", "department_code")`,
    );
    await queryRunner.query(`
      CREATE TABLE "offer_match" (
        "candidate_id" uuid NOT NULL,
        "offer_id" uuid NOT NULL,
        "rank" integer NOT NULL,
        "score" double precision NOT NULL,
        "explanation" text NOT NULL,
        "computed_at" timestamptz NOT NULL,
        PRIMARY KEY ("candidate_id", "offer_id")
      )`);
    await queryRunner.query(`CREATE INDEX "offer_match_offer" ON "offer_match" ("offer_id")`);
    await queryRunner.query(`
      CREATE TABLE "offer_feedback" (
        "candidate_id" uuid NOT NULL,
        "offer_id" uuid NOT NULL,
        "verdict" text NOT NULL,
        "given_by" text NOT NULL,
        "given_at" timestamptz NOT NULL,
        PRIMARY KEY ("candidate_id", "offer_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "offer_feedback"`);
    await queryRunner.query(`DROP TABLE "offer_match"`);
    await queryRunner.query(`DROP TABLE "job_offer"`);
    await queryRunner.query(`DROP INDEX "occupation_recommendation_occupation"`);
    await queryRunner.query(`ALTER TABLE "occupation_recommendation"
      DROP "label", DROP "score", DROP "proximity", DROP "explanation", DROP "shared_skill_codes",
      DROP "missing_skill_codes", DROP "mobility_order", DROP "components"`);
    await queryRunner.query(`DROP TABLE "candidate_profile"`);
  }
}
