import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOccupationRecommendationTable1763900004000 implements MigrationInterface {
  name = 'CreateOccupationRecommendationTable1763900004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "occupation_recommendation" (
        "id" uuid PRIMARY KEY,
        "candidate_id" uuid NOT NULL,
        "occupation_code" text NOT NULL,
        "rank" integer NOT NULL,
        "computed_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "occupation_recommendation_candidate" ON "occupation_recommendation" ("candidate_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "occupation_recommendation"`);
  }
}
